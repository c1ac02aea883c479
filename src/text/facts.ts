// Statements of facts: a context word of a fact and a value of the fact's kind in one sentence.

import type { Draft } from '../drafts/types.js';
import type { Fact, Lang, Spec } from '../spec/types.js';
import { normaliseUnit, parseIsoDate, readQuantities, sameDate, type Quantity } from './numbers.js';
import { perDraft, perLanguage } from './memo.js';
import { PhraseMatcher } from './phrases.js';
import type { ProseBlock } from './prose.js';
import { splitSentences } from './sentences.js';
import { tokensOf } from './tokens.js';

export interface FactStatement {
  fact: Fact;
  block: ProseBlock;
  /** The value as read: number or date, with qualifier and unit. */
  quantity: Quantity;
}

const contextMatcher = perLanguage(
  (spec: Spec, lang: Lang) =>
    new PhraseMatcher<Fact>(
      spec.facts.flatMap((fact) => fact.context.map((text) => ({ text, caseSensitive: false, payload: fact }))),
      lang,
    ),
);

// A date after these is a deadline or a start of a span, not the date of the event itself.
const NOT_THE_EVENT = /(?:\bbis(?:\s+(?:zum|spätestens))?|spätestens|seit|until|till|by|no later than|since)\s+(?:zum\s+|am\s+|the\s+)?$/iu;

// Units of measure: a number right before one counts pages, minutes or kilometres, not the fact.
const MEASURE = /^\s*(?:Seiten?|pages?|Prozent(?:punkte)?|percent(?:age points)?|Minuten|minutes?|Stunden|hours?|Tagen?|days?|Wochen|weeks?|Monaten?|months?|Jahren?|years?|Sekunden|seconds?|km|Kilometern?|kilomet(?:er|re)s?|Metern?|met(?:er|re)s?|kWh|kWp|kW|MWh|MW|Grad|degrees?|Mal|times|Cent|cents?|Stück|pieces?|Punkte|points?|Folien|slides)(?![\p{L}])/iu;

function countsSomethingElse(text: string, quantity: Quantity, contexts: readonly { start: number }[]): boolean {
  const measure = MEASURE.exec(text.slice(quantity.end));
  return measure !== null && !contexts.some((c) => c.start === quantity.end + measure[0].length - measure[0].trimStart().length);
}

/** Whether a quantity read from text can state the fact at all. */
function fits(fact: Fact, quantity: Quantity, text: string): boolean {
  if (quantity.role) return false;
  if (quantity.kind === 'date' && NOT_THE_EVENT.test(text.slice(Math.max(0, quantity.start - 24), quantity.start))) return false;
  if (fact.kind === 'date') return quantity.kind === 'date';
  if (fact.kind === 'number') {
    if (quantity.kind !== 'number') return false;
    return fact.unit ? quantity.unit === normaliseUnit(fact.unit) : quantity.unit === undefined;
  }
  // Without a value the statements decide the kind; dates are the likelier statement.
  return fact.kind === 'any' && (quantity.kind === 'date' || quantity.unit === (fact.unit ? normaliseUnit(fact.unit) : undefined));
}

/** Every statement of a fact in a draft, computed once per draft. */
export const factStatements = perDraft((spec: Spec, draft: Draft): FactStatement[] => {
  const statements: FactStatement[] = [];
  if (spec.facts.length > 0) {
    const matcher = contextMatcher(spec, draft.lang);
    for (const block of draft.blocks) {
      const contexts = matcher.find(block.text, tokensOf(block, draft.lang));
      if (contexts.length === 0) continue;
      const quantities = readQuantities(block.text, draft.lang);
      for (const sentence of splitSentences(block.text, draft.lang)) {
        const inSentence = <T extends { start: number; end: number }>(items: T[]) => items.filter((i) => i.start >= sentence.start && i.end <= sentence.end);
        const sentenceContexts = inSentence(contexts);
        const sentenceQuantities = inSentence(quantities);
        for (const fact of new Set(sentenceContexts.map((c) => c.phrase.payload))) {
          const near = sentenceContexts.filter((c) => c.phrase.payload === fact);
          const candidates = sentenceQuantities.filter((q) => fits(fact, q, block.text) && !countsSomethingElse(block.text, q, near));
          if (candidates.length === 0) continue;
          // The value nearest to a context word is the one stated about it; one that directly
          // counts the context ("5.200 zufriedene Haushalte") comes first.
          const distance = (q: Quantity) =>
            Math.min(...near.map((c) => (q.end <= c.start ? (/^[\s\p{L}-]*$/u.test(block.text.slice(q.end, c.start)) && c.start - q.end < 30 ? 0 : c.start - q.end) : q.start >= c.end ? q.start - c.end : 0)));
          const quantity = candidates.reduce((best, q) => (distance(q) < distance(best) ? q : best));
          statements.push({ fact, block, quantity });
        }
      }
    }
  }
  return statements;
});

/** Whether a statement gives the fact's approved value; undefined where the fact has none to compare. */
export function agreesWithApproved(statement: FactStatement): boolean | undefined {
  const { fact, quantity } = statement;
  if (fact.value === undefined || fact.kind === 'text' || fact.kind === 'any') return undefined;
  if (fact.kind === 'date') return quantity.date !== undefined && sameDate(quantity.date, parseIsoDate(fact.value as string));
  return quantity.value === fact.value;
}

/** A key under which statements that agree fall together. */
export function valueKey(quantity: Quantity): string {
  if (quantity.kind === 'date') {
    const { year, month, day } = quantity.date!;
    return `date:${year ?? '*'}-${month}-${day ?? '*'}`;
  }
  return `number:${quantity.value}${quantity.unit ?? ''}`;
}
