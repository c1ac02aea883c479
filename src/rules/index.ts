// The rule registry: every rule, in one explicit list. The rule ids, `--rule` validation, the keys
// the spec's `rules:` may name (and its JSON Schema) and `onevoice rules` all derive from it.

import type { Rule } from '../engine/rule.js';
import { UsageError } from '../errors.js';
import { didYouMean } from '../util/closest.js';
import addressForm from './address-form/address-form.js';
import areaOwnership from './area-ownership.js';
import boilerplate from './boilerplate/boilerplate.js';
import claim from './claim/claim.js';
import dateFormat from './date-format/date-format.js';
import doubleWork from './double-work.js';
import duplicate from './duplicate/duplicate.js';
import factConflict from './fact-conflict.js';
import factMismatch from './fact-mismatch.js';
import firstPerson from './first-person/first-person.js';
import inclusiveLanguage from './inclusive-language/inclusive-language.js';
import messageDrift from './message-drift.js';
import missingMessage from './missing-message.js';
import numberFormat from './number-format/number-format.js';
import parse from './parse.js';
import term from './term/term.js';

export const rules: readonly Rule[] = [
  term,
  claim,
  missingMessage,
  messageDrift,
  factMismatch,
  factConflict,
  duplicate,
  boilerplate,
  doubleWork,
  areaOwnership,
  addressForm,
  inclusiveLanguage,
  numberFormat,
  dateFormat,
  firstPerson,
  parse,
];

/** Every rule id, in the registry's order. */
export const ruleIds: readonly string[] = rules.map((rule) => rule.id);

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}

/** The error for a rule id the registry does not hold, as `--rule`, `--disable` and `explain` give it. */
export function unknownRule(id: string): UsageError {
  return new UsageError(`unknown rule "${id}"${didYouMean(id, ruleIds) || `; the rules are ${ruleIds.join(', ')}`}`);
}
