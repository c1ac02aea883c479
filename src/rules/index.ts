// Every rule, in one explicit list.

import areaOwnership from './area-ownership.js';
import boilerplate from './boilerplate.js';
import claim from './claim.js';
import doubleWork from './double-work.js';
import duplicate from './duplicate.js';
import factConflict from './fact-conflict.js';
import factMismatch from './fact-mismatch.js';
import messageDrift from './message-drift.js';
import missingMessage from './missing-message.js';
import term from './term.js';
import type { Rule } from '../engine/rule.js';

export const rules: readonly Rule[] = [term, claim, missingMessage, messageDrift, factMismatch, factConflict, duplicate, boilerplate, doubleWork, areaOwnership];
