// Reads numbers and dates in running text, per language: de "4.800", "4,8", "12. Mai 2026",
// "12.05.2026"; en "4,800", "May 12, 2026", "12 May 2026"; ISO in both. Qualifiers ("mehr als",
// "over") are kept apart from the value; years, references and ordinals are marked as such.

import type { Lang } from '../spec/types.js';

export interface CalendarDate {
  year?: number;
  month: number;
  day?: number;
}

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
  /** What the number is, when it is not a count or amount. */
  role?: 'year' | 'reference' | 'ordinal' | 'modifier';
}

const MONTHS: Record<string, number> = {};
const monthNames: [string[], number][] = [
  [['januar', 'jänner', 'january', 'jan'], 1],
  [['februar', 'february', 'feb'], 2],
  [['märz', 'march', 'mär', 'mar', 'mrz'], 3],
  [['april', 'apr'], 4],
  [['mai', 'may'], 5],
  [['juni', 'june', 'jun'], 6],
  [['juli', 'july', 'jul'], 7],
  [['august', 'aug'], 8],
  [['september', 'sept', 'sep'], 9],
  [['oktober', 'october', 'okt', 'oct'], 10],
  [['november', 'nov'], 11],
  [['dezember', 'december', 'dez', 'dec'], 12],
];
for (const [names, month] of monthNames) for (const name of names) MONTHS[name] = month;
const monthOf = (name: string) => MONTHS[name.toLowerCase().replace(/\.$/, '')]!;
// Full month names, or abbreviations with their optional period ("Jan."); a full name's period ends the sentence.
const MONTH = '(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June|July|October|December|(?:Jan|Feb|Mär|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Oct|Nov|Dez|Dec)(?![\\p{L}])\\.?)';

export const MONTH_NAMES: Record<Lang, string[]> = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const DATE_PATTERNS: { pattern: RegExp; langs?: Lang[]; read: (m: RegExpExecArray) => CalendarDate }[] = [
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/gu, read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  { pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.]\d)/gu, read: (m) => ({ year: fullYear(+m[3]!), month: +m[2]!, day: +m[1]! }) },
  // German day and month without a year: "am 13.05", "16.10." (German decimals take a comma).
  { pattern: /(?<![\d.,])(\d{1,2})\.(\d{2})\.?(?![\d.,]?\d)/gu, langs: ['de'], read: (m) => ({ month: +m[2]!, day: +m[1]! }) },
  { pattern: new RegExp(`\\b(\\d{1,2})\\.?\\s*${MONTH}(?:\\s+(\\d{4}))?(?![\\p{L}])`, 'gu'), read: (m) => ({ ...(m[3] ? { year: +m[3] } : {}), month: monthOf(m[2]!), day: +m[1]! }) },
  { pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?(?![\\p{L}])`, 'gu'), langs: ['en'], read: (m) => ({ ...(m[3] ? { year: +m[3] } : {}), month: monthOf(m[2]!), day: +m[1]! }) },
  { pattern: new RegExp(`(?<![\\p{L}])${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\d])`, 'gu'), langs: ['en'], read: (m) => ({ ...(m[3] ? { year: +m[3] } : {}), month: monthOf(m[1]!), day: +m[2]! }) },
  { pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/gu, langs: ['en'], read: (m) => ({ year: +m[3]!, month: +m[1]!, day: +m[2]! }) },
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

const QUALIFIER = /(mehr als|weniger als|bis zu|über|rund|etwa|ca\.|circa|fast|knapp|mindestens|nahezu|annähernd|gut|unter|more than|less than|fewer than|up to|at least|close to|over|about|around|approximately|nearly|almost|roughly|some|under)\s+$/iu;
const REFERENCE_BEFORE = /(?:\p{L}*(?:straße|strasse|str\.|platz|weg|allee|gasse|ring|damm|ufer|chaussee)|Street|St\.|Avenue|Ave\.|Road|Seite|Seiten|S\.|Nr\.|No\.|Nummer|number|page|pages|p\.|pp\.|Kapitel|chapter|Version|v|Artikel|Art\.|§|Abs\.|Tel\.|Telefon|phone|Fax|PLZ|HRB|HRA|Raum|Room|Halle|Hall|Gate|Tor|Stand|Booth|Zimmer|Punkt|Schritt|step|Folge|episode|Staffel|season|Band|Heft|issue|Ausgabe|#)\s?$/iu;

/** Every number and date in `text`, in order. */
export function readQuantities(text: string, lang: Lang): Quantity[] {
  const found: Quantity[] = [];
  // Every date and number pattern below needs a digit; most prose blocks have none.
  if (!/\d/.test(text)) return found;
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);

  for (const { pattern, langs, read } of DATE_PATTERNS) {
    if (langs && !langs.includes(lang)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = m.index + m[0].replace(/\s+$/u, '').length;
      if (!free(start, end)) continue;
      const date = read(m);
      if (!validDate(date)) continue;
      taken.push([start, end]);
      found.push({ start, end, raw: text.slice(start, end), kind: 'date', value: dayNumber(date), date, ...qualifierBefore(text, start) });
    }
  }

  const numberPattern =
    lang === 'de'
      ? /(?<![\p{L}\d,.])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:[\u202f\u00a0 ]\d{3})+(?!\d)(?:,\d+)?|\d+(?:,\d+)?)(?![\d])/gu
      : /(?<![\p{L}\d,.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u202f\u00a0 ]\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d])/gu;
  for (const m of text.matchAll(numberPattern)) {
    let start = m.index;
    let end = start + m[0].length;
    if (!free(start, end)) continue;
    const digits = m[1]!;
    const [grouping, decimal] = lang === 'de' ? [/[.\u202f\u00a0 ]/g, ','] : [/[,\u202f\u00a0 ]/g, '.'];
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
    const role = continuesReference ? 'reference' : roleOf(text, m.index, m.index + m[0].length, digits, unit, lang);
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

function roleOf(text: string, start: number, end: number, digits: string, unit: string | undefined, lang: Lang): Quantity['role'] {
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 8);
  if (REFERENCE_BEFORE.test(before) || /^[+0]/.test(digits) && /\d{5,}/.test(text.slice(start, start + 20).replace(/[\s/-]/g, ''))) return 'reference';
  if (/^-\p{L}/u.test(after)) return 'modifier';
  if (/^(?:st|nd|rd|th)\b/u.test(after)) return 'ordinal';
  if (lang === 'de' && /^\.\s/.test(after)) return 'ordinal';
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
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : lang === 'en' ? 'en-US' : lang, { minimumFractionDigits: fraction, maximumFractionDigits: Math.max(fraction, 2) }).format(value);
}

/** A date as the draft's language writes it in long form: "12. Mai 2026" / "May 12, 2026". */
export function formatDate(date: CalendarDate, lang: Lang): string {
  const months = MONTH_NAMES[lang] ?? MONTH_NAMES.en!;
  const month = months[date.month - 1]!;
  if (lang === 'de') return [date.day === undefined ? '' : `${date.day}.`, month, date.year ?? ''].filter(Boolean).join(' ');
  return `${month}${date.day === undefined ? '' : ` ${date.day}`}${date.year === undefined ? '' : `${date.day === undefined ? '' : ','} ${date.year}`}`;
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
