// The fixed rule ids (BRIEF §4): the spec's `rules:` map and suppression comments name these.

export const RULE_IDS = [
  'term',
  'claim',
  'missing-message',
  'message-drift',
  'fact-mismatch',
  'fact-conflict',
  'duplicate',
  'boilerplate',
  'double-work',
  'area-ownership',
  'address-form',
  'inclusive-language',
  'number-format',
  'date-format',
  'first-person',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}
