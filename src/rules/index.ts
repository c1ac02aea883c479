// Every rule, in one explicit list.

import claim from './claim.js';
import term from './term.js';
import type { Rule } from '../engine/rule.js';

export const rules: readonly Rule[] = [term, claim];
