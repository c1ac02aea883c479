// Complete dates in running text and how they are written: long ("12. Mai 2026", "May 12, 2026",
// "12 May 2026"), numeric ("12.05.2026"; in English month first, "05/12/2026") or ISO ("2026-05-12").

import type { DateStyle, Lang } from '../../spec/types.js';
import { formatDate, quantitiesOf, type CalendarDate } from '../../analysis/numbers.js';
import { languageOf } from '../../languages/index.js';
import { isQuoted } from '../../analysis/quotes.js';
import { inSentence, outsideRunningText, opensBlock } from '../../analysis/running-text.js';

export type { DateStyle } from '../../spec/types.js';

export interface WrittenDate {
  start: number;
  end: number;
  raw: string;
  date: Required<CalendarDate>;
  style: DateStyle;
}

const pad = (n: number) => String(n).padStart(2, '0');

function styleOf(raw: string): DateStyle {
  if (/^\d{4}-\d{2}-\d{2}$/u.test(raw)) return 'iso';
  return /\p{L}/u.test(raw) ? 'long' : 'numeric';
}

/**
 * The dates with day, month and year in the running text of a block. Left out: dates in file names
 * and identifiers ("2026-03-14-launch.md", "nightly-2024-01-05"), timestamps with a time, dates
 * that open their block (entries of a press list or an agenda), table rows, quotations, and dates in listings
 * rather than sentences (schedule entries, deadlines, labels, bylines).
 */
export function writtenDates(block: { text: string }, lang: Lang): WrittenDate[] {
  // Dates are read in languages with a file of their own only: their numeric forms differ (BRIEF §4).
  if (!languageOf(lang).dates.checked) return [];
  const { text } = block;
  const found: WrittenDate[] = [];
  for (const q of quantitiesOf(block, lang)) {
    const date = q.date;
    if (q.kind !== 'date' || q.role || !date || date.day === undefined || date.year === undefined) continue;
    if (opensBlock(block, q.start) || outsideRunningText(block, q.start) || isQuoted(block, q.start) || !inSentence(block, q.start, lang)) continue;
    const raw = text.slice(q.start, q.end);
    found.push({ start: q.start, end: q.end, raw, date: { year: date.year, month: date.month, day: date.day }, style: styleOf(raw) });
  }
  return found;
}

// A date that is one end of a range ("18. bis 19.03.2023", "2024-10-09 to 2024-11-04") or shares
// its month and year with a bare day ("am 9. und 10.11.2019"): rewriting it alone would leave the
// other end as it was. Two whole dates in a list ("May 23, 2026 and 05/23/2026") are two dates.
const RANGE = '(?:[-–—]|bis|to|through|until|till)';
const LIST = '(?:und|oder|and|or|&)';
const LINKED_BEFORE = new RegExp(`(?:\\d[.)]?\\s*${RANGE}|(?<![\\d.])\\d{1,2}(?:\\.|st|nd|rd|th)?\\s*${LIST})\\s*$`, 'iu');
const LINKED_AFTER = new RegExp(`^\\s*(?:${RANGE}\\s*\\d|${LIST}\\s*\\d{1,2}(?:\\.|st|nd|rd|th)?(?![\\d./-]))`, 'iu');

/**
 * Whether the date can be rewritten in another style without a guess: a single date (no range or
 * pair), with a four-digit year ("31.3.23" names its century by assumption), and, in a language
 * that writes the month first, no slashed date that reads either way ("05/06/2026": 6 May to a
 * British reader).
 */
export function rewritable(text: string, written: WrittenDate, lang: Lang): boolean {
  if (LINKED_BEFORE.test(text.slice(Math.max(0, written.start - 24), written.start)) || LINKED_AFTER.test(text.slice(written.end, written.end + 24))) return false;
  if (written.style === 'numeric' && !/\d{4}$/u.test(written.raw)) return false;
  const { day, month } = written.date;
  return !(written.raw.includes('/') && languageOf(lang).dates.order === 'month-day' && day <= 12 && day !== month);
}

/** The date as `style` writes it in the language. */
export function writeDate(date: Required<CalendarDate>, style: DateStyle, lang: Lang): string {
  if (style === 'long') return formatDate(date, lang);
  if (style === 'iso') return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  return languageOf(lang).dates.order === 'month-day' ? `${pad(date.month)}/${pad(date.day)}/${date.year}` : `${pad(date.day)}.${pad(date.month)}.${date.year}`;
}
