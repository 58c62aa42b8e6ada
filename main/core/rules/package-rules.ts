/** Catalogue sections E–I (security/apiProperties, brand and icon, readme, code, breaking changes): rules 38–54. */
import type { Rule } from './rule';

export const PACKAGE_RULES: readonly Rule[] = [];
