// fact-mismatch: a statement of a fact whose value differs from the approved one.

import type { DraftRule } from '../engine/rule.js';
import { agreesWithApproved, factStatements } from '../analysis/facts.js';
import { formatDate, formatNumber, parseIsoDate } from '../analysis/numbers.js';
import type { Fact, Lang } from '../spec/types.js';

/** The approved value as the draft's language writes it. */
function approvedText(fact: Fact, lang: Lang): string {
  if (fact.kind === 'date') return formatDate(parseIsoDate(fact.value as string), lang);
  if (fact.kind === 'year') return String(fact.value);
  if (typeof fact.value === 'number') return `${formatNumber(fact.value, lang, fact.unit !== undefined)}${fact.unit ? ` ${fact.unit}` : ''}`;
  return String(fact.value);
}

const rule: DraftRule = {
  id: 'fact-mismatch',
  description: 'Figures and dates agree with the approved facts; "more than 1,000" agrees with 1,024.',
  scope: 'draft',
  defaultSeverity: 'error',
  messages: {
    mismatch: 'Fact `{{id}}` is stated as {{found}}; approved is {{expected}}',
  },
  check({ spec, draft, report }) {
    for (const statement of factStatements(spec, draft)) {
      if (agreesWithApproved(statement) !== false) continue;
      const { fact, quantity, block } = statement;
      report({
        messageId: 'mismatch',
        data: { id: fact.id, found: quantity.raw, expected: approvedText(fact, draft.lang) },
        at: { block, start: quantity.start, end: quantity.end },
        entry: fact,
      });
    }
  },
};

export default rule;
