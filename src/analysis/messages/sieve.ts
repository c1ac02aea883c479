// A cheap first test of whether a word may relate to any of a few words by how it begins or ends:
// bits of hashes, with no strings made and no map looked up. It may let through a word that does not
// relate (two hashes can collide), never turn away one that does.

import { Bits } from '../../util/bits.js';

const BITS = 1 << 16;

/** The hash of `text[from, to)`, tagged as a beginning or an ending. */
function hash(text: string, from: number, to: number, tag: number): number {
  let hash = 0x811c9dc5 ^ tag;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % BITS;
}

// A beginning is the first three letters (a shorter text whole), an ending the last four (a
// shorter text has none).
const START = 3;
const END = 4;

export class EdgeSieve {
  private readonly bits = new Bits(BITS);

  /** Keeps how `text` begins: any text with the same first three letters passes `hasStart` (the same text, if shorter). */
  addStart(text: string): void {
    this.bits.add(hash(text, 0, Math.min(START, text.length), 0));
  }

  /** Keeps how `text` ends, if it has four letters or more: any text that ends like it passes `hasEnd`. */
  addEnd(text: string): void {
    if (text.length >= END) this.bits.add(hash(text, text.length - END, text.length, 1));
  }

  hasStart(text: string): boolean {
    return this.bits.has(hash(text, 0, Math.min(START, text.length), 0));
  }

  hasEnd(text: string): boolean {
    return text.length >= END && this.bits.has(hash(text, text.length - END, text.length, 1));
  }
}
