// Whether the words of an approved text stand in a window of prose, for every window of a corpus
// at once. A word stands in a window by the same stem or form (1), or as a part of a compound
// ("Diebstahl" in "Diebstahlschutz") or a compound split into words ("Arbeitsweg" ~ "Weg zur
// Arbeit"), 0.75, since such a match may be a related word rather than the same.
//
// Each of these tests asks whether some token of the window has a property: the same stem, a
// compound part, the head of a split, the tail of a split. So what a window says about a word is
// the union of what its tokens say, kept as bits in a trace; and as tokens repeat from sentence to
// sentence and draft to draft, what one distinct token says is worked out once.

import { EdgeSieve } from './sieve.js';
import type { Token } from '../tokens.js';

/** A way to split a word into a head and a tail that may stand as two words. */
export interface Split {
  head: string;
  tail: string;
}

export interface TracedWord {
  token: Token;
  splits: Split[];
  /** Where the word's slots start in a trace of its text (see `Trace`). */
  offset: number;
}

/** The words of one approved text, and the length of a trace of it. */
export interface TracedText {
  content: readonly TracedWord[];
  slots: number;
}

/**
 * Per word of a text, from its `offset`: one slot of flags (SAME, PART), then the splits whose head
 * some token can stand for, then those whose tail some token can stand for, as bits.
 */
export type Trace = number[];

// Bits per slot: 30 keep every slot a small integer, which V8 stores and copies cheaply.
const BITS = 30;

const SAME = 1;
const PART = 2;

export function splitsOf(lower: string): Split[] {
  const splits: Split[] = [];
  for (let cut = 3; cut <= lower.length - 3; cut++) {
    const head = lower.slice(0, cut).replace(/(?:s|es|n|en)$/, '');
    if (head.length >= 3) splits.push({ head, tail: lower.slice(cut) });
  }
  return splits;
}

const masksOf = (word: { splits: readonly Split[] }) => Math.ceil(word.splits.length / BITS);

/** How many slots of a trace a word with these splits takes. */
export const slotsOf = (word: { splits: readonly Split[] }) => 1 + 2 * masksOf(word);

const partOf = (long: string, short: string) => short.length >= 4 && long !== short && (long.startsWith(short) || long.endsWith(short));

/** Adds what `token` says about `word` to `trace`. */
function traceWord(word: TracedWord, token: Token, trace: Trace): void {
  const { stem, lower } = word.token;
  if (token.stem === stem || token.lower === lower) trace[word.offset]! |= SAME;
  if (partOf(token.lower, stem) || partOf(lower, token.stem)) trace[word.offset]! |= PART;
  const masks = masksOf(word);
  word.splits.forEach(({ head, tail }, i) => {
    const slot = word.offset + 1 + Math.floor(i / BITS);
    const bit = 1 << (i % BITS);
    if (token.stem.startsWith(head) || token.lower === head) trace[slot]! |= bit;
    if (token.lower === tail || token.stem === tail || token.lower.startsWith(tail)) trace[slot + masks]! |= bit;
  });
}

/** How well `word` stands in a window whose sentences left these traces of its text: 1, 0.75 or 0. */
export function presence(word: TracedWord, trace: Trace | undefined, other?: Trace): number {
  const slot = (i: number) => (trace?.[i] ?? 0) | (other?.[i] ?? 0);
  const flags = slot(word.offset);
  if (flags & SAME) return 1;
  if (flags & PART) return 0.75;
  const masks = masksOf(word);
  const heads = word.offset + 1;
  for (let i = 0; i < masks; i++) if ((slot(heads + i) & slot(heads + masks + i)) !== 0) return 0.75;
  return 0;
}

/** Whether `word` stands in a window of the one token. */
export function standsIn(text: TracedText, word: TracedWord, token: Token): boolean {
  const trace = new Array<number>(text.slots).fill(0);
  traceWord(word, token, trace);
  return presence(word, trace) > 0;
}

// What a token or a sentence says about no text, shared: most say nothing about any.
const NOTHING: never[] = [];

/** Traces of a few approved texts, numbered by their place in the list they were given in. */
export class TraceIndex {
  // A token leaves a trace only where it begins like a word, its stem or the tail of a split, or
  // ends like the word or its stem (see `traceWord`): most tokens do neither, and stop here.
  private readonly sieve = new EdgeSieve();
  // The stemmer is a function of the lowercase form, so the lowercase form is the key.
  private readonly byToken = new Map<string, readonly { text: number; trace: Trace }[]>();

  constructor(private readonly texts: readonly TracedText[]) {
    for (const { token, splits } of texts.flatMap((text) => text.content)) {
      for (const start of [token.lower, token.stem, ...splits.map(({ tail }) => tail)]) this.sieve.addStart(start);
      this.sieve.addEnd(token.lower);
      this.sieve.addEnd(token.stem);
    }
  }

  /** What one token says about each text, where it says anything. */
  private tracesOf(token: Token): readonly { text: number; trace: Trace }[] {
    const { lower, stem } = token;
    if (!this.sieve.hasStart(lower) && !this.sieve.hasStart(stem) && !this.sieve.hasEnd(lower) && !this.sieve.hasEnd(stem)) return NOTHING;
    let traces = this.byToken.get(lower);
    if (!traces) {
      traces = this.texts.flatMap((text, number) => {
        const trace = new Array<number>(text.slots).fill(0);
        for (const word of text.content) traceWord(word, token, trace);
        return trace.some((slot) => slot !== 0) ? [{ text: number, trace }] : [];
      });
      this.byToken.set(lower, traces.length > 0 ? traces : NOTHING);
    }
    return traces;
  }

  /** The traces the tokens (of a sentence) leave on each text, by its number; none where they leave nothing. */
  union(tokens: readonly Token[]): readonly (Trace | undefined)[] {
    let traces: (Trace | undefined)[] | undefined;
    for (const token of tokens) {
      // Most tokens leave no trace: an empty list is not iterated.
      const found = this.tracesOf(token);
      if (found.length === 0) continue;
      for (const { text, trace } of found) {
        traces ??= new Array<Trace | undefined>(this.texts.length);
        const union = (traces[text] ??= new Array<number>(trace.length).fill(0));
        for (let i = 0; i < trace.length; i++) union[i]! |= trace[i]!;
      }
    }
    return traces ?? NOTHING;
  }
}
