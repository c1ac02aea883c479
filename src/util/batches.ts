// Long texts written piece by piece: reports, and the cache's files of thousands of drafts.

// Large enough for few calls, small enough that a joined batch stays a young object the collector
// frees at once (larger strings go to the old generation and pile up until a full collection).
const BATCH = 1 << 15;

/** Pieces joined into writes of some 32,000 characters: never the whole text at once. */
export function* batched(pieces: string | Iterable<string>): Generator<string> {
  if (typeof pieces === 'string') return yield pieces;
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= BATCH) {
      yield batch;
      batch = '';
    }
  }
  if (batch !== '') yield batch;
}
