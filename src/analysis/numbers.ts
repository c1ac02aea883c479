// Reads numbers and dates in running text, per language: de "4.800", "4,8", "12. Mai 2026",
// "12.05.2026"; en "4,800", "May 12, 2026", "12 May 2026"; ISO in both. Qualifiers ("mehr als",
// "over") are kept apart from the value; years, references and ordinals are marked as such.

import type { Lang } from '../spec/types.js';
import { escape } from '../languages/language.js';
import { languageOf, LANGUAGES, type CalendarDate, type Language, type Month } from '../languages/index.js';

export type { CalendarDate };

export interface Quantity {
  start: number;
  end: number;
  raw: string;
  kind: 'number' | 'date';
  /** The number (for dates: the day count since 1970, for ordering only). */
  value: number;
  date?: CalendarDate;
  /** "mehr als", "over", …: said about the value, not part of it. */
  qualifier?: string;
  /** EUR, USD, CHF, GBP, % or the unit word as written. */
  unit?: string;
  /**
   * What the number is, when it is not a count or amount. A date is a `reference` when it is part of
   * an identifier ("nightly-2024-01-05", "2026-03-14-launch.md") or a timestamp with a time
   * ("2024-01-05 12:00", "2021-05-01T11:04:33").
   */
  role?: 'year' | 'reference' | 'ordinal' | 'modifier';
}

// Month names of every language are read in any draft: "12. Mai 2026" stands in English ones too.
const MONTHS = new Map<string, number>();
for (const language of LANGUAGES) {
  language.dates.months.forEach(({ name, variants = [], short }, i) => {
    for (const spelling of [name, ...variants, ...short]) MONTHS.set(spelling.toLowerCase(), i + 1);
  });
}
const monthOf = (name: string) => MONTHS.get(name.toLowerCase().replace(/\.$/, ''))!;
const spellings = (pick: (month: Month) => readonly string[]) => [...new Set(LANGUAGES.flatMap((language) => language.dates.months.flatMap(pick)))];
// Full month names, or short forms with their optional period ("Jan."); a full name's period ends the sentence.
const MONTH = `(${spellings(({ name, variants = [] }) => [name, ...variants]).join('|')}|(?:${spellings(({ short }) => short).join('|')})(?![\\p{L}])\\.?)`;
// Ordinals in digits, in any language that writes them with an ending: "12th".
const ORDINAL_SUFFIX = `(?:${[...new Set(LANGUAGES.flatMap((language) => language.ordinals.suffixes))].join('|')})`;

const monthFirst = (language: Language) => language.dates.order === 'month-day';

const DATE_PATTERNS: { pattern: RegExp; readIn?: (language: Language) => boolean; read: (m: RegExpExecArray) => CalendarDate }[] = [
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})(?:\b|(?=T\d))/gu, read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  { pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)/gu, read: (m) => ({ year: +m[3]!, month: +m[2]!, day: +m[1]! }) },
  // A two-digit year only where dates are written day first with dots ("31.3.23"); in English
  // "12.2.11" and "2.6.32" are versions.
  { pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.]\d)/gu, readIn: (language) => !monthFirst(language), read: (m) => ({ year: fullYear(+m[3]!), month: +m[2]!, day: +m[1]! }) },
  // Day and month without a year: "am 13.05", "16.10.", where decimals take a comma.
  { pattern: /(?<![\d.,])(\d{1,2})\.(\d{2})\.?(?![\d.,]?\d)/gu, readIn: (language) => language.numbers.read.decimal === ',', read: (m) => ({ month: +m[2]!, day: +m[1]! }) },
  { pattern: new RegExp(`\\b(\\d{1,2})\\.?\\s*${MONTH}(?:\\s+(\\d{4}))?(?![\\p{L}])`, 'gu'), read: (m) => ({ ...(m[3] ? { year: +m[3] } : {}), month: monthOf(m[2]!), day: +m[1]! }) },
  {
    pattern: new RegExp(`\\b(\\d{1,2})${ORDINAL_SUFFIX}?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?(?![\\p{L}])`, 'gu'),
    readIn: (language) => language.ordinals.suffixes.length > 0,
    read: (m) => ({ ...(m[3] ? { year: +m[3] } : {}), month: monthOf(m[2]!), day: +m[1]! }),
  },
  {
    pattern: new RegExp(`(?<![\\p{L}])${MONTH}\\s+(\\d{1,2})${ORDINAL_SUFFIX}?(?:,?\\s+(\\d{4}))?(?![\\d])`, 'gu'),
    readIn: monthFirst,
    read: (m) => ({ ...(m[3] ? { year: +m[3] } : {}), month: monthOf(m[1]!), day: +m[2]! }),
  },
  { pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/gu, readIn: monthFirst, read: (m) => ({ year: +m[3]!, month: +m[1]!, day: +m[2]! }) },
  { pattern: new RegExp(`(?<![\\p{L}\\d.]\\s?)${MONTH}\\s+(\\d{4})\\b`, 'gu'), read: (m) => ({ year: +m[2]!, month: monthOf(m[1]!) }) },
];

function fullYear(year: number): number {
  return year < 100 ? 2000 + year : year;
}

function validDate({ year, month, day }: CalendarDate): boolean {
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const check = new Date(Date.UTC(year ?? 2000, month - 1, day));
  return check.getUTCDate() === day && day >= 1;
}

const SCALES: [RegExp, number][] = [
  [/^\s*(?:Milliarden|Milliarde|Mrd\.?|billion|bn)(?![\p{L}])/iu, 1e9],
  [/^\s*(?:Millionen|Million|Mio\.?|million|m)(?![\p{L}])/iu, 1e6],
  [/^\s*(?:Tausend|Tsd\.?|thousand|k)(?![\p{L}])/iu, 1e3],
];

const UNITS_AFTER: [RegExp, string][] = [
  [/^\s?(?:€|EUR\b|Euro\b|Euros\b)/u, 'EUR'],
  [/^\s?(?:\$|USD\b|US-Dollar\b|dollars?\b|Dollar\b)/iu, 'USD'],
  [/^\s?(?:CHF\b|Franken\b)/u, 'CHF'],
  [/^\s?(?:£|GBP\b|pounds?\b)/u, 'GBP'],
  [/^\s?(?:%|Prozent\b|percent\b|per cent\b)/iu, '%'],
];
const UNITS_BEFORE: [RegExp, string][] = [
  [/(?:€|EUR|Euro)\s?$/u, 'EUR'],
  [/(?:\$|USD|US\$)\s?$/u, 'USD'],
  [/(?:CHF)\s?$/u, 'CHF'],
  [/(?:£|GBP)\s?$/u, 'GBP'],
];

/** Unit names a spec may use, mapped to the units read from text. */
export function normaliseUnit(unit: string): string {
  const lower = unit.toLowerCase();
  if (['eur', '€', 'euro', 'euros'].includes(lower)) return 'EUR';
  if (['usd', '$', 'dollar', 'dollars'].includes(lower)) return 'USD';
  if (['chf', 'franken'].includes(lower)) return 'CHF';
  if (['gbp', '£', 'pound', 'pounds'].includes(lower)) return 'GBP';
  if (['%', 'prozent', 'percent'].includes(lower)) return '%';
  return unit;
}

const VERSION_BEFORE = /\b(?:version|release|kernel|v)\s?$/iu;

const QUALIFIER =
  /(mehr als|weniger als|bis zu|über|rund|etwa|ca\.|circa|fast|knapp|mindestens|nahezu|annähernd|gut|unter|more than|less than|fewer than|up to|at least|close to|over|about|around|approximately|nearly|almost|roughly|some|under)\s+$/iu;
const REFERENCE_BEFORE =
  /(?:\p{L}*(?:straße|strasse|str\.|platz|weg|allee|gasse|ring|damm|ufer|chaussee|schlüssel|nummer|kennziffer|kennzahl)|pull request|Street|St\.|Avenue|Ave\.|Road|Seite|Seiten|S\.|Nr\.|No\.|Nummer|number|page|pages|p\.|pp\.|Kapitel|chapter|Version|v|Artikel|Art\.|§|Abs\.|Tel\.|Telefon|phone|Fax|PLZ|HRB|HRA|Raum|Room|Halle|Hall|Gate|Tor|Stand|Booth|Zimmer|Punkt|Schritt|step|Folge|episode|Staffel|season|Band|Heft|issue|Ausgabe|#)\s?$/iu;

/** How a language's numbers are read in prose, compiled once per language. */
const numberReadings = new WeakMap<Language, { pattern: RegExp; grouping: RegExp; decimal: string }>();

function numberReading(language: Language): { pattern: RegExp; grouping: RegExp; decimal: string } {
  let reading = numberReadings.get(language);
  if (!reading) {
    const { thousands, decimal } = language.numbers.read;
    const [group, mark] = [escape(thousands), escape(decimal)];
    // Grouped by the language's separator or by spaces of any width, or not grouped; a decimal part or none.
    const pattern = new RegExp(`(?<![\\p{L}\\d,.])(\\d{1,3}(?:${group}\\d{3})+(?:${mark}\\d+)?|\\d{1,3}(?:[\\u202f\\u00a0 ]\\d{3})+(?!\\d)(?:${mark}\\d+)?|\\d+(?:${mark}\\d+)?)(?![\\d])`, 'gu');
    numberReadings.set(language, (reading = { pattern, grouping: new RegExp(`[${group}\\u202f\\u00a0 ]`, 'g'), decimal }));
  }
  return reading;
}

/** Every number and date in `text`, in order. */
export function readQuantities(text: string, lang: Lang): Quantity[] {
  const found: Quantity[] = [];
  // Every date and number pattern below needs a digit; most prose blocks have none.
  if (!/\d/.test(text)) return found;
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);

  const language = languageOf(lang);
  for (const { pattern, readIn, read } of DATE_PATTERNS) {
    if (readIn && !readIn(language)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = m.index + m[0].replace(/\s+$/u, '').length;
      if (!free(start, end)) continue;
      const date = read(m);
      if (!validDate(date)) continue;
      // "Version 2.10.24", "kernel 4.12.14": a version, read as numbers below.
      if (/^\d+\.\d+\.\d+$/u.test(m[0]) && VERSION_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
      taken.push([start, end]);
      const role = identifierOrTimestamp(text, start, end) || namesBuild(text, start, end, language) ? { role: 'reference' as const } : {};
      found.push({ start, end, raw: text.slice(start, end), kind: 'date', value: dayNumber(date), date, ...role, ...qualifierBefore(text, start) });
    }
  }

  const { pattern: numberPattern, grouping, decimal } = numberReading(language);
  for (const m of text.matchAll(numberPattern)) {
    let start = m.index;
    let end = start + m[0].length;
    if (!free(start, end)) continue;
    const digits = m[1]!;
    let value = Number(digits.replace(grouping, '').replace(decimal, '.'));
    const after = text.slice(end);
    const before = text.slice(Math.max(0, start - 24), start);
    let unit: string | undefined;
    for (const [scale, factor] of SCALES) {
      const s = scale.exec(after);
      if (s && !(factor === 1e6 && /^\s*m\b/u.test(after) && !/^\d/.test(digits))) {
        // "5 m" is metres more often than millions; only a bare "m"/"k" right after digits scales.
        if (/^\s+[mk](?![\p{L}])/iu.test(after)) break;
        value *= factor;
        end += s[0].length;
        break;
      }
    }
    for (const [pattern, name] of UNITS_AFTER) {
      const u = pattern.exec(text.slice(end));
      if (u) {
        unit = name;
        end += u[0].length;
        break;
      }
    }
    if (!unit) {
      for (const [pattern, name] of UNITS_BEFORE) {
        const u = pattern.exec(before);
        if (u) {
          unit = name;
          start -= u[0].length;
          break;
        }
      }
    }
    const previous = found[found.length - 1];
    // The rest of a phone number after its area code: "Tel. 0341 123456".
    const continuesReference = previous?.role === 'reference' && previous.kind === 'number' && /^[\s/-]$/.test(text.slice(previous.end, start));
    const role = continuesReference ? 'reference' : roleOf(text, m.index, m.index + m[0].length, digits, unit, language);
    found.push({
      start,
      end,
      raw: text.slice(start, end),
      kind: 'number',
      value,
      ...(unit ? { unit } : {}),
      ...(role ? { role } : {}),
      ...qualifierBefore(text, start),
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

const ORDINAL_AFTER = new RegExp(`^${ORDINAL_SUFFIX}\\b`, 'u');

/** A date glued to letters, digits or a path ("nightly-2024-01-05", "2026-03-14-launch.md"), or followed by a time. */
function identifierOrTimestamp(text: string, start: number, end: number): boolean {
  if (/[\p{L}\p{N}_/.-]$/u.test(text.slice(0, start)) || /^[-_/.]?[\p{L}\p{N}]/u.test(text.slice(end, end + 2))) return true;
  return /^(?:T| )\d{1,2}:\d{2}(?!\d)/u.test(text.slice(end, end + 7));
}

/** An ISO date beside a word that makes it a build's name: "nightly 2024-06-09", "the 2020-06-21 nightly release". */
function namesBuild(text: string, start: number, end: number, language: Language): boolean {
  const builds = language.dates.builds;
  if (!builds || !/^\d{4}-\d{2}-\d{2}$/u.test(text.slice(start, end))) return false;
  const before = /([\p{L}]+)\s$/u.exec(text.slice(Math.max(0, start - 16), start))?.[1];
  const after = /^\s([\p{L}]+)/u.exec(text.slice(end, end + 16))?.[1];
  return (before !== undefined && builds.has(before.toLowerCase())) || (after !== undefined && builds.has(after.toLowerCase()));
}

// A word in capitals before a number names a thing by its number ("ICE 132920", "RFC 3614", "PR 5678",
// "ISO 8601"); currencies before an amount are read as units first.
const ACRONYM_BEFORE = /(?<![\p{L}\p{N}])\p{Lu}{2,}\s$/u;

function roleOf(text: string, start: number, end: number, digits: string, unit: string | undefined, language: Language): Quantity['role'] {
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 8);
  if (REFERENCE_BEFORE.test(before) || (!unit && ACRONYM_BEFORE.test(before)) || (/^[+0]/.test(digits) && /\d{5,}/.test(text.slice(start, start + 20).replace(/[\s/-]/g, '')))) return 'reference';
  if (/^-\p{L}/u.test(after)) return 'modifier';
  if (ORDINAL_AFTER.test(after)) return 'ordinal';
  if (language.ordinals.period && /^\.\s/.test(after)) return 'ordinal';
  if (/^[.:]\d/.test(after) || /\d[.:]$/.test(before)) return 'reference'; // versions, times
  if (!unit && /^\d{4}$/.test(digits) && +digits >= 1800 && +digits <= 2199) return 'year';
  return undefined;
}

function qualifierBefore(text: string, start: number): { qualifier?: string } {
  const q = QUALIFIER.exec(text.slice(Math.max(0, start - 20), start));
  return q ? { qualifier: q[1]!.toLowerCase() } : {};
}

function dayNumber({ year, month, day }: CalendarDate): number {
  return Date.UTC(year ?? 2000, month - 1, day ?? 1) / 86_400_000;
}

/** A number as the draft's language writes it: 4.800 / 4,800; 4,8 / 4.8. */
export function formatNumber(value: number, lang: Lang, money = false): string {
  const fraction = money && !Number.isInteger(value) ? 2 : 0;
  return new Intl.NumberFormat(languageOf(lang).numbers.locale, { minimumFractionDigits: fraction, maximumFractionDigits: Math.max(fraction, 2) }).format(value);
}

/** A date as the draft's language writes it in long form: "12. Mai 2026" / "May 12, 2026". */
export function formatDate(date: CalendarDate, lang: Lang): string {
  return languageOf(lang).dates.long(date);
}

export function parseIsoDate(iso: string): CalendarDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** Whether two dates agree on every part both state. */
export function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  return a.month === b.month && (a.day === undefined || b.day === undefined || a.day === b.day) && (a.year === undefined || b.year === undefined || a.year === b.year);
}

const blockQuantities = new WeakMap<object, { lang: Lang; quantities: Quantity[] }>();

/** The numbers and dates of a prose block, read once however many rules ask. */
export function quantitiesOf(block: { text: string }, lang: Lang): Quantity[] {
  const cached = blockQuantities.get(block);
  if (cached?.lang === lang) return cached.quantities;
  const quantities = readQuantities(block.text, lang);
  blockQuantities.set(block, { lang, quantities });
  return quantities;
}
