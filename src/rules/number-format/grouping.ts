// How numbers in prose group their thousands: "4.800", "4 800", "4,800", "4'800", or not at all.
// Years, dates, references (phone numbers, postcodes, "Nr. 12345"), versions and decimals that
// read either way are left out: only counts and amounts have thousands to group.

import type { Lang } from '../../spec/types.js';
import { quantitiesOf } from '../../analysis/numbers.js';
import { languageOf } from '../../languages/index.js';
import { isQuoted } from '../../analysis/quotes.js';
import { outsideRunningText } from '../../analysis/running-text.js';

export interface Numeral {
  start: number;
  end: number;
  raw: string;
  /** The integer part's digit groups: ["2", "500", "000"], or one group when not grouped. */
  groups: string[];
  /** The separator between the groups as written; undefined when not grouped. */
  separator?: string;
  /** The decimal part, digits only. */
  fraction?: string;
}

// Spaces of any width group alike, and so do both apostrophes.
const SPACES = ' \u00a0\u202f\u2009';
export const separatorClass = (char: string) => (SPACES.includes(char) ? ' ' : char === '’' ? "'" : char);

const RUN = /\d+(?:[.,'’ \u00a0\u202f\u2009]\d+)*/gu;
// An identifier, code, phone number or path around the digits: "A12345", "#12345", "+49", "12345/2".
const INSIDE_IDENTIFIER_BEFORE = /[\p{L}\p{N}_\-/#@+§]$/u;
const INSIDE_IDENTIFIER_AFTER = /^(?:[\p{L}_]|[/]\d)/u;
// Said to be a German or US postcode: "PLZ 10115", "ZIP 94103", "CA 94103" ("D-10115" is an identifier).
const POSTCODE_BEFORE = /\b(?:PLZ|ZIP|Postleitzahl|postcode|zip code):?\s?$/iu;
const US_STATE_BEFORE = /\b[A-Z]{2}\s$/u;
const IDENTIFIER_BEFORE =
  /\b(?:ID|Kennung|Aktenzeichen|Az\.|Ticket|Order|Auftrag|Bestellung|Rechnung|Invoice|Konto|Account|Kundennr\.|Art\.-Nr\.|ISBN|EAN|IBAN|BIC|Matrikel|Vorgang|Projekt|Issue|PR|Pull Request|Build|Port|Code)\s?:?\s?$/iu;

/** The decimal mark that goes with a thousands separator: the other of "." and ",". */
export function decimalMarkFor(thousands: string, lang: Lang): string {
  if (thousands === ',') return '.';
  if (thousands === '.') return ',';
  return languageOf(lang).numbers.decimal;
}

/** Counts and amounts of 1,000 and more in `text`, with how they group their digits. */
export function numerals(block: { text: string }, lang: Lang, decimalMark: string): Numeral[] {
  const { text } = block;
  const quantities = quantitiesOf(block, lang);
  const found: Numeral[] = [];
  for (const m of text.matchAll(RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 24), start);
    if (INSIDE_IDENTIFIER_BEFORE.test(before) || INSIDE_IDENTIFIER_AFTER.test(text.slice(end, end + 2)) || IDENTIFIER_BEFORE.test(before)) continue;
    // readQuantities knows dates, years, references and versions: none has thousands to group.
    // Ordinals do ("der 10.000. Kunde"), and a count that ends a sentence reads like one
    // ("auf 12.400."). Where it read only the start of the digits ("2.500" of "2.500.000" in
    // English, as if a version), its verdict is about another number.
    const read = quantities.find((q) => q.start <= start && start < q.end);
    if (read && (read.kind === 'date' || ((read.role === 'year' || read.role === 'reference') && read.end >= end))) continue;
    const numeral = parse(m[0], decimalMark);
    if (!numeral || digits(numeral) < 4) continue;
    if (numeral.separator === undefined && isPostcode(text, start, end, numeral)) continue;
    // Figures in a table are aligned in columns, as the table's author set them; a quotation is
    // someone else's wording.
    if (outsideRunningText(block, start) || isQuoted(block, start)) continue;
    found.push({ start, end, raw: m[0], ...numeral });
  }
  return found;
}

function isPostcode(text: string, start: number, end: number, numeral: Omit<Numeral, 'start' | 'end' | 'raw'>): boolean {
  if (numeral.groups[0]!.length !== 5 || numeral.fraction !== undefined) return false;
  // After a house number ("Lindenstraße 85, 10969"), or opening a part of an address before a town
  // ("Brisa Bikes, 04229 Leipzig"); "25000 Kunden" mid-sentence is a count.
  const before = text.slice(Math.max(0, start - 16), start);
  const opensPart = start === 0 || /(?:[,;|(]|\n)\s*$/u.test(before);
  return POSTCODE_BEFORE.test(before) || US_STATE_BEFORE.test(before) || /\d\s?\p{Ll}?,\s+$/u.test(before) || (opensPart && /^,?\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 6)));
}

const digits = (n: Pick<Numeral, 'groups'>) => n.groups.join('').length;

/** The groups and decimal part of a run of digits; undefined where it is no well-formed number. */
function parse(raw: string, decimalMark: string): Omit<Numeral, 'start' | 'end' | 'raw'> | undefined {
  const groups = raw.split(/[^\d]/u);
  const separators = raw.replace(/\d/gu, '').split('');
  let fraction: string | undefined;
  // One decimal mark at the end is a decimal part; more than one are group separators ("2,500,000" in German).
  if (separators.length > 0 && separators[separators.length - 1] === decimalMark && separators.indexOf(decimalMark) === separators.length - 1) {
    fraction = groups.pop();
    separators.pop();
  }
  const classes = new Set(separators.map(separatorClass));
  if (classes.size > 1 || groups[0]!.startsWith('0')) return undefined;
  if (separators.length > 0 && (groups[0]!.length > 3 || groups.slice(1).some((g) => g.length !== 3))) return undefined;
  return { groups, ...(separators.length > 0 ? { separator: separators[0]! } : {}), ...(fraction === undefined ? {} : { fraction }) };
}

/** The numeral written with `thousands` between its groups of three and `decimalMark` before its decimals. */
export function regroup(numeral: Numeral, thousands: string, decimalMark: string): string {
  const integer = numeral.groups.join('').replace(/\B(?=(\d{3})+(?!\d))/gu, thousands);
  return numeral.fraction === undefined ? integer : `${integer}${decimalMark}${numeral.fraction}`;
}
