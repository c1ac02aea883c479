// The sentence a finding stands in, as the draft writes it, with the flagged part marked: what
// reports quote so that a reader sees the problem in its context, not only a line and column.

import { sentencesOf } from '../analysis/sentences.js';
import { MASK, sourceOffset, type ProseBlock } from '../markdown/prose.js';
import type { Lang } from '../spec/types.js';
import type { QuotedSentence } from './finding.js';

/** The longest quote a report shows; a longer sentence keeps the flagged part and the words nearest it. */
export const SENTENCE_MAX = 320;
/** Words kept on each side of a flagged part that alone fills the quote. */
const MIN_CONTEXT = 40;

/** A line break in the text reads as a space. */
const oneLine = (text: string) => text.replace(/[ \t]*(?:\r\n?|\n)[ \t]*/g, ' ');

/** The source of an element that stands in the prose as one mask: inline code, inline HTML, an image. */
function element(source: string, at: number, next: number): string {
  const ticks = /^`+/.exec(source.slice(at, at + 64))?.[0];
  if (ticks) {
    const close = source.indexOf(ticks, at + ticks.length);
    if (close >= 0) return source.slice(at, close + ticks.length);
  }
  if (source[at] === '<') {
    const close = source.indexOf('>', at);
    if (close >= 0) return source.slice(at, close + 1);
  }
  return source.slice(at, Math.max(at + 1, next)).trimEnd();
}

/**
 * The prose text from `from` to `to` with what is masked in it (inline code, HTML, URLs) as the
 * source writes it, so that a quote shows `npm ci` where the rules saw a mask.
 */
function shown(source: string, block: ProseBlock, from: number, to: number): string {
  const text = block.text.slice(from, to);
  if (!text.includes(MASK)) return oneLine(text);
  let out = '';
  let at = from;
  for (const match of text.matchAll(/\uFFFC+/g)) {
    const start = from + match.index;
    const end = start + match[0].length;
    out += block.text.slice(at, start);
    const [first, last] = [sourceOffset(block, start), sourceOffset(block, end, true)];
    if (last - first === end - start && end - start > 1) out += source.slice(first, last);
    else for (let i = start; i < end; i++) out += element(source, sourceOffset(block, i), i + 1 < block.text.length ? sourceOffset(block, i + 1) : sourceOffset(block, i, true));
    at = end;
  }
  return oneLine(out + block.text.slice(at, to));
}

/** The end of `text` from about `length` characters before its end on, cut at a space. */
function tail(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(text.length - length);
  const space = cut.indexOf(' ');
  return `… ${space >= 0 && space < cut.length - 1 ? cut.slice(space + 1) : cut}`;
}

/** The start of `text`, about `length` characters, cut at a space. */
function head(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut} …`;
}

/**
 * The sentence (or sentences) of `block` that the prose span `start`–`end` stands in, as the
 * source writes it on one line, and where in that text the flagged part is.
 */
export function sentenceAround(source: string, block: ProseBlock, lang: Lang, start: number, end: number): QuotedSentence | undefined {
  // The sentences the rules read, kept on the block: most findings' blocks have them already.
  const sentences = sentencesOf(block, lang);
  const first = sentences.find((s) => s.end > start) ?? sentences[sentences.length - 1];
  const last = end > start ? (sentences.findLast((s) => s.start < end) ?? first) : first;
  const from = Math.min(first?.start ?? start, start);
  const to = Math.max(last?.end ?? end, end);
  let flagged = shown(source, block, start, Math.max(start, end));
  let before = shown(source, block, from, start).trimStart();
  let after = shown(source, block, Math.max(start, end), to).trimEnd();
  if (before.length + flagged.length + after.length > SENTENCE_MAX) {
    if (flagged.length > SENTENCE_MAX - 2 * MIN_CONTEXT) flagged = head(flagged, SENTENCE_MAX - 2 * MIN_CONTEXT);
    const room = SENTENCE_MAX - flagged.length;
    const side = Math.max(MIN_CONTEXT, Math.floor(room / 2));
    // What one side leaves unused, the other may take.
    const beforeRoom = after.length < side ? room - after.length : side;
    const afterRoom = before.length < side ? room - before.length : side;
    before = tail(before, beforeRoom);
    after = head(after, afterRoom);
  }
  if (before.length + flagged.length + after.length === 0) return undefined;
  return { text: before + flagged + after, mark: [before.length, before.length + flagged.length] };
}
