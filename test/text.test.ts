import { describe, expect, it } from 'vitest';
import { readQuantities, formatDate, formatNumber } from '../src/analysis/numbers.js';
import { splitSentences } from '../src/analysis/sentences.js';
import { isBounded, matchPatterns } from '../src/rules/claim/patterns.js';

const read = (text: string, lang: string) =>
  readQuantities(text, lang).map((q) => ({
    raw: q.raw,
    kind: q.kind,
    value: q.kind === 'date' ? q.date : q.value,
    ...(q.unit ? { unit: q.unit } : {}),
    ...(q.role ? { role: q.role } : {}),
    ...(q.qualifier ? { qualifier: q.qualifier } : {}),
  }));

describe('numbers and dates per language', () => {
  it('reads German figures and dates', () => {
    expect(read('Mehr als 4.800 Kunden, 4,8 Sterne, 2,5 Mio. Euro, am 12. Mai 2026 oder 12.05.2026 oder 2026-05-12.', 'de')).toEqual([
      { raw: '4.800', kind: 'number', value: 4800, qualifier: 'mehr als' },
      { raw: '4,8', kind: 'number', value: 4.8 },
      { raw: '2,5 Mio. Euro', kind: 'number', value: 2_500_000, unit: 'EUR' },
      { raw: '12. Mai 2026', kind: 'date', value: { year: 2026, month: 5, day: 12 } },
      { raw: '12.05.2026', kind: 'date', value: { year: 2026, month: 5, day: 12 } },
      { raw: '2026-05-12', kind: 'date', value: { year: 2026, month: 5, day: 12 } },
    ]);
  });

  it('reads English figures and dates', () => {
    expect(read('Over 4,800 customers, 4.8 stars, $2.5 million, May 12, 2026 or 12 May 2026.', 'en')).toEqual([
      { raw: '4,800', kind: 'number', value: 4800, qualifier: 'over' },
      { raw: '4.8', kind: 'number', value: 4.8 },
      { raw: '$2.5 million', kind: 'number', value: 2_500_000, unit: 'USD' },
      { raw: 'May 12, 2026', kind: 'date', value: { year: 2026, month: 5, day: 12 } },
      { raw: '12 May 2026', kind: 'date', value: { year: 2026, month: 5, day: 12 } },
    ]);
  });

  it('marks years, references, ordinals and modifiers', () => {
    expect(read('Seit 2019 auf Seite 12, Tel. 0341 123456, der 3. Platz, ein 48-seitiger Bericht.', 'de').map((q) => [q.raw, q.role])).toEqual([
      ['2019', 'year'],
      ['12', 'reference'],
      ['0341', 'reference'],
      ['123456', 'reference'],
      ['3', 'ordinal'],
      ['48', 'modifier'],
    ]);
  });

  it('reads a space as a thousands separator, and no sentence period as part of a month', () => {
    expect(read('Rund 4 800 Räder bis zum 10. Juni.', 'de').map((q) => q.raw)).toEqual(['4 800', '10. Juni']);
  });

  it('writes values back in the language of the draft', () => {
    expect([formatNumber(4800, 'de'), formatNumber(4800, 'en'), formatNumber(14.9, 'de', true)]).toEqual(['4.800', '4,800', '14,90']);
    expect([formatDate({ year: 2026, month: 5, day: 12 }, 'de'), formatDate({ year: 2026, month: 5, day: 12 }, 'en')]).toEqual(['12. Mai 2026', 'May 12, 2026']);
  });
});

describe('sentences', () => {
  const split = (text: string, lang = 'de') => splitSentences(text, lang).map((s) => text.slice(s.start, s.end));

  it('does not end a sentence at German ordinals and abbreviations', () => {
    expect(split('Am 4. Mai startet z. B. die Nr. 1 der Saison. Danach folgt Teil 2. Das ist alles.')).toEqual([
      'Am 4. Mai startet z. B. die Nr. 1 der Saison.',
      'Danach folgt Teil 2. Das ist alles.',
    ]);
  });

  it('splits after closing quotes and English abbreviations stay whole', () => {
    expect(split('„Wir freuen uns.“ Sagt sie. Dann geht es los!')).toEqual(['„Wir freuen uns.“', 'Sagt sie.', 'Dann geht es los!']);
    expect(split('We ship e.g. to Mr. Smith. Then we rest.', 'en')).toEqual(['We ship e.g. to Mr. Smith.', 'Then we rest.']);
  });
});

describe('numbers that are addresses, times and German day-month dates', () => {
  it('marks house numbers and reads "13.05" as a date in German', () => {
    expect(read('Berger Straße 175, am 13.05 um 11 Uhr, Schadowplatz 14.', 'de').map((q) => [q.raw, q.kind, q.role])).toEqual([
      ['175', 'number', 'reference'],
      ['13.05', 'date', undefined],
      ['11', 'number', undefined],
      ['14', 'number', 'reference'],
    ]);
  });
});

describe('claim patterns', () => {
  it('runs patterns that cannot repeat without the time bound, and all others under it', () => {
    const bounded = ['\\b100\\s?%', '(?:weltweit|europaweit) (?:führend|einzig)', '\\bNr\\.? ?1\\b', '[*+{]gratis', '\\p{Lu}\\p{Ll}?'];
    const timed = ['\\d+ ?%', 'marktführend.*', '(a|aa){1,10}', 'x{2}', '(\\w)\\1', '\\k<a>', `a?${'b?'.repeat(10)}`];
    expect(bounded.map((p) => isBounded(new RegExp(p, 'giu')))).toEqual(bounded.map(() => true));
    expect(timed.map((p) => isBounded(new RegExp(p, 'gi')))).toEqual(timed.map(() => false));
  });

  it('gives the matches of both kinds pattern by pattern, as the spec lists them', () => {
    const patterns = [/\d+ ?%/giu, /\bNr\.? ?1\b/giu, /günstig\w*/giu];
    const hits = matchPatterns(patterns, ['Nr. 1 mit 30 % weniger Kosten, günstiger geht es nicht', 'Wieder 5% und Nr 1']);
    expect(hits?.map((h) => [h.pattern, h.text, h.start, h.end])).toEqual([
      [0, 0, 10, 14],
      [0, 1, 7, 9],
      [1, 0, 0, 5],
      [1, 1, 14, 18],
      [2, 0, 31, 40],
    ]);
  });
});

// Identifiers, references, versions and timestamps are no figures or dates (issue 15, pattern 3).
// Sentences from the Rust blog (MIT/Apache-2.0, the Rust project) and from codefor.de (CC BY 4.0,
// Open Knowledge Foundation Deutschland / Code for Germany).
describe('identifiers, references, versions and timestamps', () => {
  const roles = (text: string, lang: string) => read(text, lang).map((q) => [q.raw, q.kind, q.role]);

  it('reads a number after a word in capitals or a key compound as a reference', () => {
    expect(roles('Fix ICE 132920 in duplicate-crate diagnostics, see RFC 3614 and PR 5678.', 'en')).toEqual([
      ['132920', 'number', 'reference'],
      ['3614', 'number', 'reference'],
      ['5678', 'number', 'reference'],
    ]);
    expect(roles('Der Amtliche Gemeindeschlüssel 09162000 und über 25000 Einwohner, rund 15000 EUR.', 'de')).toEqual([
      ['09162000', 'number', 'reference'],
      ['25000', 'number', undefined],
      ['15000 EUR', 'number', undefined],
    ]);
  });

  it('reads dates in identifiers, with a time or naming a build as references', () => {
    expect(roles('Use nightly-2024-01-05; logged 2024-01-05 12:00 and 2021-05-01T11:04:33. This is available as of nightly 2024-06-09.', 'en').filter((q) => q[1] === 'date')).toEqual([
      ['2024-01-05', 'date', 'reference'],
      ['2024-01-05', 'date', 'reference'],
      ['2021-05-01', 'date', 'reference'],
      ['2024-06-09', 'date', 'reference'],
    ]);
    expect(roles('Rust 2024 will enter the beta channel on 2025-01-09.', 'en').filter((q) => q[1] === 'date')).toEqual([['2025-01-09', 'date', undefined]]);
  });

  it('reads dotted triples as versions in English, and as dates in German unless a version word stands before', () => {
    expect(read('RHEL 6 (glibc 2.12, kernel 2.6.32), musl 1.1.24 and Ceph 12.2.11.', 'en').filter((q) => q.kind === 'date')).toEqual([]);
    expect(roles('Prototype Fund Förderrunde 14: bis zum 31.3.23 könnt ihr einreichen; die App in Version 1.1.24.', 'de').filter((q) => q[1] === 'date')).toEqual([['31.3.23', 'date', undefined]]);
  });
});
