// MinHash signatures and LSH banding: candidate pairs of similar word sets in near-linear time,
// without comparing every passage with every other.

import { Bits } from '../../util/bits.js';

/** Numbers in a signature: one least hash per permutation. */
export const PERMUTATIONS = 60;
const BANDS = 20;
const ROWS = PERMUTATIONS / BANDS;

/** FNV-1a with a seed and a final avalanche: a fast 32-bit hash of a text. */
export function fnv1a(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // A final avalanche, so that similar strings spread over the whole range.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash >>> 0;
}

/** The MinHash signature of a set of words: per permutation, the least hash of any word. */
export function signature(words: Iterable<string>): Uint32Array {
  const result = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const word of words) {
    // Double hashing (Kirsch–Mitzenmacher): h1 + i·h2 stands for the i-th permutation, added up
    // step by step. Hashing a word twice costs less than looking its hashes up in a table of every word.
    const step = fnv1a(word, 0x9e3779b9) | 1;
    let hash = fnv1a(word, 0);
    for (let i = 0; i < PERMUTATIONS; i++) {
      if (hash < result[i]!) result[i] = hash;
      hash = (hash + step) >>> 0;
    }
  }
  return result;
}

/** Signatures as one text, for a cache entry; `decodeSignatures` reads them back. */
export function encodeSignatures(signatures: readonly Uint32Array[]): string {
  const all = new Uint32Array(signatures.length * PERMUTATIONS);
  signatures.forEach((sig, k) => all.set(sig, k * PERMUTATIONS));
  return Buffer.from(all.buffer).toString('base64');
}

/** Many signatures in one flat array (no object per signature): signature i at i · PERMUTATIONS. */
export class Signatures {
  readonly count: number;
  constructor(readonly data: Uint32Array) {
    this.count = data.length / PERMUTATIONS;
  }

  /**
   * The signatures of several `encodeSignatures` texts (or their bytes, as the pipeline lays them
   * out), decoded into one array; `counts` tells how many each held. Bytes that stand one after
   * another in one buffer already are that array, not copied. A number stands for signatures left
   * unread (their length in bytes): they count in `corpusCount`, not in the array.
   */
  static decode(texts: readonly (string | Uint8Array | number)[]): { signatures: Signatures; counts: number[]; corpusCount: number } {
    const lengthOf = (text: string | Uint8Array | number) => (typeof text === 'number' ? text : typeof text === 'string' ? Buffer.byteLength(text, 'base64') : text.byteLength);
    const corpusCount = texts.reduce<number>((sum, text) => sum + lengthOf(text), 0) / 4 / PERMUTATIONS;
    const counts = texts.map((text) => (typeof text === 'number' ? 0 : lengthOf(text) / 4 / PERMUTATIONS));
    const read = texts.filter((text): text is string | Uint8Array => typeof text !== 'number');
    const adjoining = read.every((text, k) => {
      if (typeof text === 'string') return false;
      const before = k === 0 ? undefined : (read[k - 1] as Uint8Array);
      return before ? text.buffer === before.buffer && text.byteOffset === before.byteOffset + before.byteLength : text.byteOffset % 4 === 0;
    });
    const total = counts.reduce((sum, count) => sum + count, 0);
    if (adjoining && read.length > 0) {
      const first = read[0] as Uint8Array;
      return { signatures: new Signatures(new Uint32Array(first.buffer, first.byteOffset, total * PERMUTATIONS)), counts, corpusCount };
    }
    const data = new Uint32Array(total * PERMUTATIONS);
    const bytes = Buffer.from(data.buffer);
    let at = 0;
    for (const text of read) {
      if (typeof text === 'string') at += bytes.write(text, at, 'base64');
      else {
        bytes.set(text, at);
        at += text.byteLength;
      }
    }
    return { signatures: new Signatures(data), counts, corpusCount };
  }

  static join(parts: readonly Uint32Array[]): Signatures {
    const data = new Uint32Array(parts.reduce((sum, part) => sum + part.length, 0));
    let at = 0;
    for (const part of parts) {
      data.set(part, at);
      at += part.length;
    }
    return new Signatures(data);
  }

  /** The share of permutations on which signatures i and j agree: an estimate of their sets' Jaccard similarity. */
  estimatedJaccard(i: number, j: number): number {
    let same = 0;
    for (let k = 0; k < PERMUTATIONS; k++) if (this.data[i * PERMUTATIONS + k] === this.data[j * PERMUTATIONS + k]) same++;
    return same / PERMUTATIONS;
  }
}

/** A 32-bit hash of a band's rows: equal rows give equal hashes (and unequal ones rarely do). */
function bandHash(data: Uint32Array, index: number, band: number): number {
  let hash = 0x811c9dc5;
  const start = index * PERMUTATIONS + band * ROWS;
  for (let row = start; row < start + ROWS; row++) hash = Math.imul(hash ^ data[row]!, 0x01000193) ^ (hash >>> 15);
  return hash >>> 0;
}

/**
 * The keys of every band of signatures given as bytes (`encodeSignatures`, or the pipeline's):
 * per signature and band, its band hash mixed with the band's number, so that signatures can only
 * pair where they share a key. What the corpus snapshot indexes drafts by.
 */
export function bandKeys(bytes: Uint8Array): Uint32Array {
  // Bytes that stand at an offset not divisible by 4 (a base64 text decoded into a pooled buffer) are copied.
  const data = bytes.byteOffset % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4) : new Uint32Array(bytes.slice().buffer);
  const count = data.length / PERMUTATIONS;
  const keys = new Uint32Array(count * BANDS);
  for (let index = 0; index < count; index++) for (let band = 0; band < BANDS; band++) keys[index * BANDS + band] = Math.imul(bandHash(data, index, band) ^ band, 0x9e3779b1) >>> 0;
  return keys;
}

function sameBand(data: Uint32Array, i: number, j: number, band: number): boolean {
  const [a, b] = [i * PERMUTATIONS + band * ROWS, j * PERMUTATIONS + band * ROWS];
  for (let row = 0; row < ROWS; row++) if (data[a + row] !== data[b + row]) return false;
  return true;
}

/** Pairs of item numbers in one flat array that grows as needed: pair k is (first(k), second(k)). */
export class Pairs {
  private data = new Uint32Array(1024);
  length = 0;

  add(i: number, j: number): void {
    if (2 * this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[2 * this.length] = i;
    this.data[2 * this.length + 1] = j;
    this.length++;
  }

  first(k: number): number {
    return this.data[2 * k]!;
  }

  second(k: number): number {
    return this.data[2 * k + 1]!;
  }

  toArray(): [number, number][] {
    return Array.from({ length: this.length }, (_, k) => [this.first(k), this.second(k)]);
  }
}

/** The rows of a band folded into one number, far cheaper than its hash: equal bands fold alike. */
function foldedBand(data: Uint32Array, index: number, band: number): number {
  let folded = 0;
  for (let row = index * PERMUTATIONS + band * ROWS, end = row + ROWS; row < end; row++) folded ^= data[row]!;
  return folded;
}

/**
 * Candidate pairs with an item of a few wanted ones (a pre-commit check of one draft): only their
 * bands are kept, by hash, with a bit per low 16 bits of each band folded. One pass over every
 * other item tests its bands against those bits and hashes only the few that hit; the pairs are
 * then considered band by band, in the order a full run finds them.
 */
function fewWanted(data: Uint32Array, count: number, wantedItems: readonly number[], isWanted: Uint8Array, consider: (x: number, y: number, band: number) => void): void {
  const buckets = Array.from({ length: BANDS }, () => new Map<number, number[]>());
  const bits = Array.from({ length: BANDS }, () => new Bits(1 << 16));
  for (const index of wantedItems) {
    for (let band = 0; band < BANDS; band++) {
      bits[band]!.add(foldedBand(data, index, band) & 0xffff);
      const hash = bandHash(data, index, band);
      const bucket = buckets[band]!.get(hash);
      if (bucket) bucket.push(index);
      else buckets[band]!.set(hash, [index]);
    }
  }
  const hits: number[][] = Array.from({ length: BANDS }, () => []);
  for (let index = 0; index < count; index++) {
    if (isWanted[index]) continue;
    for (let band = 0; band < BANDS; band++) {
      if (bits[band]!.has(foldedBand(data, index, band) & 0xffff)) hits[band]!.push(index);
    }
  }
  for (let band = 0; band < BANDS; band++) {
    for (const bucket of buckets[band]!.values()) for (let a = 0; a < bucket.length; a++) for (let b = a + 1; b < bucket.length; b++) consider(bucket[a]!, bucket[b]!, band);
    for (const index of hits[band]!) for (const other of buckets[band]!.get(bandHash(data, index, band)) ?? []) consider(other, index, band);
  }
}

/**
 * Pairs of items whose signatures agree on every row of at least one band, one of them `wanted`:
 * with 20 bands of 3 rows, sets with a Jaccard similarity of 0.5 are found with a probability of
 * about 0.93, those of 0.3 with 0.42 (they are then measured and mostly dropped). `group` keeps
 * items of one group (one draft) from pairing with each other. A pair is found in the first band
 * its signatures share, so no pair comes twice. Items fall into buckets by sorting band hashes,
 * unless few items of the corpus (`corpusCount`: of which `signatures` may hold only those that
 * share a band key with a wanted one) are wanted (see `fewWanted`).
 */
export function candidatePairs(signatures: Signatures, group: (index: number) => number, wanted: (index: number) => boolean, corpusCount = signatures.count): Pairs {
  const { count, data } = signatures;
  const groups = new Int32Array(count);
  const isWanted = new Uint8Array(count);
  const wantedItems: number[] = [];
  for (let index = 0; index < count; index++) {
    groups[index] = group(index);
    if ((isWanted[index] = wanted(index) ? 1 : 0)) wantedItems.push(index);
  }
  const found = new Pairs();
  const consider = (x: number, y: number, band: number) => {
    const [i, j] = x < y ? [x, y] : [y, x];
    if (groups[i] === groups[j] || !(isWanted[i] || isWanted[j])) return;
    if (!sameBand(data, i, j, band)) return;
    for (let earlier = 0; earlier < band; earlier++) if (sameBand(data, i, j, earlier)) return;
    found.add(i, j);
  };
  // By the whole corpus, also where `signatures` hold only the items that can pair with a wanted
  // one: the way of finding decides the order pairs come in, and so which of two equal copies is shown.
  if (wantedItems.length * 4 < corpusCount) {
    fewWanted(data, count, wantedItems, isWanted, consider);
    return found;
  }
  for (let band = 0; band < BANDS; band++) {
    // Hash and index in one number, sorted as numbers: exact below 2^53, so a corpus of more than
    // 2^21 passages keeps fewer hash bits (the rows are compared anyway).
    const indexBits = Math.max(21, Math.ceil(Math.log2(count + 1)));
    const scale = 2 ** indexBits;
    const drop = indexBits - 21;
    const keyed = new Float64Array(count);
    for (let index = 0; index < count; index++) keyed[index] = (bandHash(data, index, band) >>> drop) * scale + index;
    keyed.sort();
    for (let start = 0; start < count;) {
      const hash = Math.floor(keyed[start]! / scale);
      let end = start + 1;
      while (end < count && Math.floor(keyed[end]! / scale) === hash) end++;
      // Sorted by index within a hash, the items of one group stand together: pair each item only
      // with those of later groups, so a passage repeated in one long draft costs nothing.
      let groupEnd = end;
      for (let a = end - 1; a >= start; a--) {
        const i = keyed[a]! % scale;
        if (a + 1 < end && groups[keyed[a + 1]! % scale] !== groups[i]) groupEnd = a + 1;
        for (let b = groupEnd; b < end; b++) consider(i, keyed[b]! % scale, band);
      }
      start = end;
    }
  }
  return found;
}

/** Dice's coefficient of two sets (sorted, without repeats): the share of members they have in common. */
export function dice(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  // Both sorted and without repeats: one merge counts the members they share.
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return (2 * shared) / (a.length + b.length);
}
