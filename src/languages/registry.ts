// The languages onevoice knows, by code; any other code the spec names gets a fallback language.

import type { Lang } from '../spec/types.js';
import { german } from './de.js';
import { ABBREVIATIONS, english, longDate, NEGATIONS } from './en.js';
import { once, type Language } from './language.js';
import { naturalStemmer, NATURAL_STEMMERS } from './stem.js';
import { isoStopwords, stopWordSet } from './stopwords.js';

/** The languages with a file of their own. A new language is one file in src/languages, listed here. */
export const LANGUAGES: readonly Language[] = [german, english];

const byCode = new Map<Lang, Language>(LANGUAGES.map((language) => [language.code, language]));

/** The language of a code: its own file's, or a fallback. Look it up once per draft, block or spec, not per word. */
export function languageOf(code: Lang): Language {
  let language = byCode.get(code);
  if (!language) byCode.set(code, (language = fallback(code)));
  return language;
}

/** What Intl knows of the language's numbers; nothing where it does not know the code. */
function intlMarks(code: Lang): { thousands?: string; decimal?: string } {
  try {
    const parts = new Intl.NumberFormat(code).formatToParts(1234567.5);
    const mark = (type: string) => parts.find((part) => part.type === type)?.value;
    return { ...(mark('group') === undefined ? {} : { thousands: mark('group')! }), ...(mark('decimal') === undefined ? {} : { decimal: mark('decimal')! }) };
  } catch {
    return {};
  }
}

/**
 * A language without a file (es, fr, …): natural's stemmer where it has one and stopwords-iso's
 * list; numbers written as Intl writes them. Everything else is English's as far as the code can
 * read it (negations, abbreviations, numbers in prose, long dates); no first-person or address words.
 */
function fallback(code: Lang): Language {
  const stopWords = once(() => stopWordSet(isoStopwords(code), []));
  const negations = new Set(NEGATIONS);
  const marks = intlMarks(code);
  return {
    code,
    stem: naturalStemmer(NATURAL_STEMMERS[code]),
    get stopWords() {
      return stopWords();
    },
    isNegation: (lower) => negations.has(lower.replace('’', "'")),
    abbreviations: new Set(ABBREVIATIONS),
    ordinals: { period: false, suffixes: [] },
    numbers: { read: english.numbers.read, locale: code, thousands: marks.thousands, decimal: marks.decimal ?? '.' },
    dates: { months: english.dates.months, order: 'day-month', checked: false, long: longDate },
  };
}
