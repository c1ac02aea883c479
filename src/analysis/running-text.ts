// Where in a prose block the house style for dates and numbers applies: running text, not a table
// row or alt text, and for dates a sentence rather than a listing (a schedule entry, a deadline, a label, a byline).

import type { Lang } from '../spec/types.js';
import { languageOf } from '../languages/index.js';
import { MASK } from '../markdown/prose.js';
import { splitSentences } from './sentences.js';

/**
 * Whether `offset` lies outside running text: in a table's row (a GFM table, or a table written as
 * text: "| 2024-03-21 | 1.77 |", "Start 16.06.2021 | 09:00 Uhr") or in an image's alt text, which
 * transcribes what the image shows (a chart's labels) in the image's own figures.
 */
export function outsideRunningText(block: { text: string; kind?: string }, offset: number): boolean {
  if (block.kind === 'row' || block.kind === 'alt') return true;
  const { text } = block;
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  const line = text.slice(start, end < 0 ? text.length : end);
  return /^\s*\||\s\|\s/u.test(line);
}

// A colon before a space ends a label ("Anmeldeschluss: Mittwoch, 25.09.2024", "**2023-12-18:** Return …"),
// and so does a title's exclamation or question mark before a comma ("… Programmierveranstaltung!, Bewerbungsfrist, 30.09.2024").
const LABEL_END = new RegExp(`:(?=[\\s${MASK}]|$)|[!?](?=,)`, 'gu');
const ENDS_SENTENCE = new RegExp(`[.!?…]["'”“»«’‘)\\]*_]*[\\s${MASK}]*$`, 'u');
const NEXT_SENTENCE = new RegExp(`^[\\s${MASK}]*(?:$|[\\p{L}"'„“”»«‚‘(\\[*_])`, 'u');
const BEFORE_OPENING = new RegExp(`[^\\s${MASK}*_]`, 'u');
// Hyphenated words are one word: "WIR-Haus" is no "wir".
const WORD = /[\p{L}'’]+(?:-[\p{L}'’]+)*/gu;

/**
 * Whether the stretch at `start` is a sentence: the part of its sentence after the last label colon
 * holds a pronoun or an auxiliary verb of the language, ends with a full stop before the next
 * sentence, or (German) has an article right before `start` ("am 12.05.2026"). A listing has none
 * of these: "Freitag, 07.04.2023, 19:00, Kampnagel: …", "Comment by @tmandry posted on 2025-02-26:".
 * Languages without clause words are read as running text throughout.
 */
export function inSentence(block: { text: string }, start: number, lang: Lang): boolean {
  const language = languageOf(lang);
  const clauseWords = language.clauseWords;
  if (!clauseWords) return true;
  const { text } = block;
  const sentence = splitSentences(text, lang).find((s) => s.start <= start && start < s.end) ?? { start: 0, end: text.length };
  let from = sentence.start;
  let to = sentence.end;
  for (const colon of text.slice(sentence.start, sentence.end).matchAll(LABEL_END)) {
    const at = sentence.start + colon.index;
    if (at < start) from = at + 1;
    else {
      to = at;
      break;
    }
  }
  const stretch = text.slice(from, to);
  // A parenthesis is a clause of its own: "Mitten in Hamburg (die genaue Location erhaltet Ihr nach Anmeldung)".
  const own = stretch.replace(/\([^()]*\)/gu, (aside, at: number) => (from + at <= start && start < from + at + aside.length ? aside : ' '));
  const words = [...own.matchAll(WORD)].map((w) => w[0]);
  if (words.some((word) => clauseWords.has(word.toLowerCase()))) return true;
  const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, start - 12), start))?.[1];
  if (before && language.dates.inSentenceAfter?.has(before.toLowerCase())) return true;
  // A full stop counts where a sentence ends, before another one or at the end of the block, after
  // words in lower case: not after "III." or "Lorenzstr." in an address ("…, III. Koppelweg 6, Gifhorn").
  return to === sentence.end && words.filter((word) => /^\p{Ll}/u.test(word)).length >= 2 && ENDS_SENTENCE.test(stretch) && NEXT_SENTENCE.test(text.slice(to));
}

/** Whether `start` opens its block: a date there labels an entry (a press list, an agenda, a timeline). */
export function opensBlock(block: { text: string }, start: number): boolean {
  return !BEFORE_OPENING.test(block.text.slice(0, start));
}
