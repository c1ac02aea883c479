// German compounds with a multi-word name: "Brisa-Bikes-Händler", not "Brisa Bikes Händler"
// nor "Brisa Bikes-Händler" (Durchkopplung). A longer name or title that merely starts with the
// term ("Open Data Day 2014", "Open Source Initiative") is no compound and keeps its spelling.

import type { Token } from '../../analysis/tokens.js';
import type { Language } from '../../languages/index.js';
import { sourceOffset, type ProseBlock } from '../../markdown/prose.js';
import { isQuoted } from '../../analysis/quotes.js';
import { linkAround } from '../../markdown/links.js';
import { languageOf } from '../../languages/index.js';
import { LEGAL_FORM } from '../../analysis/organisations.js';

// Compounds are German; English names in German text run on with English function words.
const english = () => languageOf('en');
const german = () => languageOf('de');

// A legal form follows a name without forming a compound with it, and so do the words of a
// company's name before one (the language adds its own words).
const LEGAL_FORM_AFTER = new RegExp(String.raw`^[ \u00a0\n]+${LEGAL_FORM}`, 'u');
const COMPANY_WORDS = new Set(['co', 'group', 'holding']);

// German umlauts written without them: "Muenster", "Koeln".
const UMLAUTS: Record<string, string> = { ae: 'ä', oe: 'ö', ue: 'ü' };

/** A word and each of it with one letter left out: two words share one of these where they are one letter apart. */
const withOneLetterLess = (word: string) => [word, ...Array.from(word, (_, i) => word.slice(0, i) + word.slice(i + 1))];

const misspeltPlaces = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** Whether a word is one letter away from a known place of five letters or more: "Chemitz", "Müster". */
function nearPlace(lower: string, places: ReadonlySet<string>): boolean {
  if (lower.length < 5) return false;
  let near = misspeltPlaces.get(places);
  if (near === undefined) misspeltPlaces.set(places, (near = new Set([...places].filter((place) => place.length >= 5).flatMap(withOneLetterLess))));
  return withOneLetterLess(lower).some((variant) => near.has(variant));
}

/**
 * Whether a word names a known place: as written, in the genitive ("Kölns"), with its umlauts written
 * out ("Muenster") or misspelt by one letter ("Chemitz"); a hyphenated region is known whole
 * ("Mecklenburg-Vorpommern") or by one of its towns ("Bonn-Rhein-Sieg", "Schleswig-Flensburg").
 */
function knownPlace(word: string, places: ReadonlySet<string>): boolean {
  const known = (name: string) => places.has(name) || (name.endsWith('s') && places.has(name.slice(0, -1)));
  const whole = word.toLowerCase();
  if (known(whole)) return true;
  return whole.split('-').some((part) => {
    const spelt = part.replace(/([aou])e/gu, (pair) => UMLAUTS[pair]!);
    return known(part) || known(spelt) || nearPlace(spelt, places);
  });
}

/**
 * Whether a capitalised word after a name is a place ("OK Lab Berlin"): a known place, or any word
 * followed by its region in parentheses, as German names a town ("OK Lab Forst (Lausitz)", "Frankfurt (Oder)").
 */
function isPlace(word: string, after: string, { places }: NonNullable<Language['compounds']>): boolean {
  return knownPlace(word, places) || /^[ \u00a0\n]*\(\p{Lu}\p{Ll}[\p{L}-]*\)/u.test(after);
}

// A name of two or more capitalised words and a conjunction, right before another name.
const SHARED_NOUN_BEFORE = /(?<![\p{L}-])\p{Lu}[\p{L}\p{N}]*(?:[ \u00a0\n]+\p{Lu}[\p{L}\p{N}]*)+[ \u00a0\n]+(?:&|und|oder|sowie|and|or)[ \u00a0\n]+$/u;

// A capitalised word, then apart from it a compound's first parts joined by hyphens up to the name.
const BEGUN_APART = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*[ \u00a0\n]+[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*-$/u;

/**
 * Whether a compound that reaches the name at `start` was begun further left, after a capitalised
 * word written apart ("Best Practice-Open Data-Projekte"): hyphenating from the name on would leave
 * it half coupled, so a person completes it.
 */
export const begunApart = (text: string, start: number) => BEGUN_APART.test(text.slice(Math.max(0, start - 80), start));

export interface CompoundProblem {
  /** End of the span to replace (its start is the name's start). */
  end: number;
  expected: string;
  /**
   * Whether the compound surely starts with the name and ends with the noun, so that the expected
   * text is a safe fix. Another capitalised word after a noun joined by a space ("Code for Germany
   * Community Call", "Open Data Portal Daten laden") may carry the compound on or start the next
   * phrase, and one begun further left ("Best Practice-Open Data-Projekte") is not the name's: a person decides.
   */
  fixable: boolean;
}

/** The name as found in the prose: its tokens, the phrase's words they match, and where the block's text comes from. */
export interface FoundName {
  block: ProseBlock;
  source: string;
  tokens: readonly Token[];
  words: readonly Token[];
}

/**
 * Checks the word after a name: a capitalised noun joined by a space, or by a hyphen while the
 * name's own words stay apart, makes an unhyphenated compound.
 */
export function unhyphenatedCompound({ block, source, tokens, words }: FoundName, compounds: NonNullable<Language['compounds']>): CompoundProblem | undefined {
  const { text } = block;
  const last = tokens[tokens.length - 1]!;
  // An inflected name ("Code for Germanys Out in the Open") stands alone: a compound's first part takes no ending.
  if (last.lower !== words[words.length - 1]!.lower) return undefined;
  const next = /^([ \u00a0\n]|-)(\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*)/u.exec(text.slice(last.end));
  if (!next) return undefined;
  const [whole, joiner, noun] = next as unknown as [string, string, string];
  const innerSpaces = tokens.slice(1).some((token, i) => text.slice(tokens[i]!.end, token.start) !== '-');
  if (joiner === '-' && !innerSpaces) return undefined;
  const end = last.end + whole.length;
  // A legal form, a pronoun or a place follows a name without forming a compound ("OK Lab Berlin").
  if (
    joiner !== '-' &&
    (LEGAL_FORM_AFTER.test(text.slice(last.end)) || [COMPANY_WORDS, compounds.notAfterName].some((words) => words.has(noun.toLowerCase())) || isPlace(noun, text.slice(end), compounds))
  )
    return undefined;
  if (partOfName(block, source, tokens[0]!.start, last.end, end, compounds)) return undefined;
  // Joined by "&" or "und" to a name of several words before it, the name may share its noun with
  // that one ("der Open Knowledge & Open Source Community"): hyphenating one half would be wrong.
  if (SHARED_NOUN_BEFORE.test(text.slice(Math.max(0, tokens[0]!.start - 80), tokens[0]!.start))) return undefined;
  // The name's words as the term spells them ("Code For Germany Community" → "Code-for-Germany-Community").
  const name = tokens.map((token, i) => (token.lower === words[i]!.lower ? words[i]!.text : token.text)).join('-');
  // A hyphen ends the compound where the writer put it ("Open Data-Experte Thomas Tursics").
  return { end, expected: `${name}-${noun}`, fixable: !begunApart(text, tokens[0]!.start) && (joiner === '-' || !/^[ \u00a0\n]+\p{Lu}/u.test(text.slice(end))) };
}

/**
 * Whether the name and the noun after it (`start` to `end`, the name ending at `nameEnd`) are part
 * of a longer name or title rather than a compound: markup stands between them (a link's end,
 * emphasis), they are quoted, a link's or emphasis's whole text or the draft's whole title, an English function
 * word carries the name on ("OK Lab Code for Heilbronn"), a figure follows
 * ("Open Data Day 2014", "Open Source Monitor 2025") or a place ("Open Data Informationsstelle
 * Berlin"), or a foreign noun that ends names of events and bodies ends them ("Open Data Day",
 * "Open Source Business Alliance").
 */
function partOfName(block: ProseBlock, source: string, start: number, nameEnd: number, end: number, { foreignNameHeads, places }: NonNullable<Language['compounds']>): boolean {
  const { text } = block;
  const from = sourceOffset(block, nameEnd, true);
  const to = sourceOffset(block, end, true);
  if (source.slice(from, to) !== text.slice(nameEnd, end)) return true;
  const opening = source[sourceOffset(block, start) - 1] ?? '';
  if ((opening === '[' && source[to] === ']') || (/[*_]/u.test(opening) && source[to] === opening) || isQuoted(block, start, end)) return true;
  // A draft's title that is only the name and a noun names what the draft is about: a project, an event ("Open Data Atlas").
  if (block.frontMatterKey === 'title' && text.slice(0, start).trim() === '' && text.slice(end).trim() === '') return true;
  const englishOnly = (word: string) => english().stopWords.has(word) && !german().stopWords.has(word);
  const word = /^[ \u00a0\n]+(\p{Ll}+)(?![\p{L}])/u.exec(text.slice(end))?.[1];
  if (word !== undefined && englishOnly(word)) return true;
  // An English function word before the name makes it part of an English phrase ("Free and Open Source
  // Software", "Free and Open Source Developers' European Meeting"); a legal form after the noun, a
  // company's name ("Open Source Science B.V.").
  const before = /(?<![\p{L}])(\p{Ll}+)[ \u00a0\n]+$/u.exec(text.slice(0, start))?.[1];
  if (before !== undefined && englishOnly(before)) return true;
  if (LEGAL_FORM_AFTER.test(text.slice(end))) return true;
  // A link text in title case names the linked page ("[Lessons From Open-Source Software](…)"); German
  // running text in a link has lowercase words ("[auf dem Open Data Portal der EU](…)").
  const link = linkAround(source, sourceOffset(block, start), to);
  if (link) {
    const words = source.slice(link.textStart, link.textEnd).match(/[\p{L}][\p{L}\p{M}'’]*/gu) ?? [];
    if (words.every((w) => /^\p{Lu}/u.test(w) || englishOnly(w.toLowerCase()))) return true;
  }
  // An emphasised title with English function words besides the name's own is English ("**Code for
  // Cologne (OKLab Köln): OpenData Time**"): its words form no German compound.
  const emphasis = emphasisAround(source, sourceOffset(block, start), to)?.text;
  if (emphasis !== undefined) {
    const words = emphasis.replace(text.slice(start, nameEnd), ' ').match(/[\p{L}][\p{L}\p{M}'’]*/gu) ?? [];
    if (words.some((w) => englishOnly(w)) && words.every((w) => /^\p{Lu}/u.test(w) || englishOnly(w))) return true;
  }
  // A figure on the same line ("Open Data Day 2014"); on the next it may be a listing's date.
  if (/^[ \u00a0]+\d+\b/u.test(text.slice(end))) return true;
  const after = /^[ \u00a0\n]+(\p{Lu}[\p{L}-]*(?:[ \u00a0\n]+\p{Lu}[\p{L}-]*)?)/u.exec(text.slice(end))?.[1] ?? '';
  if (knownPlace(after.split(/[ \u00a0\n]+/u)[0]!, places)) return true;
  const nouns = [/([\p{L}]+)$/u.exec(text.slice(nameEnd, end))?.[1] ?? '', ...after.split(/[ \u00a0\n]+/u)];
  return nouns.some((noun) => foreignNameHeads.has(noun.toLowerCase()));
}

/**
 * The strong or emphasised span on one line that holds `from` to `to` in the source: its text and
 * the line before its opening marker; undefined where there is none.
 */
export function emphasisAround(source: string, from: number, to: number): { text: string; before: string } | undefined {
  const lineStart = source.lastIndexOf('\n', from - 1) + 1;
  const lineEnd = source.indexOf('\n', to);
  const line = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd);
  for (const span of line.matchAll(/(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1/gu)) {
    const textStart = lineStart + span.index + span[1]!.length;
    if (textStart <= from && to <= textStart + span[2]!.length) return { text: span[2]!, before: line.slice(0, span.index) };
  }
  return undefined;
}
