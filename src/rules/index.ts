// Every rule, in one explicit list.

import claim from './claim.js';
import factConflict from './fact-conflict.js';
import factMismatch from './fact-mismatch.js';
import messageDrift from './message-drift.js';
import missingMessage from './missing-message.js';
import term from './term.js';
import type { Rule } from '../engine/rule.js';

export const rules: readonly Rule[] = [term, claim, missingMessage, messageDrift, factMismatch, factConflict];
