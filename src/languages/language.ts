// What one language knows, behind one interface: the analyses and rules ask a Language, never a code.

import type { Lang } from '../spec/types.js';

export interface CalendarDate {
  year?: number;
  month: number;
  day?: number;
}

export interface Month {
  /** As a long date writes it: "Mai", "May". */
  name: string;
  /** Other full names read as this month: "Jänner". */
  variants?: readonly string[];
  /** Short forms, read with or without their period: "Jan", "Sept". */
  short: readonly string[];
}

export interface Language {
  /** The code drafts and the spec name the language by: "de". */
  readonly code: Lang;
  /** The stem of a lowercase word; a word without letters is its own stem. */
  stem(lowercaseWord: string): string;
  /** Function words, lowercase, which say little about what a sentence conveys. No negation is one. */
  readonly stopWords: ReadonlySet<string>;
  /** Whether a lowercase word turns a statement around: "nicht", "never", "doesn't". */
  isNegation(lowercaseWord: string): boolean;
  /** Lowercase words a period follows without ending the sentence: "z" of "z. B.", "nr", "e" of "e.g.". */
  readonly abbreviations: ReadonlySet<string>;
  readonly ordinals: {
    /** Ordinals in digits take a period ("am 4. Mai", "der 3. Platz"), which then ends no sentence. */
    readonly period: boolean;
    /** Endings of ordinals in digits: "12th". */
    readonly suffixes: readonly string[];
  };
  readonly numbers: {
    /** The thousands separator and decimal mark prose is read with: de "4.800,5", en "4,800.5". */
    readonly read: { readonly thousands: string; readonly decimal: string };
    /** The Intl locale numbers are written in: "de-DE". */
    readonly locale: string;
    /** The thousands separator a draft writes where the spec sets none; undefined where it is not known. */
    readonly thousands: string | undefined;
    /** The decimal mark that goes with a thousands separator other than "." and ",". */
    readonly decimal: string;
  };
  readonly dates: {
    /** January first. */
    readonly months: readonly Month[];
    /** Which comes first in a numeric date: 12.05.2026 or 05/12/2026 (and English long dates: May 12). */
    readonly order: 'day-month' | 'month-day';
    /** Whether the date-format rule checks the language's dates: their numeric forms must be known. */
    readonly checked: boolean;
    /** The date written out: "12. Mai 2026", "May 12, 2026". */
    long(date: CalendarDate): string;
    /** Whether a long date's year takes a comma where the sentence goes on: "On May 12, 2026, at noon". */
    readonly commaAfterYear?: boolean;
    /** Lowercase words that, right before a date, put it in a sentence: "am", "vom", "seit dem". */
    readonly inSentenceAfter?: ReadonlySet<string>;
    /** Lowercase words that, right before or after an ISO date, make it the name of a build: "nightly 2024-06-09". */
    readonly builds?: ReadonlySet<string>;
  };
  /** What the fact rules know of figures in prose; absent where nothing is known. */
  readonly figures?: Figures;
  /**
   * Lowercase words that stand only in a clause: personal pronouns, auxiliary and modal verbs. A
   * stretch of text with none of them and no full stop is a listing (a schedule entry, a label, a
   * byline), not running text. Absent where none are known.
   */
  readonly clauseWords?: ReadonlySet<string>;
  /**
   * Frequent function words of the language that the other languages with a file here rarely use,
   * lowercase: what tells a draft's language from its text ("und", "nicht"; "the", "with"). Absent
   * where none are known: such a language is never detected, only named.
   */
  readonly markers?: ReadonlySet<string>;
  /** First-person words, lowercase: "wir", "unser", "we", "i'm". Absent where none are known. */
  readonly firstPerson?: ReadonlySet<string>;
  /**
   * Forms of address where the language tells formal from informal (German Sie and du); absent
   * where it does not (English "you"). The address-form rule's way of telling "Sie" (you) from
   * "sie" (she, they) is German's.
   */
  readonly address?: {
    /** Informal pronouns and possessives, lowercase: "du", "dein", "euch". */
    readonly informal: ReadonlySet<string>;
    /** Formal pronouns and possessives as written, with their capital: "Sie", "Ihnen", "Ihr". */
    readonly formal: ReadonlySet<string>;
  };
  /** Every noun takes a capital (German): after one of these lowercase determiners a capital marks a noun, not a name. */
  readonly nounDeterminers?: ReadonlySet<string>;
  /** Articles, possessives and demonstratives, lowercase: a noun follows one ("your phone", "die Nachbarschaft"). Without them, no word is known for a noun. */
  readonly determiners?: ReadonlySet<string>;
  /**
   * Gender-inclusive forms ("Kund:innen", "Kundinnen und Kunden"), where the language has them:
   * the lowercase words that join a pair and that may stand before its second noun.
   */
  readonly genderPairs?: { readonly conjunctions: ReadonlySet<string>; readonly determiners: ReadonlySet<string> };
  /**
   * Compounds with a multi-word name take hyphens throughout ("Brisa-Bikes-Händler"), where the
   * language builds them so: lowercase capitalised words that follow a name without forming one,
   * lowercase foreign nouns that end a foreign name ("Open Data Day"), which keeps its own spelling,
   * and lowercase places, which follow a name as an apposition ("OK Lab Berlin").
   */
  readonly compounds?: { readonly notAfterName: ReadonlySet<string>; readonly foreignNameHeads: ReadonlySet<string>; readonly places: ReadonlySet<string> };
  /** How a claim reads where it is not a statement about today's rank; absent where nothing is known. */
  readonly claims?: Claims;
}

/** Words that tell a claim's rank or its time, lowercase: read by the claim rule's exemptions. */
export interface Claims {
  /** The ordinal of first-ness in its forms: "erste", "ersten", "first". */
  readonly first: ReadonlySet<string>;
  /** Nouns after "first" that count occurrences: "das erste Mal", "the first time". */
  readonly occurrences: ReadonlySet<string>;
  /** Words right after "first" that make it one of a counted set: "das erste von 31 Kapiteln", "the first of". */
  readonly partitive: ReadonlySet<string>;
  /** Words after "first" and its noun that open the scope it ranks in: "das erste Lab in Rheinland-Pfalz", "the first … to offer". */
  readonly scopeAfter: ReadonlySet<string>;
  /** Words on either side of "first" that are a scope themselves: "weltweit", "ever". */
  readonly scopeAround: ReadonlySet<string>;
  /** Words right before a year that set it as a target: "bis 2035", "by 2030". */
  readonly untilYear: ReadonlySet<string>;
}

/** Words around a figure that say what it counts: lowercase, read by the fact rules. */
export interface Figures {
  /** Numbers written as words, with their value: "sieben" 7, "twenty-six" 26, "dutzend" 12. */
  readonly words: ReadonlyMap<string, number>;
  /** Qualifiers by what they make of a figure: a lower bound, an upper bound or a rounded value. */
  readonly qualifiers: { readonly atLeast: readonly string[]; readonly atMost: readonly string[]; readonly about: readonly string[] };
  /** Words between a figure and its noun that pick out a part of the thing: "5 neue Labs", "17 participating labs". */
  readonly part: ReadonlySet<string>;
  /** Words right before a figure that make it a part of something else: "Teilnehmende aus 10 Labs", "3 of 10 labs". */
  readonly partOf: ReadonlySet<string>;
  /** Words that give a thing something it has: after another fact's thing, a figure counts that thing's parts ("Labs mit 30 Mitgliedern"). */
  readonly having: ReadonlySet<string>;
  /** Words of a clause about taking part in an event: its figure counts the participants. */
  readonly participation: ReadonlySet<string>;
  /** Words before the having word that make a figure those one works with: "gemeinsam mit vier Labs", "together with four labs". */
  readonly partners: ReadonlySet<string>;
  /** Words of a start: "mit 8 Labs gestartet", "started with 8 labs" count what there was at the start, not what there is. */
  readonly start: ReadonlySet<string>;
  /** Definite articles and possessives: "Vier Labs aus dem Netzwerk" is a part of a whole, "die 26 Labs des Netzwerks" the whole. */
  readonly definite: ReadonlySet<string>;
  /** Verbs that make the figure after them the measure of their subject: "Der Rat besteht aus 5 Personen", "totals 26 labs"; a copula does not ("Mitglieder sind 13 Verwaltungen"). */
  readonly predicates: ReadonlySet<string>;
  /** Units of time and measure: a figure before one measures in it ("8 Wochen", "12 km"). */
  readonly units: ReadonlySet<string>;
  /** Words of a clause about an anniversary: its date is the day of remembering, not the event's own ("May 15, 2025 marks the 10-year anniversary"). */
  readonly anniversaries: ReadonlySet<string>;
}

/** Number words from the words for units and tens: "sechsundzwanzig", "twenty-six". */
export function numberWords(
  units: readonly string[],
  teens: readonly string[],
  tens: readonly string[],
  join: (unit: string, ten: string) => string,
  extra: Record<string, number>,
): Map<string, number> {
  const map = new Map<string, number>(Object.entries(extra));
  units.forEach((word, i) => map.set(word, i + 1));
  teens.forEach((word, i) => map.set(word, i + 10));
  tens.forEach((ten, t) => {
    map.set(ten, (t + 2) * 10);
    units.forEach((unit, u) => map.set(join(unit, ten), (t + 2) * 10 + u + 1));
  });
  return map;
}

/** A function that computes its value on the first call only: lists a run may never need stay unloaded. */
export function once<T>(compute: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

/** The text as a regex matches it literally. */
export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A word list written as a block of text, words separated by spaces and line breaks: how long lists read here. */
export const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);
