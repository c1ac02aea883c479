// Quoted speech in prose: spans between quotation marks („…“ "…" »…« «…» “…” ‚…‘ ‘…’ '…'), and
// block quotes, which voice rules leave to the person quoted.

import type { ProseBlock } from '../markdown/prose.js';

/** `[start, end)` offsets in a block's text, the quotation marks included. */
export type QuoteSpan = [number, number];

interface Open {
  mark: string;
  at: number;
}

const LETTER = /[\p{L}\p{N}]/u;
// What may stand before an opening mark: nothing, space, an opening bracket or another mark.
const BEFORE_OPENING = /[\s([{„“‚‘»«"'—–\-/\uFFFC]/u;

/** The opening marks a closing mark ends, nearest first. */
const CLOSES: Record<string, string[]> = {
  '“': ['„'],
  '”': ['“', '„'],
  '‘': ['‚'],
  '’': ['‘', '‚'],
  '«': ['»'],
  '»': ['«'],
  '"': ['"'],
  "'": ["'"],
};

// Marks that only ever close; the others open when nothing they could close is open.
const CLOSING_ONLY = new Set(['”', '’']);
// Double marks left open run to the end of the block: a quote over several paragraphs opens each
// one and closes only the last. A single mark left open was an apostrophe after all.
const DOUBLE = new Set(['„', '“', '»', '«', '"']);

// Every quotation mark: the scan jumps from one to the next.
const MARKS = /[„‚“”‘’«»"']/g;

function canOpen(text: string, i: number): boolean {
  return (i === 0 || BEFORE_OPENING.test(text[i - 1]!)) && i + 1 < text.length && !/\s/u.test(text[i + 1]!);
}

function canClose(text: string, i: number): boolean {
  return i > 0 && !/\s/u.test(text[i - 1]!);
}

/** The spans of quoted speech in `text`, nested ones included. */
export function quotedSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const open: Open[] = [];
  MARKS.lastIndex = 0;
  for (let found = MARKS.exec(text); found; found = MARKS.exec(text)) {
    const i = found.index;
    const mark = found[0];
    // An apostrophe inside a word: don't, Leipzig's, geht’s.
    if ((mark === "'" || mark === '’') && LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? '')) continue;
    // German closing marks (“ ‘) also open English quotes; after an opening „ or ‚ they close.
    const match = canClose(text, i) || mark === '“' || mark === '‘' ? findOpen(open, CLOSES[mark] ?? []) : -1;
    if (match >= 0) {
      spans.push([open[match]!.at, i + 1]);
      open.length = match;
      continue;
    }
    if (!CLOSING_ONLY.has(mark) && canOpen(text, i)) open.push({ mark, at: i });
  }
  for (const unclosed of open) if (DOUBLE.has(unclosed.mark)) spans.push([unclosed.at, text.length]);
  return spans.sort((a, b) => a[0] - b[0]);
}

function findOpen(open: readonly Open[], marks: readonly string[]): number {
  for (let j = open.length - 1; j >= 0; j--) if (marks.includes(open[j]!.mark)) return j;
  return -1;
}

const cache = new WeakMap<Pick<ProseBlock, 'text'>, QuoteSpan[]>();

/** The spans of quoted speech in a block's text, found once however many rules ask. */
export function quotesOf(block: Pick<ProseBlock, 'text'>): readonly QuoteSpan[] {
  let spans = cache.get(block);
  if (!spans) cache.set(block, (spans = quotedSpans(block.text)));
  return spans;
}

/** Whether `[start, end)` of the block is quoted speech: inside quotation marks or a block quote. */
export function isQuoted(block: Pick<ProseBlock, 'text'> & { quoted?: boolean }, start: number, end = start + 1): boolean {
  if (block.quoted) return true;
  for (const [from, to] of quotesOf(block)) if (from <= start && end <= to) return true;
  return false;
}
