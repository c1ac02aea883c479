// fact-conflict: drafts that state different values for a fact that has no approved value.

import type { DraftInfo } from '../drafts/types.js';
import { draftNames } from '../drafts/names.js';
import type { CorpusRule, Span } from '../engine/rule.js';
import { factStatements } from '../analysis/facts.js';
import { formatDate, formatNumber, sameDate, type Quantity } from '../analysis/numbers.js';
import type { Lang } from '../spec/types.js';

/** A value a draft states for a fact without an approved value. */
interface Stated {
  fact: string;
  quantity: Pick<Quantity, 'kind' | 'value' | 'unit' | 'date' | 'raw'>;
  span: Span;
}

interface Statement extends Stated {
  draft: DraftInfo;
}

function agree(a: Statement, b: Statement): boolean {
  if (a.quantity.kind !== b.quantity.kind) return false;
  return a.quantity.kind === 'date' ? sameDate(a.quantity.date!, b.quantity.date!) : a.quantity.value === b.quantity.value && a.quantity.unit === b.quantity.unit;
}

/** A stated value in the words of the draft reading the message. */
function valueText({ quantity }: Statement, lang: Lang): string {
  if (quantity.kind === 'date') return formatDate(quantity.date!, lang);
  return `${formatNumber(quantity.value, lang)}${quantity.unit ? ` ${quantity.unit}` : ''}`;
}

const rule: CorpusRule<Stated[]> = {
  id: 'fact-conflict',
  description: 'Drafts agree on facts that have no approved value yet (event dates, figures in flux).',
  scope: 'corpus',
  defaultSeverity: 'error',
  messages: {
    conflict: 'Fact `{{id}}` is stated as {{found}} here, but as {{others}} in {{count}}',
  },
  summarize({ spec, draft, locate }) {
    return factStatements(spec, draft)
      .filter((s) => s.fact.value === undefined)
      .map(({ fact, block, quantity: { kind, value, unit, date, raw, start, end } }) => ({
        fact: fact.id,
        quantity: { kind, value, raw, ...(unit === undefined ? {} : { unit }), ...(date === undefined ? {} : { date }) },
        span: locate({ block, start, end }),
      }));
  },
  check({ spec, drafts, isChecked, report }) {
    const open = spec.facts.filter((fact) => fact.value === undefined);
    if (open.length === 0) return;
    const all: Statement[] = drafts.flatMap(({ draft, summary }) => summary.map((s) => ({ ...s, draft })));
    for (const fact of open) {
      const statements = all.filter((s) => s.fact === fact.id);
      // Dates and figures are compared among themselves: the kind most statements use decides.
      const dates = statements.filter((s) => s.quantity.kind === 'date');
      const comparable = dates.length * 2 >= statements.length ? dates : statements.filter((s) => s.quantity.kind === 'number');
      for (const statement of comparable) {
        if (!isChecked(statement.draft)) continue;
        const agreeing = comparable.filter((other) => agree(statement, other));
        const disagreeing = comparable.filter((other) => !agree(statement, other));
        // The side most statements take is taken as settled: only the others are reported.
        if (disagreeing.length === 0 || agreeing.length > disagreeing.length) continue;
        const distinct = disagreeing.filter((other, i) => disagreeing.findIndex((o) => agree(o, other)) === i);
        const others = distinct.map((o) => valueText(o, statement.draft.lang)).join(', ');
        report(statement.draft, {
          messageId: 'conflict',
          data: { id: fact.id, found: statement.quantity.raw, others, count: disagreeing.length === 1 ? '1 other statement' : `${disagreeing.length} other statements` },
          at: { span: statement.span },
          entry: fact,
          related: disagreeing.map((other) => ({
            draft: other.draft,
            at: { span: other.span },
            message: `states ${other.quantity.raw}${other.draft.team ? ` (${other.draft.team})` : ''} in ${draftNames(drafts)(other.draft)}`,
          })),
        });
      }
    }
  },
};

export default rule;
