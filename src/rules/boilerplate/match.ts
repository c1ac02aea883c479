// Finds an approved block of text (boilerplate) in a draft and says how the draft's copy differs.

import type { Draft } from '../../drafts/types.js';
import type { Lang } from '../../spec/types.js';
import { diffWords, type Edit } from './diff.js';
import { MASK, sourceOffset, type ProseBlock } from '../../markdown/prose.js';
import { tokenize, type Token } from '../../analysis/tokens.js';

export interface PlacedToken {
  token: Token;
  block: ProseBlock;
  /** A word of inline code: where the code span stands in the source. */
  code?: { from: number; to: number };
}

export interface BoilerplateMatch {
  /** The approved text. */
  text: string;
  /** Share of the approved words that stand in the draft's copy, in order. */
  similarity: number;
  /** The draft's copy, from its first to its last matching word. */
  words: PlacedToken[];
  edits: Edit<Token>[];
}

// Below this share of its words a block counts as missing, not as edited.
export const PRESENT = 0.5;

// Apostrophes and primes of any kind read as the straight one, one character for one (offsets stay):
// "you’d" in a draft is "you'd" in the spec. Quotes, dashes and spaces never are words.
const APOSTROPHES = /[‘’ʼ′´]/gu;
const plain = (text: string) => text.replace(APOSTROPHES, "'");

/** The inline code span whose opening backticks stand at `at` in the source: its text and end. */
function codeSpanAt(source: string, at: number): { text: string; end: number } | undefined {
  let fence = at;
  while (source[fence] === '`') fence++;
  const ticks = fence - at;
  if (ticks === 0) return undefined;
  for (let close = source.indexOf('`'.repeat(ticks), fence); close >= 0; close = source.indexOf('`'.repeat(ticks), close + ticks)) {
    // A longer run of backticks does not close the span.
    if (source[close + ticks] === '`' || source[close - 1] === '`') continue;
    return { text: source.slice(fence, close), end: close + ticks };
  }
  return undefined;
}

/**
 * A block's words in order, inline code included: the approved text is plain text, so its
 * `rustup default beta` is words, and so is the draft's.
 */
function blockWords(draft: Draft, block: ProseBlock): PlacedToken[] {
  const words: PlacedToken[] = tokenize(plain(block.text), draft.lang).map((token) => ({ token, block }));
  if (!block.text.includes(MASK)) return words;
  const code: PlacedToken[] = [];
  for (let at = block.text.indexOf(MASK); at >= 0; at = block.text.indexOf(MASK, at + 1)) {
    const from = sourceOffset(block, at);
    const span = codeSpanAt(draft.source, from);
    if (!span) continue;
    for (const token of tokenize(plain(span.text), draft.lang)) code.push({ token: { ...token, start: at, end: at + 1 }, block, code: { from, to: span.end } });
  }
  return [...words, ...code].sort((a, b) => a.token.start - b.token.start);
}

const key = (t: Token) => t.lower;

/**
 * The copy of `text` in the draft that shares the most words with it, and how it differs. The
 * copy stays within as many blocks as the approved text has paragraphs, from the block its first
 * shared word pair stands in, and never runs on into a heading.
 */
export function findBoilerplate(draft: Draft, text: string, lang: Lang): BoilerplateMatch | undefined {
  const expected = tokenize(plain(text), lang);
  if (expected.length === 0) return undefined;
  const words = draft.blocks.flatMap((block) => blockWords(draft, block));
  // Vote for where the copy starts: every shared word pair points at a start.
  const pairs = new Map<string, number[]>();
  expected.forEach((t, i) => {
    const next = expected[i + 1];
    if (next) pairs.set(`${key(t)} ${key(next)}`, [...(pairs.get(`${key(t)} ${key(next)}`) ?? []), i]);
  });
  const votes = new Map<number, { count: number; first: number }>();
  for (let j = 0; j + 1 < words.length; j++) {
    for (const i of pairs.get(`${key(words[j]!.token)} ${key(words[j + 1]!.token)}`) ?? []) {
      const vote = votes.get(j - i);
      if (vote) vote.count++;
      else votes.set(j - i, { count: 1, first: j });
    }
  }
  if (votes.size === 0) return undefined;
  const [offset, best] = [...votes].reduce((most, entry) => (entry[1].count > most[1].count ? entry : most));
  // The copy's blocks: the one its first shared pair stands in (a heading only there, as a title),
  // then the next ones, as many as the approved text has paragraphs.
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '').length;
  const blocks: ProseBlock[] = [];
  let body = 0;
  for (let j = best.first; j < words.length; j++) {
    const block = words[j]!.block;
    if (block === blocks[blocks.length - 1]) continue;
    if ((block.kind === 'heading' && blocks.length > 0) || body === paragraphs) break;
    blocks.push(block);
    if (block.kind !== 'heading') body++;
  }
  const within = new Set(blocks);
  const start = Math.max(
    0,
    offset,
    words.findIndex((w) => within.has(w.block)),
  );
  const slack = Math.ceil(expected.length * 0.25) + 5;
  const region = words.slice(start, start + expected.length + slack).filter((w) => within.has(w.block));
  const edits = diffWords(
    expected,
    region.map((w) => w.token),
    (a, b) => a.text === b.text,
  );
  // The copy runs from its first to its last matching word; what the window took in around it is not part of it.
  let last = edits.length - 1;
  while (last >= 0 && edits[last]!.kind === 'added') last--;
  let lead = 0;
  while (lead < last && edits[lead]!.kind === 'added') lead++;
  const trimmed = edits.slice(lead, last + 1);
  const consumed = (list: readonly Edit<Token>[]) => list.filter((e) => e.kind !== 'missing').length;
  const skipped = consumed(edits.slice(0, lead));
  const same = trimmed.filter((e) => e.kind === 'same').length;
  return { text, similarity: same / expected.length, words: region.slice(skipped, skipped + consumed(trimmed)), edits: trimmed };
}

/** The changes of a copy in words: "`2015` instead of `2014`", "`Leipzig` missing", "`neu` added". */
export function describeEdits(match: BoilerplateMatch, most = 3): string[] {
  const placed = new Map(match.words.map((w) => [w.token, w]));
  // A run of words as written, punctuation inside it kept ("12.500", not "12 500"); words of inline code as words.
  const written = (tokens: Token[], text: (t: Token) => string | undefined) => {
    const first = tokens[0]!;
    const last = tokens[tokens.length - 1]!;
    const source = text(first);
    const plainText = tokens.every((t) => !placed.get(t)?.code);
    return plainText && source !== undefined && source === text(last) ? source.slice(first.start, last.end) : tokens.map((t) => t.text).join(' ');
  };
  const approved = (tokens: Token[]) => written(tokens, () => match.text);
  const copied = (tokens: Token[]) => written(tokens, (t) => placed.get(t)?.block.text);
  const { edits } = match;
  const changes: string[] = [];
  for (let i = 0; i < edits.length;) {
    if (edits[i]!.kind === 'same') {
      i++;
      continue;
    }
    const missing: Token[] = [];
    const added: Token[] = [];
    while (i < edits.length && edits[i]!.kind !== 'same') {
      const edit = edits[i++]!;
      if (edit.kind === 'missing') missing.push(edit.expected);
      else if (edit.kind === 'added') added.push(edit.actual);
    }
    if (missing.length > 0 && added.length > 0) changes.push(`\`${copied(added)}\` instead of \`${approved(missing)}\``);
    else if (missing.length > 0) changes.push(`\`${approved(missing)}\` missing`);
    else changes.push(`\`${copied(added)}\` added`);
  }
  return changes.length > most ? [...changes.slice(0, most), `${changes.length - most} more`] : changes;
}
