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
  };
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
