import { describe, expect, it } from 'vitest';
import { german } from '../src/languages/de.js';
import { english } from '../src/languages/en.js';
import { languageOf, LANGUAGES, type Language } from '../src/languages/index.js';
import { readQuantities } from '../src/analysis/numbers.js';

const lists = (language: Language): [string, ReadonlySet<string>][] => [
  ['abbreviations', language.abbreviations],
  ['firstPerson', language.firstPerson ?? new Set()],
  ['address.informal', language.address?.informal ?? new Set()],
  ['nounDeterminers', language.nounDeterminers ?? new Set()],
  ['genderPairs.conjunctions', language.genderPairs?.conjunctions ?? new Set()],
  ['genderPairs.determiners', language.genderPairs?.determiners ?? new Set()],
  ['compounds.notAfterName', language.compounds?.notAfterName ?? new Set()],
];

describe.each(LANGUAGES.map((language) => [language.code, language] as const))('%s', (code, language) => {
  it('is what languageOf gives for its code', () => {
    expect(languageOf(code)).toBe(language);
  });

  it('keeps its word lists lowercase, as tokens compare them', () => {
    for (const [name, words] of lists(language))
      expect(
        [...words].filter((w) => w !== w.toLowerCase()),
        name,
      ).toEqual([]);
  });

  it('has twelve months with distinct spellings', () => {
    const spellings = language.dates.months.flatMap(({ name, variants = [], short }) => [name, ...variants, ...short]);
    expect(language.dates.months).toHaveLength(12);
    expect(new Set(spellings).size).toBe(spellings.length);
  });

  it('keeps negations out of the stop words', () => {
    expect([...language.stopWords].filter((w) => language.isNegation(w))).toEqual([]);
  });

  it('reads numbers with two different marks', () => {
    expect(language.numbers.read.thousands).not.toBe(language.numbers.read.decimal);
  });
});

describe('German', () => {
  it('stems, negates and knows its function words', () => {
    expect(german.stem('kunden')).toBe(german.stem('kunde'));
    expect(german.stem('2026')).toBe('2026');
    expect(['nicht', 'keine', 'niemals'].every(german.isNegation)).toBe(true);
    expect(german.isNegation('nichtig')).toBe(false);
    expect(german.stopWords.has('und')).toBe(true);
    expect(german.stopWords.has('nicht')).toBe(false);
  });

  it('tells formal from informal address by their own spelling', () => {
    expect(german.address?.formal.has('Sie')).toBe(true);
    expect(german.address?.formal.has('sie')).toBe(false);
    expect(german.address?.informal.has('euch')).toBe(true);
    expect(german.address?.informal.has('dunkel')).toBe(false);
  });

  it('writes long dates day first', () => {
    expect(german.dates.long({ year: 2026, month: 3, day: 4 })).toBe('4. März 2026');
    expect(german.dates.long({ year: 2026, month: 5 })).toBe('Mai 2026');
  });
});

describe('English', () => {
  it('negates with "n\'t" in either apostrophe', () => {
    expect(['never', "doesn't", 'shouldn’t'].every(english.isNegation)).toBe(true);
    expect(english.isNegation('know')).toBe(false);
  });

  it('has first-person contractions in both apostrophes and no formal address', () => {
    expect(english.firstPerson?.has("we're")).toBe(true);
    expect(english.firstPerson?.has('i’m')).toBe(true);
    expect(english.firstPerson?.has('mine')).toBe(false);
    expect(english.address).toBeUndefined();
    expect(english.genderPairs).toBeUndefined();
  });

  it('writes long dates month first', () => {
    expect(english.dates.long({ year: 2026, month: 5, day: 12 })).toBe('May 12, 2026');
    expect(english.dates.order).toBe('month-day');
  });
});

describe('a language without a file', () => {
  const french = languageOf('fr');

  it("falls back to natural's stemmer, stopwords-iso and Intl", () => {
    expect(french.code).toBe('fr');
    expect(languageOf('fr')).toBe(french);
    expect(french.stem('voitures')).toBe(french.stem('voiture'));
    expect(french.stopWords.has('le')).toBe(true);
    expect(french.numbers.locale).toBe('fr');
    expect(french.numbers.decimal).toBe(',');
  });

  it('reads like English and has no words of its own for the rules', () => {
    expect(french.abbreviations).toEqual(english.abbreviations);
    expect(french.numbers.read).toEqual(english.numbers.read);
    expect(french.isNegation('never')).toBe(true);
    expect(french.dates.checked).toBe(false);
    expect([french.firstPerson, french.address, french.genderPairs, french.compounds, french.nounDeterminers]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('keeps the word as its stem where natural has no stemmer', () => {
    const unknown = languageOf('xx');
    expect(unknown.stem('häuser')).toBe('häuser');
    expect(unknown.stopWords.size).toBe(0);
  });
});

describe('patterns built from the languages', () => {
  const read = (text: string, lang: string) => readQuantities(text, lang).map((q) => (q.kind === 'date' ? q.date : q.value));

  it("read every language's month names in any draft, short forms with their period", () => {
    expect(read('am 4. Jänner 2026', 'en')).toEqual([{ year: 2026, month: 1, day: 4 }]);
    expect(read('on Sept. 3, 2026', 'en')).toEqual([{ year: 2026, month: 9, day: 3 }]);
    expect(read('Maisfeld 2026', 'de')).toEqual([2026]);
  });

  it("read numbers with the language's marks", () => {
    expect(read('4.800,5 Kunden', 'de')).toEqual([4800.5]);
    expect(read('4,800.5 customers', 'en')).toEqual([4800.5]);
    expect(read('4,800.5 clients', 'fr')).toEqual([4800.5]);
  });

  it("read ordinals by the language's rules", () => {
    expect(readQuantities('der 3. Platz', 'de')[0]?.role).toBe('ordinal');
    expect(readQuantities('the 3rd place', 'en')[0]?.role).toBe('ordinal');
    expect(read('12th of May', 'en')).toEqual([{ month: 5, day: 12 }]);
    expect(read('am 13.05 um 10 Uhr', 'de')[0]).toEqual({ month: 5, day: 13 });
    expect(read('05/12/2026', 'en')).toEqual([{ year: 2026, month: 5, day: 12 }]);
  });
});
