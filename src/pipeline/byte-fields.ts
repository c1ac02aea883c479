// The corpus rules' byte fields (see `CorpusRule.bytes`) of every draft, laid out one after another
// in one buffer, in the order the corpus step sees the drafts: a rule takes them as one array
// without copying them (`Signatures.decode`), and the snapshot's are read from its file straight
// into place. At 4× the signatures come to 16 MB: read into a buffer of their own and then copied,
// they were touched twice, and on this kind of machine the first touch of a page is what costs.

import type { Summaries } from '../engine/lint.js';
import type { SummaryFields } from './analyse-draft.js';
import { isPlace, type Snapshot } from './snapshot.js';

/** One draft as the corpus step will see it. */
export interface Summarised {
  file: string;
  /** Its cache entry's key. */
  key: string;
  summaries?: Summaries | undefined;
}

/**
 * Replaces each byte field of `drafts`' summaries (base64 text, bytes, or a place in `snapshot`'s
 * bytes file) by a view of one buffer per field that holds them all, in the order of `drafts`.
 * `fromEntry` gives a field as the draft's cache entry holds it, where the snapshot's bytes file is
 * gone or was written anew since the snapshot was read.
 */
export function layOutBytes(drafts: readonly Summarised[], byteFields: SummaryFields, snapshot: Snapshot | undefined, fromEntry: (draft: Summarised, id: string, field: string) => unknown): void {
  for (const [id, fields] of byteFields) {
    for (const field of fields) {
      const holders: Record<string, unknown>[] = [];
      const owners: Summarised[] = [];
      for (const draft of drafts) {
        const summary = draft.summaries?.[id];
        if (typeof summary !== 'object' || summary === null || (summary as Record<string, unknown>)[field] === undefined) continue;
        holders.push(summary as Record<string, unknown>);
        owners.push(draft);
      }
      if (holders.length === 0) continue;
      if (!layOut(holders, field, snapshot)) {
        holders.forEach((summary, k) => {
          if (isPlace(summary[field])) summary[field] = fromEntry(owners[k]!, id, field);
        });
        layOut(holders, field, undefined);
      }
    }
  }
}

/** One field of every summary in `holders`, laid out; false if places in the snapshot's bytes file could not be read (then nothing changed). */
function layOut(holders: readonly Record<string, unknown>[], field: string, snapshot: Snapshot | undefined): boolean {
  const at = new Array<number>(holders.length + 1);
  at[0] = 0;
  holders.forEach((summary, k) => (at[k + 1] = at[k]! + lengthOf(summary[field])));
  const joint = new Uint8Array(at[holders.length]!);
  const bytes = Buffer.from(joint.buffer, joint.byteOffset, joint.byteLength);
  const places: { offset: number; length: number; at: number }[] = [];
  holders.forEach((summary, k) => {
    const value = summary[field];
    if (isPlace(value)) places.push({ offset: value[0], length: value[1], at: at[k]! });
    else if (typeof value === 'string') bytes.write(value, at[k]!, 'base64');
    else joint.set(value as Uint8Array, at[k]!);
  });
  if (places.length > 0 && !snapshot?.readBytes(joint, places)) return false;
  holders.forEach((summary, k) => (summary[field] = joint.subarray(at[k]!, at[k + 1]!)));
  return true;
}

function lengthOf(value: unknown): number {
  if (isPlace(value)) return value[1];
  return typeof value === 'string' ? Buffer.byteLength(value, 'base64') : (value as Uint8Array).byteLength;
}
