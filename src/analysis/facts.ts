// Statements of facts: a context word of a fact and a value of the fact's kind in one sentence.

import type { Draft } from '../drafts/types.js';
import type { Fact, Lang, Spec } from '../spec/types.js';
import { normaliseUnit, parseIsoDate, quantitiesOf, sameDate, type Quantity } from './numbers.js';
import { perDraft, perLanguage } from '../util/memo.js';
import { PhraseMatcher } from './phrases.js';
import type { ProseBlock } from '../markdown/prose.js';
import { sentencesOf } from './sentences.js';
import { languageOf } from '../languages/index.js';
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
const MEASURE =
  /^\s*(?:Seiten?|pages?|Prozent(?:punkte)?|percent(?:age points)?|Minuten|minutes?|Stunden|hours?|Tagen?|days?|Wochen|weeks?|Monaten?|months?|Jahren?|years?|Sekunden|seconds?|km|Kilometern?|kilomet(?:er|re)s?|Metern?|met(?:er|re)s?|kWh|kWp|kW|MWh|MW|Grad|degrees?|Mal|times|Cent|cents?|Stück|pieces?|Punkte|points?|Folien|slides|Uhr|o'clock|a\.m\.|p\.m\.)(?![\p{L}])/iu;

/**
 * Whether a number counts something other than the fact: a unit of measure right after it
 * ("48 Seiten"), or a noun phrase that is not a context word ("5 neue Städte", "24 Teilnehmer");
 * "4.800 zufriedene Kunden" counts the context, "auf 5.000 im Jahr" says nothing against it.
 */
function countsSomethingElse(text: string, quantity: Quantity, contexts: readonly { start: number }[], stop: ReadonlySet<string>): boolean {
  if (quantity.kind !== 'number') return false;
  const after = text.slice(quantity.end);
  const measure = MEASURE.exec(after);
  const counted = (offset: number) => contexts.some((c) => c.start === quantity.end + offset);
  if (measure) return !counted(measure[0].length - measure[0].trimStart().length);
  const words = /^\s+([\p{L}][\p{L}\p{M}-]*)(?:\s+([\p{L}][\p{L}\p{M}-]*))?(?:\s+([\p{L}][\p{L}\p{M}-]*))?/u.exec(after);
  const next = words?.[1];
  // A preposition or conjunction ends the number's phrase: "auf 5.000 im Jahr" counts nothing else.
  if (!words || !next || PHRASE_ENDS.has(next.toLowerCase())) return false;
  // The noun phrase after the number: up to three words, the context among them or not.
  let offset = 0;
  let content = false;
  for (const word of words.slice(1)) {
    if (word === undefined) break;
    offset = words[0].indexOf(word, offset);
    if (counted(offset)) return false;
    content ||= !stop.has(word.toLowerCase());
    offset += word.length;
  }
  return content;
}

const PHRASE_ENDS = new Set(
  'im in am an auf bis seit für pro je mit von vom zu zum zur und oder als bei nach über unter gegen the in on at by for per since until to from of and or than with as'.split(' '),
);

/** A unit of the spec that is a word of the text ("Tage", "kWh"), not a currency or percent sign. */
function unitWord(fact: Fact): string | undefined {
  return fact.unit !== undefined && !SIGN_UNITS.has(normaliseUnit(fact.unit)) ? fact.unit : undefined;
}

const SIGN_UNITS = new Set(['EUR', 'USD', 'CHF', 'GBP', '%']);

/** Whether the number is followed by the fact's unit word, in any inflection ("Tag", "Tage", "Tagen"). */
function followedByUnit(text: string, quantity: Quantity, unit: string): boolean {
  const next = /^\s*([\p{L}]+)/u.exec(text.slice(quantity.end))?.[1]?.toLowerCase();
  const stem = unit.toLowerCase().slice(0, Math.max(3, unit.length - 2));
  return next !== undefined && next.startsWith(stem);
}

/** Whether a quantity read from text can state the fact at all. */
function fits(fact: Fact, quantity: Quantity, text: string): boolean {
  if (quantity.role) return false;
  if (quantity.kind === 'date' && NOT_THE_EVENT.test(text.slice(Math.max(0, quantity.start - 24), quantity.start))) return false;
  if (fact.kind === 'date') return quantity.kind === 'date';
  const word = unitWord(fact);
  const unitFits = word ? quantity.unit === undefined && followedByUnit(text, quantity, word) : quantity.unit === (fact.unit ? normaliseUnit(fact.unit) : undefined);
  if (fact.kind === 'number') return quantity.kind === 'number' && unitFits;
  // Without a value the statements decide the kind; dates are the likelier statement.
  return fact.kind === 'any' && (quantity.kind === 'date' || unitFits);
}

/** Every statement of a fact in a draft, computed once per draft. */
export const factStatements = perDraft((spec: Spec, draft: Draft): FactStatement[] => {
  const statements: FactStatement[] = [];
  if (spec.facts.length > 0) {
    const matcher = contextMatcher(spec, draft.lang);
    const stop = languageOf(draft.lang).stopWords;
    for (const block of draft.blocks) {
      const contexts = matcher.find(block.text, tokensOf(block, draft.lang));
      if (contexts.length === 0) continue;
      const quantities = quantitiesOf(block, draft.lang);
      for (const sentence of sentencesOf(block, draft.lang)) {
        const inSentence = <T extends { start: number; end: number }>(items: T[]) => items.filter((i) => i.start >= sentence.start && i.end <= sentence.end);
        const sentenceContexts = inSentence(contexts);
        const sentenceQuantities = inSentence(quantities);
        for (const fact of new Set(sentenceContexts.map((c) => c.phrase.payload))) {
          const near = sentenceContexts.filter((c) => c.phrase.payload === fact);
          const candidates = sentenceQuantities.filter((q) => fits(fact, q, block.text) && (unitWord(fact) !== undefined || !countsSomethingElse(block.text, q, near, stop)));
          if (candidates.length === 0) continue;
          // The value nearest to a context word is the one stated about it; one that directly
          // counts the context ("5.200 zufriedene Haushalte") comes first.
          const distance = (q: Quantity) =>
            Math.min(
              ...near.map((c) => (q.end <= c.start ? (/^[\s\p{L}-]*$/u.test(block.text.slice(q.end, c.start)) && c.start - q.end < 30 ? 0 : c.start - q.end) : q.start >= c.end ? q.start - c.end : 0)),
            );
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
