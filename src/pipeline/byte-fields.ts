// The corpus rules' byte fields (see `CorpusRule.bytes`) of every draft, laid out one after another
// in one buffer, in the order the corpus step sees the drafts: a rule takes them as one array
// without copying them (`Signatures.decode`), and the snapshot's are read from its file straight
// into place. At 4× the signatures come to 16 MB: read into a buffer of their own and then copied,
// they were touched twice, and on this kind of machine the first touch of a page is what costs.

import type { Summaries } from '../engine/lint.js';
import type { KeyedFields, SummaryFields } from './analyse-draft.js';
import { isPlace, type Place, type Snapshot } from './snapshot.js';

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
        // A field left unread (its length alone, see `leaveUnread`) is not laid out.
        if (typeof summary !== 'object' || summary === null || (summary as Record<string, unknown>)[field] === undefined || typeof (summary as Record<string, unknown>)[field] === 'number') continue;
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

// Keys of the drafts checked beyond which the index is not worth its small reads: some twenty
// drafts of twenty passages. A check of more drafts reads every draft's field.
const MAX_KEYS = 8192;

/** A keyed byte field left unread: the draft, and where the field stands in the snapshot's bytes file, by rule id and field. */
type Unread = Map<Summarised, { id: string; field: string; place: Place }[]>;

/**
 * The fields left unread, until they are put back. The summaries are the snapshot's, which a
 * process that checks again and again (the language server) reads once: a later run finds their places again.
 */
const unread: Unread = new Map();

/**
 * For a check of a few drafts (`targets`): replaces the keyed byte field (see `CorpusRule.keyed`)
 * of every other draft that `snapshot` holds, and that has no key of the targets', by its length in
 * bytes, so that it is never read. The targets' own fields are read here to take their keys. Leaves
 * every field as it was where the snapshot has no index that belongs to it, or the targets are many.
 */
export function leaveUnread(drafts: readonly Summarised[], targets: ReadonlySet<string>, keyed: KeyedFields, snapshot: Snapshot | undefined): void {
  putBack();
  if (!snapshot || keyed.size === 0 || targets.size === 0 || targets.size >= drafts.length) return;
  const keys: Uint32Array[] = [];
  let count = 0;
  for (const draft of drafts) {
    if (!targets.has(draft.file)) continue;
    for (const [id, { field, keys: keysOf }] of keyed) {
      const summary = draft.summaries?.[id] as Record<string, unknown> | null | undefined;
      const value = summary?.[field];
      if (value === undefined || value === null) continue;
      let bytes: Uint8Array;
      if (isPlace(value)) {
        bytes = new Uint8Array(value[1]);
        if (!snapshot.readBytes(bytes, [{ offset: value[0], length: value[1], at: 0 }])) return;
        summary![field] = bytes;
      } else bytes = typeof value === 'string' ? Buffer.from(value, 'base64') : (value as Uint8Array);
      const found = keysOf(bytes);
      keys.push(found);
      if ((count += found.length) > MAX_KEYS) return;
    }
  }
  const sharing = snapshot.sharing(keys);
  if (!sharing) return;
  for (const draft of drafts) {
    if (targets.has(draft.file) || sharing.has(draft.file)) continue;
    for (const [id, { field }] of keyed) {
      const summary = draft.summaries?.[id] as Record<string, unknown> | null | undefined;
      const place = summary?.[field];
      if (!isPlace(place)) continue;
      const fields = unread.get(draft) ?? unread.set(draft, []).get(draft)!;
      fields.push({ id, field, place });
      summary![field] = place[1];
    }
  }
}

/** Puts back the places of the fields left unread. */
export function putBack(): void {
  for (const [draft, fields] of unread) for (const { id, field, place } of fields) (draft.summaries![id] as Record<string, unknown>)[field] = place;
  unread.clear();
}

/** Reads the fields left unread, as `layOutBytes` reads byte fields: the snapshot is written anew. */
export function readUnread(snapshot: Snapshot | undefined, fromEntry: (draft: Summarised, id: string, field: string) => unknown): void {
  if (unread.size === 0) return;
  const fields = new Map<string, string[]>();
  for (const some of unread.values()) {
    for (const { id, field } of some) {
      const named = fields.get(id) ?? fields.set(id, []).get(id)!;
      if (!named.includes(field)) named.push(field);
    }
  }
  const drafts = [...unread.keys()];
  putBack();
  layOutBytes(drafts, fields, snapshot, fromEntry);
}
