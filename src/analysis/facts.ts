// Statements of facts: a figure of the fact's kind that counts or measures a context word's thing
// in the same clause ("26 OK Labs", "Der Rat besteht aus 5 Personen", "Sommerfest am 20. Juni").

import type { Draft } from '../drafts/types.js';
import type { Fact, FactKind, Lang, Spec } from '../spec/types.js';
import { normaliseUnit, parseIsoDate, quantitiesOf, sameDate, type Quantity } from './numbers.js';
import { perDraft, perLanguage, perSpec } from '../util/memo.js';
import { PhraseMatcher, type PhraseMatch } from './phrases.js';
import type { ProseBlock } from '../markdown/prose.js';
import { sentencesOf } from './sentences.js';
import { languageOf, LANGUAGES, type Language } from '../languages/index.js';
import type { Figures } from '../languages/language.js';
import { escape } from '../languages/language.js';
import { tokensOf } from './tokens.js';

/** The values a statement allows: "mehr als 1.000" is 1,000 and up, "rund 20" is 15 to 25. */
export interface Bounds {
  low: number;
  high: number;
}

export interface FactStatement {
  fact: Fact;
  block: ProseBlock;
  /** The value as read: number or date, with qualifier and unit. */
  quantity: Quantity;
  /** What the statement states: the fact's kind, or for a fact without one a count or a date. */
  kind: FactKind;
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

// Between two figures, these make a range or a ratio of them: "6–12", "10/15", "20 bis 30", "2 or 3", "1 in 4", "7 von 10".
const RANGE_JOIN = /^\s*(?:[-–—/]|bis|to|or|oder|in|of|out of|von|aus)\s*$/iu;

// What ends a clause between a figure and its noun: a semicolon, bracket or dash, and a comma.
const CLAUSE_END = /[;()[\]–—]|\s-\s|,\s/u;

const NO_FIGURES: Figures = {
  words: new Map(),
  qualifiers: { atLeast: [], atMost: [], about: [] },
  part: new Set(),
  partOf: new Set(),
  having: new Set(),
  participation: new Set(),
  partners: new Set(),
  start: new Set(),
  definite: new Set(),
  predicates: new Set(),
  units: new Set(),
  anniversaries: new Set(),
};
const figuresOf = (language: Language) => language.figures ?? NO_FIGURES;

// Qualifiers of every language, by what they do to a figure: numbers.ts reads them in any draft.
const QUALIFIER_SIDE = new Map<string, keyof Figures['qualifiers']>();
for (const language of LANGUAGES) {
  for (const [side, list] of Object.entries(figuresOf(language).qualifiers) as [keyof Figures['qualifiers'], readonly string[]][]) {
    for (const qualifier of list) QUALIFIER_SIDE.set(qualifier, side);
  }
}

/**
 * The values a figure allows. A lower bound ("mehr als", "over") allows its figure and more, an
 * upper bound ("bis zu", "up to") its figure and less; a rounded figure ("rund 20", "about 4,800")
 * allows what rounds to it at its last digit that is not zero: 20 ± 5, 4,800 ± 50, 6 ± 0.5.
 */
export function boundsOf(quantity: Pick<Quantity, 'value' | 'qualifier'>): Bounds {
  const { value, qualifier } = quantity;
  const side = qualifier === undefined ? undefined : QUALIFIER_SIDE.get(qualifier);
  if (side === 'atLeast') return { low: value, high: Infinity };
  if (side === 'atMost') return { low: -Infinity, high: value };
  if (side === 'about') {
    let step = 1;
    while (Number.isInteger(value) && value !== 0 && value % (step * 10) === 0) step *= 10;
    return { low: value - step / 2, high: value + step / 2 };
  }
  return { low: value, high: value };
}

/** Whether two figures can both be true: their ranges of values meet. */
export function figuresAgree(a: Pick<Quantity, 'value' | 'qualifier'>, b: Pick<Quantity, 'value' | 'qualifier'>): boolean {
  const [x, y] = [boundsOf(a), boundsOf(b)];
  return x.low <= y.high && y.low <= x.high;
}

/** Per language, the number words and the qualifier that may stand before one, as patterns built once. */
const numberWordPatterns = new WeakMap<Language, { pattern: RegExp; qualifier: RegExp } | null>();

function numberWordPatternsOf(language: Language): { pattern: RegExp; qualifier: RegExp } | null {
  let found = numberWordPatterns.get(language);
  if (found === undefined) {
    const { words, qualifiers } = figuresOf(language);
    const list = [...words.keys()].sort((a, b) => b.length - a.length).map(escape);
    found =
      list.length === 0
        ? null
        : {
            pattern: new RegExp(`(?<![\\p{L}\\d-])(?:${list.join('|')})(?![\\p{L}\\d]|-\\d)`, 'giu'),
            qualifier: new RegExp(`(?<![\\p{L}])(${[...qualifiers.atLeast, ...qualifiers.atMost, ...qualifiers.about].map(escape).join('|')})\\s+(?:(?:ein|a|an)\\s+)?$`, 'iu'),
          };
    numberWordPatterns.set(language, found);
  }
  return found;
}

/** Numbers written as words ("sieben Labs", "every six weeks"), read as figures with their qualifier. */
function numberWordsOf(text: string, language: Language): Quantity[] {
  const patterns = numberWordPatternsOf(language);
  if (patterns === null) return [];
  const { pattern, qualifier } = patterns;
  const { words } = figuresOf(language);
  const found: Quantity[] = [];
  for (const m of text.matchAll(pattern)) {
    const q = qualifier.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1]?.toLowerCase();
    const value = words.get(m[0].toLowerCase())!;
    found.push({ start: m.index, end: m.index + m[0].length, raw: m[0], kind: 'number', value, ...(q === undefined ? {} : { qualifier: q }) });
  }
  return found;
}

/** The word right after a figure, lowercase, or undefined where a sign or nothing follows. */
function wordAfter(text: string, end: number): string | undefined {
  // A hyphen joins a figure to its unit as a space does: "a 6-week release cycle", "eine 8-wöchige Lieferzeit".
  return /^(?:\s+|-)([\p{L}][\p{L}\p{M}'’-]*)/u.exec(text.slice(end))?.[1]?.toLowerCase();
}

/** The words right before a figure and its qualifier, nearest last, lowercase: "gemeinsam", "mit" of "gemeinsam mit etwa zehn Labs". */
function wordsBefore(text: string, q: Quantity): string[] {
  const start = q.qualifier === undefined ? q.start : text.toLowerCase().lastIndexOf(q.qualifier, q.start);
  const words = /(?:[\p{L}][\p{L}\p{M}'’-]*\s+)+$/u.exec(text.slice(Math.max(0, start - 40), Math.max(0, start)))?.[0];
  return words === undefined ? [] : wordsIn(words);
}

/** The word right before a figure and its qualifier, lowercase: "aus" of "aus etwa zehn Labs". */
const wordBefore = (text: string, q: Quantity): string | undefined => wordsBefore(text, q).at(-1);

/** Whether the word is the unit, in any inflection ("Tag", "Tage", "Tagen"; "week", "weeks"). */
function isUnit(word: string | undefined, unit: string): boolean {
  const stem = unit.toLowerCase().slice(0, Math.max(3, unit.length - 2));
  return word !== undefined && word.startsWith(stem);
}

/** How a fact is stated: its kind, the unit word its figures stand before, and the words for its thing. */
interface Reading {
  kind: FactKind | undefined;
  /** A unit of the spec or a context that is a unit ("weeks"): figures of the fact stand before it. */
  unitWord?: string;
  /** A currency or percent sign the figures carry. */
  sign?: string;
  /** The contexts that name the thing itself; a context that is a unit only says what it is measured in. */
  things: readonly string[];
}

const SIGN_UNITS = new Set(['EUR', 'USD', 'CHF', 'GBP', '%']);

function readingOf(fact: Fact, figures: Figures): Reading {
  const sign = fact.unit === undefined ? undefined : normaliseUnit(fact.unit);
  if (sign !== undefined && SIGN_UNITS.has(sign)) return { kind: fact.kind, sign, things: fact.context };
  if (fact.unit !== undefined) return { kind: fact.kind, unitWord: fact.unit, things: fact.context };
  // "release cadence: 6, context weeks": a count of weeks is a duration in weeks, of what the other contexts name.
  const unitContexts = fact.context.filter((c) => figures.units.has(c.toLowerCase()));
  if (unitContexts.length > 0 && (fact.kind === 'count' || fact.kind === 'duration' || fact.kind === 'amount')) {
    const things = fact.context.filter((c) => !unitContexts.includes(c));
    return { kind: 'duration', unitWord: unitContexts[0]!, things: things.length > 0 ? things : fact.context };
  }
  return { kind: fact.kind, things: fact.context };
}

/** Whether a figure of the text can be of the fact's kind at all, wherever it stands. */
function ofKind(reading: Reading, q: Quantity, text: string, figures: Figures): FactKind | undefined {
  if (q.kind === 'date') {
    if (reading.kind !== 'date' && reading.kind !== undefined) return undefined;
    return NOT_THE_EVENT.test(text.slice(Math.max(0, q.start - 24), q.start)) ? undefined : 'date';
  }
  if (reading.kind === 'year') return q.role === 'year' && q.unit === undefined ? 'year' : undefined;
  // A figure hyphenated to its unit ("a 6-week release cycle") measures as "6 weeks" does; other roles never state a fact.
  const measure = q.role === 'modifier' && reading.unitWord !== undefined;
  if (q.role && !measure) return undefined;
  // Glued to letters ("3pp", "4x") or after an acronym ("RFC 3614", "ICE 132920"): a name or a unit of its own.
  if (/^[\p{L}]/u.test(text.slice(q.end)) || /(?<![\p{L}])\p{Lu}{2,}\s?$/u.test(text.slice(Math.max(0, q.start - 12), q.start))) return undefined;
  if (reading.sign !== undefined) return q.unit === reading.sign ? (reading.kind ?? 'amount') : undefined;
  if (q.unit !== undefined) return undefined;
  if (reading.unitWord !== undefined) return isUnit(wordAfter(text, q.end), reading.unitWord) ? (reading.kind ?? 'amount') : undefined;
  if (reading.kind === 'date' || reading.kind === 'text') return undefined;
  // A count is a whole number of things, not of units: "48 Seiten", "12 weeks" measure something else.
  const next = wordAfter(text, q.end);
  if (next !== undefined && figures.units.has(next)) return undefined;
  if (reading.kind === 'amount' || reading.kind === 'percentage' || reading.kind === 'money' || reading.kind === 'duration') return reading.kind;
  return Number.isInteger(q.value) ? 'count' : undefined;
}

/** Whether a figure is one end of a range ("6–12 weeks", "10/15 issues", "3 or 4 labs"). */
function inRange(q: Quantity, all: readonly Quantity[], text: string): boolean {
  const i = all.indexOf(q);
  const before = all[i - 1];
  const after = all[i + 1];
  return (before !== undefined && RANGE_JOIN.test(text.slice(before.end, q.start))) || (after !== undefined && RANGE_JOIN.test(text.slice(q.end, after.start)));
}

/** The words of a stretch of text, lowercase. */
const wordsIn = (text: string) => [...text.matchAll(/[\p{L}][\p{L}\p{M}'’-]*/gu)].map((m) => m[0].toLowerCase());

/**
 * Whether the figure states the fact's thing in its clause. A count stands before the noun, with
 * at most one word between, and neither that word nor the one before the figure picks out a part
 * ("13 aktiven OK Labs", not "5 neue Labs", "die anderen 32 Labs", "Teilnehmende aus 10 Labs"),
 * or after the noun as the object of a measuring verb ("Der Rat besteht aus 5 Personen") or a
 * label ("Labs: 26"). Other kinds need the noun in the same clause, a date or year close to it.
 */
function attached(kind: FactKind, q: Quantity, things: readonly PhraseMatch<Fact>[], text: string, figures: Figures, stop: ReadonlySet<string>): boolean {
  return things.some((c) => {
    const [from, to] = c.start >= q.end ? [q.end, c.start] : [c.end, q.start];
    const between = text.slice(from, to);
    if (c.end > q.start && c.start < q.end) return false;
    // A colon after the noun makes the figure its value ("Brisa Days: 16. Mai"); after the figure, it labels what follows.
    if (CLAUSE_END.test(between) || (c.start >= q.end && between.includes(':'))) return false;
    const words = wordsIn(between);
    if (kind === 'count') {
      if (c.start >= q.end) {
        const before = wordBefore(text, q) ?? '';
        // A capitalised word right after the noun is the head it modifies: "zwei Lab Leads" counts leads.
        const head = /^ (\p{Lu}[\p{L}\p{M}-]*)/u.exec(text.slice(c.end))?.[1];
        if (head !== undefined && !stop.has(head.toLowerCase())) return false;
        return words.length <= 1 && !words.some((w) => figures.part.has(w)) && !figures.part.has(before) && !figures.partOf.has(before);
      }
      return words.length <= 6 && (/^\s*:\s*$/u.test(between) || words.some((w) => figures.predicates.has(w)));
    }
    if (kind === 'date' || kind === 'year') return words.length <= 6;
    return words.length <= 8;
  });
}

/**
 * Whether a count names some of its things, not how many there are: those one works with
 * ("gemeinsam mit vier Labs", "together with four labs"), or, without a definite article before
 * it, the things of a whole named after its noun ("Vier Labs aus dem Netzwerk …").
 */
function countsAPart(q: Quantity, things: readonly PhraseMatch<Fact>[], text: string, figures: Figures): boolean {
  const before = wordsBefore(text, q);
  const [partner, having] = before.slice(-2);
  if (having !== undefined && figures.having.has(having) && partner !== undefined && figures.partners.has(partner)) return true;
  if (figures.definite.has(before.at(-1) ?? '')) return false;
  return things.some((c) => {
    if (c.start < q.end || wordsIn(text.slice(q.end, c.start)).length > 1) return false;
    const [of, article] = wordsIn(/^\s+[\p{L}]+\s+[\p{L}]+/u.exec(text.slice(c.end))?.[0] ?? '');
    return of !== undefined && figures.partOf.has(of) && article !== undefined && figures.definite.has(article);
  });
}

/** Whether a count follows another fact's thing and "mit", "with": "der dreizehn Labs mit knapp dreißig Mitgliedern" counts one lab's members. */
function ofAnotherThing(q: Quantity, contexts: readonly PhraseMatch<Fact>[], fact: Fact, text: string, figures: Figures): boolean {
  const start = q.qualifier === undefined ? q.start : text.toLowerCase().lastIndexOf(q.qualifier, q.start);
  return contexts.some((c) => {
    if (c.phrase.payload === fact || c.end > start) return false;
    const between = /^\s+([\p{L}]+)\s+$/u.exec(text.slice(c.end, start))?.[1]?.toLowerCase();
    return between !== undefined && figures.having.has(between);
  });
}

/** The brand's name as a word, once per spec. */
const brandPattern = perSpec((spec: Spec) => (spec.brand === undefined ? undefined : new RegExp(`(?<![\\p{L}])${escape(spec.brand)}(?![\\p{L}])`, 'iu')));

/** Every statement of a fact in a draft, computed once per draft. */
export const factStatements = perDraft((spec: Spec, draft: Draft): FactStatement[] => {
  const statements: FactStatement[] = [];
  if (spec.facts.length === 0) return statements;
  const language = languageOf(draft.lang);
  const figures = figuresOf(language);
  const matcher = contextMatcher(spec, draft.lang);
  const readings = new Map(spec.facts.map((fact) => [fact, readingOf(fact, figures)]));
  const brand = brandPattern(spec);
  // A figure the draft names as a part once is that part wherever it repeats it: "Vier Labs aus dem Netzwerk" after "Vier Labs arbeiten …".
  const parts = new Map<Fact, Set<number>>();
  for (const block of draft.blocks) {
    const contexts = matcher.find(block.text, tokensOf(block, draft.lang));
    if (contexts.length === 0) continue;
    const text = block.text;
    const quantities = [...quantitiesOf(block, draft.lang), ...numberWordsOf(text, language)].sort((a, b) => a.start - b.start);
    if (quantities.length === 0) continue;
    for (const sentence of sentencesOf(block, draft.lang)) {
      const inSentence = <T extends { start: number; end: number }>(items: T[]) => items.filter((i) => i.start >= sentence.start && i.end <= sentence.end);
      // A context continued by a hyphen names something else: "Rust 1.0.0-beta1" is not Rust 1.0, "OK-Lab-Treffen" no lab.
      const sentenceContexts = inSentence(contexts).filter((c) => !/^(?:\.\d+)*-[\p{L}\p{N}]/u.test(text.slice(c.end)));
      if (sentenceContexts.length === 0) continue;
      const sentenceQuantities = inSentence(quantities);
      const sentenceWords = new Set(wordsIn(text.slice(sentence.start, sentence.end)));
      // A count in a sentence about taking part counts participants ("4 Mitglieder … haben teilgenommen"), unless they are the fact's thing.
      const participation = [...sentenceWords].filter((w) => figures.participation.has(w));
      const startedWith = [...sentenceWords].some((w) => figures.start.has(w));
      // A date in a clause about an anniversary is the day of remembering: none of the event's own.
      const anniversary = [...sentenceWords].some((w) => [...figures.anniversaries].some((a) => w.endsWith(a)));
      // Several dates in one sentence are milestones or a calendar: none of them is the event's own.
      const eventDates = sentenceQuantities.filter((q) => q.kind === 'date' && !NOT_THE_EVENT.test(text.slice(Math.max(0, q.start - 24), q.start)));
      for (const fact of new Set(sentenceContexts.map((c) => c.phrase.payload))) {
        const reading = readings.get(fact)!;
        const near = sentenceContexts.filter((c) => c.phrase.payload === fact);
        // A year dates an event of the brand's own history: a bare verb ("gestartet") of some other project's start says nothing of it.
        if (
          reading.kind === 'year' &&
          !near.some((c) => c.tokens.length > 1) &&
          !(brand !== undefined && brand.test(text.slice(sentence.start, sentence.end))) &&
          ![...sentenceWords].some((w) => language.firstPerson?.has(w))
        )
          continue;
        const things = near.filter((c) => reading.things.some((t) => t.toLowerCase() === c.phrase.text.toLowerCase()));
        const candidates: { q: Quantity; kind: FactKind }[] = [];
        for (const q of sentenceQuantities) {
          const kind = ofKind(reading, q, text, figures);
          if (kind === undefined || inRange(q, sentenceQuantities, text)) continue;
          if (kind === 'date' && (eventDates.length > 1 || anniversary)) continue;
          if (kind === 'count' && ofAnotherThing(q, sentenceContexts, fact, text, figures)) continue;
          if (kind === 'count' && participation.some((w) => !fact.context.some((c) => c.toLowerCase().split(/\s+/).includes(w)))) continue;
          // "mit 8 Labs gestartet": the count at the start, another figure than the count today.
          if (kind === 'count' && startedWith && figures.having.has(wordBefore(text, q) ?? '')) continue;
          if (kind === 'count' && countsAPart(q, things, text, figures)) {
            parts.set(fact, (parts.get(fact) ?? new Set()).add(q.value));
            continue;
          }
          // A figure in the fact's unit ("8 Wochen", "39 €") measures what its clause names.
          const measured = reading.unitWord !== undefined || reading.sign !== undefined;
          if (!attached(measured ? 'amount' : kind, q, things, text, figures, language.stopWords)) continue;
          candidates.push({ q, kind });
        }
        if (candidates.length === 0) continue;
        // Each count stands before its own noun ("mit 8 Labs gestartet, mittlerweile 26 Labs"); of other
        // figures, the one nearest to a context word is the one stated about it.
        const counts = candidates.filter((c) => c.kind === 'count');
        const distance = ({ q }: { q: Quantity }) => Math.min(...near.map((c) => (q.end <= c.start ? c.start - q.end : q.start >= c.end ? q.start - c.end : 0)));
        const chosen = counts.length > 0 ? counts : [candidates.reduce((a, b) => (distance(b) < distance(a) ? b : a))];
        for (const { q, kind } of chosen) statements.push({ fact, block, quantity: q, kind });
      }
    }
  }
  return parts.size === 0 ? statements : statements.filter((s) => !(s.kind === 'count' && parts.get(s.fact)?.has(s.quantity.value)));
});

/** Whether a statement gives the fact's approved value; undefined where the fact has none to compare. */
export function agreesWithApproved(statement: FactStatement): boolean | undefined {
  const { fact, quantity } = statement;
  if (fact.value === undefined || fact.kind === 'text') return undefined;
  if (fact.kind === 'date') return quantity.date !== undefined && sameDate(quantity.date, parseIsoDate(fact.value as string));
  if (typeof fact.value !== 'number') return undefined;
  return figuresAgree(quantity, { value: fact.value });
}
