// The corpus snapshot: for every draft of the last run that wrote it, its size and modification
// time, its cache key, its info and the corpus rules' summaries of it (without their rarely read fields).
// A later run takes an unchanged draft (same size and time) from here without reading it, nor its
// entry: a pre-commit check of one changed draft in a corpus of thousands reads the snapshot, the
// changed draft, and the rarely read fields of the few drafts that hold a candidate copy.
// As git does with its index, a draft modified less than two seconds before the snapshot's run
// began is not trusted by its time (a change within the clock's resolution would go unseen).

import { closeSync, openSync, readdirSync, readSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import type { DraftInfo } from '../drafts/types.js';
import type { Summaries } from '../engine/lint.js';
import type { KeyedFields, SummaryFields } from './analyse-draft.js';
import { readJson, writeBytesWhole, writeWhole } from './cache.js';

const RACY_MS = 2000;
// Snapshots kept: the setting of this run and the last few others used.
const KEPT_SNAPSHOTS = 4;
const DAY_MS = 24 * 60 * 60 * 1000;

function utimes(file: string, time: number): void {
  try {
    utimesSync(file, time / 1000, time / 1000);
  } catch {
    // A snapshot that cannot be marked is only swept sooner.
  }
}

export interface Stat {
  size: number;
  mtimeMs: number;
}

interface Known extends Stat {
  key: string;
}

/** What the snapshot holds of a draft: its entry's key, its info and its summaries, less the rarely read fields. */
export interface Snapshotted {
  key: string;
  info: DraftInfo;
  summaries: Summaries;
}

/**
 * Where a snapshot is kept: one per setting (spec, rules). Four files: the stats, read always; the
 * drafts, read when needed; the summaries' byte fields (see `CorpusRule.bytes`), one after
 * another behind a line that names the drafts file they belong to, which holds their places; and,
 * behind the same line, the index of the keyed byte fields' keys (see `CorpusRule.keyed`).
 */
const files = (folder: string, setting: string) => ({
  stats: path.join(folder, 'snapshot', `${setting}.stats.json`),
  drafts: path.join(folder, 'snapshot', `${setting}.drafts.json`),
  bytes: path.join(folder, 'snapshot', `${setting}.bytes`),
  keys: path.join(folder, 'snapshot', `${setting}.keys`),
});

// The index of keys: a key's bucket is its top 16 bits. After the line, the bucket starts (one
// number more than there are buckets), then per bucket its entries: a key and the number of the
// draft that has it (drafts in the order of the stats). A check of a few drafts reads the bucket
// starts and the buckets of its own keys: some hundred small reads, not the whole index.
const BUCKET_BITS = 16;
const BUCKETS = 1 << BUCKET_BITS;

/** The index of `keys` (per draft, in the stats' order, its keys), behind `header`. */
function indexOf(header: Uint8Array, keys: readonly (Uint32Array | undefined)[]): Uint8Array[] {
  const starts = new Uint32Array(BUCKETS + 1);
  for (const draftKeys of keys) if (draftKeys) for (const key of draftKeys) starts[(key >>> (32 - BUCKET_BITS)) + 1]!++;
  for (let bucket = 0; bucket < BUCKETS; bucket++) starts[bucket + 1]! += starts[bucket]!;
  const entries = new Uint32Array(2 * starts[BUCKETS]!);
  const next = starts.slice(0, BUCKETS);
  keys.forEach((draftKeys, draft) => {
    if (!draftKeys) return;
    for (const key of draftKeys) {
      const at = next[key >>> (32 - BUCKET_BITS)]!++;
      entries[2 * at] = key;
      entries[2 * at + 1] = draft;
    }
  });
  return [header, new Uint8Array(starts.buffer), new Uint8Array(entries.buffer)];
}

/** Reads `length` bytes at `position` of `fd` into `into`; false if the file ends before. */
function readFully(fd: number, into: Uint8Array, position: number): boolean {
  for (let done = 0; done < into.byteLength;) {
    const read = readSync(fd, into, done, into.byteLength - done, position + done);
    if (read === 0) return false;
    done += read;
  }
  return true;
}

/** Where a byte field stands in the bytes file: offset and length. */
export type Place = [number, number];

/** Whether a byte field of a summary the snapshot gave is still its place in the bytes file, not yet its bytes (see `readBytes`). */
export const isPlace = (value: unknown): value is Place => Array.isArray(value);

/** The snapshot last read of each stats file, while that file stays as it was read (inode, size, time). */
const lastRead = new Map<string, { identity: string; snapshot: Snapshot }>();

export class Snapshot {
  private drafts: Record<string, Omit<Snapshotted, 'key'>> | undefined;
  /** The files of the drafts in the stats' order: the draft numbers of the index of keys. */
  private order: string[] | undefined;

  private constructor(
    private readonly folder: string,
    private readonly setting: string,
    private readonly known: Record<string, Known>,
    private readonly started: number,
    private readonly draftsKey: string,
  ) {}

  /** Whether a snapshot of `setting` is found, without reading it. */
  static exists(folder: string, setting: string): boolean {
    return statSync(files(folder, setting).stats, { throwIfNoEntry: false }) !== undefined;
  }

  static read(folder: string, setting: string): Snapshot | undefined {
    const { stats } = files(folder, setting);
    const found = statSync(stats, { throwIfNoEntry: false });
    if (!found) return undefined;
    // A process that checks again and again (the language server) reads a snapshot once, until it is written anew.
    const identity = `${found.ino}:${found.size}:${found.mtimeMs}`;
    const kept = lastRead.get(stats);
    if (kept?.identity === identity) return kept.snapshot;
    const stored = readJson(stats) as { started?: unknown; known?: unknown; draftsKey?: unknown } | undefined;
    if (!stored || typeof stored.started !== 'number' || typeof stored.known !== 'object' || stored.known === null || typeof stored.draftsKey !== 'string') return undefined;
    const snapshot = new Snapshot(folder, setting, stored.known as Record<string, Known>, stored.started, stored.draftsKey);
    // Its time tells `keep` when the setting was last used: renewed once a day by a run that reads it.
    const now = Date.now();
    if (now - found.mtimeMs > DAY_MS) utimes(stats, now);
    else lastRead.set(stats, { identity, snapshot });
    return snapshot;
  }

  /** The cache key of `file` if it is unchanged since the snapshot, by size and time. */
  keyOf(file: string, stat: Stat): string | undefined {
    const known = this.known[file];
    if (!known || known.size !== stat.size || known.mtimeMs !== stat.mtimeMs || stat.mtimeMs > this.started - RACY_MS) return undefined;
    return known.key;
  }

  /**
   * The info and summaries of an unchanged draft (the larger file is read on the first call). Its
   * byte fields are places in the bytes file (`isPlace`) until `readBytes` reads them where the
   * corpus step wants them.
   */
  draft(file: string, key: string): Omit<Snapshotted, 'key'> | undefined {
    if (this.drafts === undefined) {
      const stored = readJson(files(this.folder, this.setting).drafts) as { draftsKey?: unknown; drafts?: unknown; bytes?: unknown } | undefined;
      const withBytes = typeof stored?.bytes === 'object' && stored.bytes !== null && Object.keys(stored.bytes).length > 0;
      this.drafts = withBytes && stored.draftsKey === this.draftsKey && typeof stored.drafts === 'object' && stored.drafts !== null ? (stored.drafts as Record<string, Omit<Snapshotted, 'key'>>) : {};
    }
    return this.known[file]?.key === key ? this.drafts[file] : undefined;
  }

  /**
   * Reads byte fields from the bytes file straight into `into`: each place's bytes at its `at`.
   * False if the file is not the one the drafts file belongs to (a run wrote the snapshot anew
   * since), or cannot be read: then none of them is of use.
   */
  readBytes(into: Uint8Array, places: readonly { offset: number; length: number; at: number }[]): boolean {
    return (
      this.readOwn(files(this.folder, this.setting).bytes, (fd, start) => {
        // Places that follow each other in the file and in `into` (drafts in the order of the run that wrote the snapshot) are read in one go.
        for (let k = 0; k < places.length;) {
          const { offset, at } = places[k]!;
          let length = places[k]!.length;
          for (k++; k < places.length && places[k]!.offset === offset + length && places[k]!.at === at + length; k++) length += places[k]!.length;
          if (!readFully(fd, into.subarray(at, at + length), start + offset)) return false;
        }
        return true;
      }) ?? false
    );
  }

  /**
   * Reads a file of this snapshot that begins with the line naming its drafts file (the bytes, the
   * index of keys): `read` gets it open and where its content starts. Undefined if the file belongs
   * to another run (one that wrote the snapshot anew since) or cannot be read.
   */
  private readOwn<T>(file: string, read: (fd: number, start: number) => T | undefined): T | undefined {
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
      const header = Buffer.from(`${this.draftsKey}\n`, 'latin1');
      const found = Buffer.alloc(header.length);
      if (!readFully(fd, found, 0) || !found.equals(header)) return undefined;
      return read(fd, header.length);
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  /**
   * The drafts of the snapshot that have any of `keys` in a keyed byte field (see
   * `CorpusRule.keyed`), by file; undefined if the index is not the one the drafts file belongs to,
   * or cannot be read.
   */
  sharing(keys: readonly Uint32Array[]): Set<string> | undefined {
    const byBucket = new Map<number, Set<number>>();
    for (const some of keys) {
      for (const key of some) {
        const bucket = key >>> (32 - BUCKET_BITS);
        const found = byBucket.get(bucket);
        if (found) found.add(key);
        else byBucket.set(bucket, new Set([key]));
      }
    }
    return this.readOwn(files(this.folder, this.setting).keys, (fd, start) => {
      const starts = new Uint32Array(BUCKETS + 1);
      if (!readFully(fd, new Uint8Array(starts.buffer), start)) return undefined;
      const entriesAt = start + starts.byteLength;
      this.order ??= Object.keys(this.known);
      const sharing = new Set<string>();
      for (const bucket of [...byBucket.keys()].sort((a, b) => a - b)) {
        const wanted = byBucket.get(bucket)!;
        const entries = new Uint32Array(2 * (starts[bucket + 1]! - starts[bucket]!));
        if (!readFully(fd, new Uint8Array(entries.buffer), entriesAt + 8 * starts[bucket]!)) return undefined;
        for (let k = 0; k < entries.length; k += 2) {
          if (!wanted.has(entries[k]!)) continue;
          const file = this.order[entries[k + 1]!];
          if (file === undefined) return undefined;
          sharing.add(file);
        }
      }
      return sharing;
    });
  }

  /**
   * How many drafts the snapshot does not hold as they are now, or holds but cannot trust by their
   * time (changed just before its run) though a new snapshot, written after `started`, could.
   * Without the second kind, drafts written just before a snapshot would be read and hashed on
   * every run until enough others changed.
   */
  private staleness(current: ReadonlyMap<string, Known>, started: number): number {
    let stale = Object.keys(this.known).filter((file) => !current.has(file)).length;
    for (const [file, { key, mtimeMs }] of current) {
      const known = this.known[file];
      if (known?.key !== key || (known.mtimeMs > this.started - RACY_MS && mtimeMs <= started - RACY_MS)) stale++;
    }
    return stale;
  }

  /**
   * Writes the snapshot of `current` drafts anew when `previous` holds too few of them as they
   * are now: not after each pre-commit check of one draft, but once enough have changed. The
   * rules' rarely read summary fields (by rule id) stay in the drafts' own entries. `beforeWrite`
   * is called first, when it is written: it gives back the bytes of fields left unread.
   */
  static renew(
    folder: string,
    setting: string,
    previous: Snapshot | undefined,
    started: number,
    current: ReadonlyMap<string, Known & Omit<Snapshotted, 'key'>>,
    fields: { rarelyRead: SummaryFields; bytes: SummaryFields; keyed: KeyedFields; frontMatterKeys: ReadonlySet<string> },
    beforeWrite?: () => void,
  ): boolean {
    if (previous && previous.staleness(current, started) <= Math.max(8, current.size / 20)) return false;
    beforeWrite?.();
    const { rarelyRead, bytes, keyed, frontMatterKeys } = fields;
    const draftsKey = `${started}-${process.pid}-${Math.random().toString(36).slice(2)}`;
    const header = Buffer.from(`${draftsKey}\n`, 'latin1');
    const known: Record<string, Known> = {};
    const rest: Record<string, Omit<Snapshotted, 'key'>> = {};
    const chunks: Uint8Array[] = [header];
    // Per draft, in the order of `known`, the keys of its keyed fields.
    const keys: (Uint32Array | undefined)[] = [];
    let offset = 0;
    const place = (value: unknown, keysOf?: (bytes: Uint8Array) => Uint32Array): Place => {
      const chunk = typeof value === 'string' ? Buffer.from(value, 'base64') : (value as Uint8Array);
      chunks.push(chunk);
      offset += chunk.byteLength;
      if (keysOf) {
        const found = keysOf(chunk);
        const before = keys[keys.length - 1];
        if (before) {
          const both = new Uint32Array(before.length + found.length);
          both.set(before);
          both.set(found, before.length);
          keys[keys.length - 1] = both;
        } else keys[keys.length - 1] = found;
      }
      return [offset - chunk.byteLength, chunk.byteLength];
    };
    // By the keys alone: a rarely read field that was never read is not loaded to be left out.
    const light = (id: string, summary: unknown) => {
      const [rare, byteFields, keyedField] = [rarelyRead.get(id), bytes.get(id), keyed.get(id)];
      if (!rare && !byteFields) return summary;
      const kept: Record<string, unknown> = {};
      for (const field of Object.keys(summary as object)) {
        const value = (summary as Record<string, unknown>)[field];
        if (byteFields?.includes(field)) kept[field] = place(value, keyedField?.field === field ? keyedField.keys : undefined);
        else if (!rare?.includes(field)) kept[field] = value;
      }
      return kept;
    };
    for (const [file, { size, mtimeMs, key, info, summaries }] of current) {
      known[file] = { size, mtimeMs, key };
      keys.push(undefined);
      // Of the front matter's key positions, those the corpus rules point to in other drafts.
      const keyPositions = Object.fromEntries(Object.entries(info.frontMatterKeys).filter(([name]) => frontMatterKeys.has(name)));
      rest[file] = { info: { ...info, frontMatterKeys: keyPositions }, summaries: Object.fromEntries(Object.entries(summaries).map(([id, summary]) => [id, light(id, summary)])) };
    }
    // The bytes and the index, then the drafts, then the stats: stats that are found point to
    // drafts written whole (or to none, then read from entries).
    writeBytesWhole(files(folder, setting).bytes, chunks);
    if (keyed.size > 0) writeBytesWhole(files(folder, setting).keys, indexOf(header, keys));
    writeWhole(files(folder, setting).drafts, { draftsKey, bytes: Object.fromEntries(bytes), drafts: rest }, 'drafts');
    writeWhole(files(folder, setting).stats, { started, known, draftsKey });
    return true;
  }

  /**
   * Keeps the snapshots of `setting` and of the few settings used last (another spec on another
   * branch, say: by the time of their stats, which a run that reads them renews once a day),
   * deletes the others, and tells the cache keys the kept ones name: the entries a run is likely
   * to read again.
   */
  static keep(folder: string, setting: string): Set<string> {
    const live = new Set<string>();
    const kept = new Set([setting]);
    try {
      const stats = readdirSync(path.join(folder, 'snapshot'))
        .filter((name) => name.endsWith('.stats.json'))
        .map((name) => ({ setting: name.slice(0, -'.stats.json'.length), time: statSync(path.join(folder, 'snapshot', name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
        .sort((a, b) => b.time - a.time);
      for (const other of stats) {
        if (kept.size < KEPT_SNAPSHOTS) kept.add(other.setting);
        else if (!kept.has(other.setting)) for (const file of Object.values(files(folder, other.setting))) rmSync(file, { force: true });
      }
    } catch {
      // No snapshot folder to list: nothing else to keep.
    }
    for (const each of kept) {
      const stored = readJson(files(folder, each).stats) as { known?: Record<string, Known> } | undefined;
      for (const { key } of Object.values(stored?.known ?? {})) live.add(key);
    }
    return live;
  }
}
