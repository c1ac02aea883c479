// Finds an approved block of text (boilerplate) in a draft and says how the draft's copy differs.

import type { Draft } from '../../drafts/types.js';
import type { Lang } from '../../spec/types.js';
import { diffWords, type Edit } from './diff.js';
import type { ProseBlock } from '../../markdown/prose.js';
import { tokenize, tokensOf, type Token } from '../../analysis/tokens.js';

export interface PlacedToken {
  token: Token;
  block: ProseBlock;
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

/** The draft's words across all prose blocks, in order. */
function wordsOf(draft: Draft): PlacedToken[] {
  return draft.blocks.flatMap((block) => tokensOf(block, draft.lang).map((token) => ({ token, block })));
}

const key = (t: Token) => t.lower;

/** The copy of `text` in the draft that shares the most words with it, and how it differs. */
export function findBoilerplate(draft: Draft, text: string, lang: Lang): BoilerplateMatch | undefined {
  const expected = tokenize(text, lang);
  if (expected.length === 0) return undefined;
  const words = wordsOf(draft);
  // Vote for where the copy starts: every shared word pair points at a start.
  const pairs = new Map<string, number[]>();
  expected.forEach((t, i) => {
    const next = expected[i + 1];
    if (next) pairs.set(`${key(t)} ${key(next)}`, [...(pairs.get(`${key(t)} ${key(next)}`) ?? []), i]);
  });
  const votes = new Map<number, number>();
  for (let j = 0; j + 1 < words.length; j++) {
    for (const i of pairs.get(`${key(words[j]!.token)} ${key(words[j + 1]!.token)}`) ?? []) votes.set(j - i, (votes.get(j - i) ?? 0) + 1);
  }
  if (votes.size === 0) return undefined;
  const start = Math.max(0, [...votes].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0]);
  const slack = Math.ceil(expected.length * 0.25) + 5;
  const region = words.slice(start, start + expected.length + slack);
  const edits = diffWords(
    expected,
    region.map((w) => w.token),
    (a, b) => a.text === b.text,
  );
  // The copy runs from its first to its last matching word; what the window took in around it is not part of it.
  let last = edits.length - 1;
  while (last >= 0 && edits[last]!.kind === 'added') last--;
  let first = 0;
  while (first < last && edits[first]!.kind === 'added') first++;
  const trimmed = edits.slice(first, last + 1);
  const consumed = (list: readonly Edit<Token>[]) => list.filter((e) => e.kind !== 'missing').length;
  const skipped = consumed(edits.slice(0, first));
  const same = trimmed.filter((e) => e.kind === 'same').length;
  return { text, similarity: same / expected.length, words: region.slice(skipped, skipped + consumed(trimmed)), edits: trimmed };
}

/** The changes of a copy in words: "`2015` instead of `2014`", "`Leipzig` missing", "`neu` added". */
export function describeEdits(match: BoilerplateMatch, most = 3): string[] {
  const blockOf = new Map(match.words.map((w) => [w.token, w.block]));
  // A run of words as written, punctuation inside it kept ("12.500", not "12 500").
  const written = (tokens: Token[], text: (t: Token) => string | undefined) => {
    const first = tokens[0]!;
    const last = tokens[tokens.length - 1]!;
    const source = text(first);
    return source !== undefined && source === text(last) ? source.slice(first.start, last.end) : tokens.map((t) => t.text).join(' ');
  };
  const approved = (tokens: Token[]) => written(tokens, () => match.text);
  const copied = (tokens: Token[]) => written(tokens, (t) => blockOf.get(t)?.text);
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
