/** Every certification rule, in catalogue order. Each group file lists the rules of its sections. */
import type { Rule } from './rule';
import { DOCUMENT_RULES } from './document-rules';
import { PACKAGE_RULES } from './package-rules';

export const ALL_RULES: readonly Rule[] = [...DOCUMENT_RULES, ...PACKAGE_RULES];
