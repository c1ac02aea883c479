// The one tokenizer: words with offsets, lowercase and stem, for any language.

import type { Lang } from '../spec/types.js';
import { languageOf } from '../languages/index.js';
import { runTable } from '../util/memo.js';

export interface Token {
  /** Offset in the prose block's text. */
  start: number;
  end: number;
  text: string;
  lower: string;
  stem: string;
}

// A word is a run of letters, digits and marks; an apostrophe inside a word keeps it whole
// (don't, Kunden's): /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*/u, read by hand below, since the
// tokenizer runs over every word of every draft and a regular expression's match costs an array.
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const DIGIT = /^\p{N}$/u;
const NONE = 0;
const LETTER = 1;
const NUMBER = 2;
/** Each code point's class, computed when first met: plain text meets a few hundred. */
const classes = new Map<number, number>();
function classOf(code: number): number {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? LETTER : code >= 0x30 && code <= 0x39 ? NUMBER : NONE;
  let found = classes.get(code);
  if (found === undefined) {
    const char = String.fromCodePoint(code);
    classes.set(code, (found = LETTER_OR_MARK.test(char) ? LETTER : DIGIT.test(char) ? NUMBER : NONE));
  }
  return found;
}
const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;

/** The end of the run of code points of `wanted` classes from `at` (a bit set of LETTER and NUMBER). */
function runEnd(text: string, at: number, wanted: number): number {
  let i = at;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    if ((classOf(code) & wanted) === 0) break;
    i += code > 0xffff ? 2 : 1;
  }
  return i;
}

/** The end of the word that starts at `start`. */
function wordEnd(text: string, start: number): number {
  let end = runEnd(text, start, LETTER | NUMBER);
  while (end + 1 < text.length && isApostrophe(text.charCodeAt(end))) {
    const after = runEnd(text, end + 1, LETTER);
    if (after === end + 1) break;
    end = after;
  }
  return end;
}

/** A word as written, lowercase and stemmed: each spelling is lowercased once a run, each lowercase word stemmed once. */
const spellings = runTable<Lang, Map<string, { lower: string; stem: string }>>();

export function tokenize(text: string, lang: Lang): Token[] {
  let known = spellings.get(lang);
  if (!known) spellings.set(lang, (known = new Map()));
  const { stem } = languageOf(lang);
  const tokens: Token[] = [];
  for (let start = 0; start < text.length;) {
    const code = text.codePointAt(start)!;
    if (classOf(code) === NONE) {
      start += code > 0xffff ? 2 : 1;
      continue;
    }
    const end = wordEnd(text, start);
    const word = text.slice(start, end);
    let forms = known.get(word);
    if (forms === undefined) {
      const lower = word.toLowerCase();
      // "Kunden" and "kunden" share one entry: the lowercase spelling's.
      forms = known.get(lower);
      if (forms === undefined) known.set(lower, (forms = { lower, stem: stem(lower) }));
      known.set(word, forms);
    }
    tokens.push({ start, end, text: word, lower: forms.lower, stem: forms.stem });
    start = end;
  }
  return tokens;
}

/** True where the text between two tokens only joins them: spaces, one hyphen or a gender mark. */
export function isJoiner(between: string): boolean {
  // Gender marks join too: "Kund:innen", "Kund*innen", "Kund_innen".
  return /^(?:[ \t\u00a0\u202f]*[-‐‑][ \t\u00a0\u202f]*|[ \t\u00a0\u202f\r\n]+|[:*_·])$/u.test(between);
}

// Kept on the block itself under a symbol (which neither JSON nor structured clone copies): some
// eight rules ask for every block's tokens, and a WeakMap lookup costs three times as much.
const TOKENS = Symbol('tokens');

/** The tokens of a prose block, computed once however many rules ask. */
export function tokensOf(block: { text: string }, lang: Lang): Token[] {
  const memo = block as { [TOKENS]?: { lang: Lang; tokens: Token[] } };
  const cached = memo[TOKENS];
  if (cached?.lang === lang) return cached.tokens;
  const tokens = tokenize(block.text, lang);
  memo[TOKENS] = { lang, tokens };
  return tokens;
}

// Stands between a sentence's end and its first word without changing that: spaces, opening
// marks, emphasis left over, list bullets, masked code or HTML, emoji and other symbols.
const BEFORE_FIRST_WORD = /[\s"„“”‚‘’»«'([*_–—\-•·\uFFFC\u200d\p{Extended_Pictographic}\p{S}\p{M}]/u;

/** True when nothing but opening punctuation and symbols stands between `offset` and a sentence end or the block start. */
export function startsSentence(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const char = text[i]!;
    if (BEFORE_FIRST_WORD.test(char)) continue;
    return /[.!?:…]/u.test(char);
  }
  return true;
}

/**
 * Whether the span is part of an identifier rather than a word of prose: "rust-lang/rust",
 * "rust-analyzer", "rust#95513", "@brisa", "file_name", "Rust+WASM". Casing rules leave such spans alone.
 */
export function isIdentifierPart(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text.slice(end, end + 2);
  if (/[/#_@.+\\]/u.test(before) || /^[/#_@:.+\\][\p{L}\p{N}]/u.test(after)) return true;
  // A lowercase hyphen chain ("rust-analyzer", also after a label: "T-crates-io") names a thing; a capitalised one is a compound.
  const span = text.slice(start, end);
  return span === span.toLowerCase() && (/^-\p{Ll}/u.test(after) || (before === '-' && /[\p{L}\p{N}]/u.test(text[start - 2] ?? '')));
}
