// fact-conflict: drafts that state different values for a fact that has no approved value.

import type { Draft, DraftInfo } from '../drafts/types.js';
import { draftNames } from '../drafts/names.js';
import type { CorpusRule, Span } from '../engine/rule.js';
import { factStatements, figuresAgree } from '../analysis/facts.js';
import { formatDate, formatNumber, sameDate, type Quantity } from '../analysis/numbers.js';
import type { FactKind, Lang } from '../spec/types.js';

/** A value a draft states for a fact without an approved value. */
interface Stated {
  fact: string;
  kind: FactKind;
  quantity: Pick<Quantity, 'kind' | 'value' | 'unit' | 'date' | 'raw' | 'qualifier'>;
  span: Span;
  /** The year the draft was written, from its front matter `date` or a dated file name. */
  year?: number;
}

interface Statement extends Stated {
  draft: DraftInfo;
}

/** A value and the statements that give it. */
interface Side {
  statements: Statement[];
  drafts: Set<string>;
}

/** How many related locations a finding shows at most. */
const RELATED = 3;

function agree(a: Statement, b: Statement): boolean {
  if (a.quantity.kind !== b.quantity.kind) return false;
  if (a.quantity.kind === 'date') return sameDate(a.quantity.date!, b.quantity.date!);
  return a.quantity.unit === b.quantity.unit && figuresAgree(a.quantity, b.quantity);
}

/** Whether two statements give the very same value, qualifier and all: one side of the tally. */
function same(a: Statement, b: Statement): boolean {
  if (a.quantity.kind !== b.quantity.kind) return false;
  if (a.quantity.kind === 'date') return sameDate(a.quantity.date!, b.quantity.date!) && a.quantity.date!.year === b.quantity.date!.year;
  return a.quantity.value === b.quantity.value && a.quantity.unit === b.quantity.unit && a.quantity.qualifier === b.quantity.qualifier;
}

/** A stated value in the words of the draft reading the message: "rund 20", "16. Mai 2026". */
function valueText({ quantity }: Statement, lang: Lang): string {
  if (quantity.kind === 'date') return formatDate(quantity.date!, lang);
  return `${quantity.qualifier ? `${quantity.qualifier} ` : ''}${formatNumber(quantity.value, lang)}${quantity.unit ? ` ${quantity.unit}` : ''}`;
}

/** "26 (3 drafts, 2018–2020)": a value with how many drafts state it, and when. */
function sideText(side: Side, lang: Lang, first: boolean): string {
  const years = side.statements.flatMap((s) => (s.year === undefined ? [] : [s.year]));
  const span = years.length === 0 ? '' : Math.min(...years) === Math.max(...years) ? `, ${years[0]}` : `, ${Math.min(...years)}–${Math.max(...years)}`;
  const count = side.drafts.size === 1 && first ? '1 draft' : first ? `${side.drafts.size} drafts` : String(side.drafts.size);
  return `${valueText(side.statements[0]!, lang)} (${count}${span})`;
}

/** The year of the latest draft that states a value; drafts without a date count as the oldest. */
const latest = (side: Side) => Math.max(0, ...side.statements.map((s) => s.year ?? 0));

/** The year a draft is dated (front matter `date`, else a dated file name). */
const yearOf = (draft: Draft): number | undefined => (draft.date === undefined ? undefined : Number(draft.date.slice(0, 4)));

const rule: CorpusRule<Stated[]> = {
  id: 'fact-conflict',
  description: 'Drafts agree on facts that have no approved value yet (event dates, figures in flux).',
  scope: 'corpus',
  defaultSeverity: 'error',
  messages: {
    conflict: 'Fact `{{id}}` is stated as {{found}} here; the drafts state {{values}}',
  },
  summarize({ spec, draft, locate }) {
    const year = yearOf(draft);
    return factStatements(spec, draft)
      .filter((s) => s.fact.value === undefined)
      .map(({ fact, kind: stated, block, quantity: { kind, value, unit, date, raw, qualifier, start, end } }) => ({
        fact: fact.id,
        kind: stated,
        quantity: { kind, value, raw, ...(unit === undefined ? {} : { unit }), ...(date === undefined ? {} : { date }), ...(qualifier === undefined ? {} : { qualifier }) },
        span: locate({ block, start, end }),
        ...(year === undefined ? {} : { year }),
      }));
  },
  check({ spec, drafts, isChecked, report }) {
    const open = spec.facts.filter((fact) => fact.value === undefined);
    if (open.length === 0) return;
    const all: Statement[] = drafts.flatMap(({ draft, summary }) => summary.map((s) => ({ ...s, draft })));
    for (const fact of open) {
      const statements = all.filter((s) => s.fact === fact.id);
      // A fact without a kind is a count where any draft counts it ("26 Labs"), and a date where none
      // does: the date of a meetup at one of the labs says nothing of how many there are.
      const kind = fact.kind ?? (statements.some((s) => s.kind === 'count') ? 'count' : 'date');
      const comparable = statements.filter((s) => s.kind === kind);
      const sides: Side[] = [];
      for (const statement of comparable) {
        let side = sides.find((s) => same(s.statements[0]!, statement));
        if (!side) sides.push((side = { statements: [], drafts: new Set() }));
        side.statements.push(statement);
        side.drafts.add(statement.draft.file);
      }
      if (sides.length < 2) continue;
      // The value most drafts state, and of those the one stated last, is taken as settled: figures change over time.
      sides.sort((a, b) => b.drafts.size - a.drafts.size || latest(b) - latest(a));
      const settled = sides[0]!.drafts.size > sides[1]!.drafts.size || latest(sides[0]!) > latest(sides[1]!) ? sides[0]!.statements[0]! : undefined;
      for (const statement of comparable) {
        if (!isChecked(statement.draft)) continue;
        const disagreeing = comparable.filter((other) => !agree(statement, other));
        if (disagreeing.length === 0 || (settled !== undefined && agree(statement, settled))) continue;
        const lang = statement.draft.lang;
        // A few related locations: one for each other value first, most drafts first, then more of them in turn.
        const others = sides.map((side) => side.statements.filter((s) => !agree(statement, s))).filter((list) => list.length > 0);
        const related: Statement[] = [];
        for (let round = 0; related.length < RELATED && others.some((list) => list.length > round); round++) {
          for (const list of others) if (list[round] && related.length < RELATED) related.push(list[round]!);
        }
        report(statement.draft, {
          messageId: 'conflict',
          data: { id: fact.id, found: statement.quantity.raw, values: sides.map((side, i) => sideText(side, lang, i === 0)).join(', ') },
          at: { span: statement.span },
          entry: fact,
          related: related.map((other) => ({
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
