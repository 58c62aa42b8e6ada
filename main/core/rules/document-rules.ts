/** Catalogue sections A–D (files, structure, content, extensions): rules 1–37. */
import type { Rule } from './rule';

export const DOCUMENT_RULES: readonly Rule[] = [];
