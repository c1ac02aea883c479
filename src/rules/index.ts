// Every rule, in one explicit list.

import addressForm from './address-form.js';
import areaOwnership from './area-ownership.js';
import boilerplate from './boilerplate.js';
import claim from './claim.js';
import dateFormat from './date-format.js';
import doubleWork from './double-work.js';
import duplicate from './duplicate.js';
import factConflict from './fact-conflict.js';
import factMismatch from './fact-mismatch.js';
import firstPerson from './first-person.js';
import inclusiveLanguage from './inclusive-language.js';
import messageDrift from './message-drift.js';
import missingMessage from './missing-message.js';
import numberFormat from './number-format.js';
import term from './term.js';
import type { Rule } from '../engine/rule.js';

export const rules: readonly Rule[] = [term, claim, missingMessage, messageDrift, factMismatch, factConflict, duplicate, boilerplate, doubleWork, areaOwnership, addressForm, inclusiveLanguage, numberFormat, dateFormat, firstPerson];
