// MinHash signatures and LSH banding: candidate pairs of similar word sets in near-linear time,
// without comparing every passage with every other.

const PERMUTATIONS = 60;
const BANDS = 20;
const ROWS = PERMUTATIONS / BANDS;

function fnv1a(text: string, seed: number): number {
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

const hashes = new Map<string, [number, number]>();

/** The MinHash signature of a set of words: per permutation, the least hash of any word. */
export function signature(words: Iterable<string>): Uint32Array {
  const result = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const word of words) {
    let pair = hashes.get(word);
    if (!pair) hashes.set(word, (pair = [fnv1a(word, 0), fnv1a(word, 0x9e3779b9) | 1]));
    const [h1, h2] = pair;
    // Double hashing (Kirsch–Mitzenmacher): h1 + i·h2 stands for the i-th permutation.
    for (let i = 0; i < PERMUTATIONS; i++) {
      const h = (h1 + Math.imul(i, h2)) >>> 0;
      if (h < result[i]!) result[i] = h;
    }
  }
  return result;
}

/** A signature as text, for a cache entry; `decodeSignature` reads it back. */
export function encodeSignature(signature: Uint32Array): string {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength).toString('base64');
}

export function decodeSignature(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  // Copied: a Uint32Array needs an offset the pooled buffer may not have.
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** A band of a signature as a short string: its rows' 32 bits as two UTF-16 units each. */
function bandKey(sig: Uint32Array, band: number): string {
  let key = '';
  for (let row = band * ROWS; row < (band + 1) * ROWS; row++) key += String.fromCharCode(sig[row]! >>> 16, sig[row]! & 0xffff);
  return key;
}

/**
 * Pairs of items whose signatures agree on every row of at least one band, one of them `wanted`:
 * with 20 bands of 3 rows, sets with a Jaccard similarity of 0.5 are found with a probability of
 * about 0.93, those of 0.3 with 0.42 (they are then measured and mostly dropped). `group` keeps
 * items of one group (one draft) from pairing with each other. With few items wanted (a
 * pre-commit check of one draft), only their bands are kept, and the others looked up in them.
 */
export function candidatePairs(signatures: readonly Uint32Array[], group: (index: number) => number, wanted: (index: number) => boolean): [number, number][] {
  const pairs = new Set<number>();
  const found: [number, number][] = [];
  const pair = (x: number, y: number) => {
    const [i, j] = x < y ? [x, y] : [y, x];
    if (group(i) === group(j)) return;
    const id = i * signatures.length + j;
    if (pairs.has(id)) return;
    pairs.add(id);
    found.push([i, j]);
  };
  const isWanted = signatures.map((_, index) => wanted(index));
  const wantedItems = signatures.map((_, index) => index).filter((index) => isWanted[index]);
  const few = wantedItems.length * 4 < signatures.length;
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    const place = (index: number) => {
      const key = bandKey(signatures[index]!, band);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    };
    if (few) {
      for (const index of wantedItems) place(index);
      signatures.forEach((sig, index) => {
        if (isWanted[index]) return;
        for (const other of buckets.get(bandKey(sig, band)) ?? []) pair(other, index);
      });
    } else {
      signatures.forEach((_, index) => place(index));
    }
    for (const bucket of buckets.values()) {
      for (let a = 0; a < bucket.length; a++) {
        for (let b = a + 1; b < bucket.length; b++) if (isWanted[bucket[a]!] || isWanted[bucket[b]!]) pair(bucket[a]!, bucket[b]!);
      }
    }
  }
  return found;
}

/** Dice's coefficient of two sets: the share of members they have in common. */
export function dice<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const word of small) if (large.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** The share of permutations on which two signatures agree: an estimate of the sets' Jaccard similarity. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
