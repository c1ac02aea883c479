// The corpus snapshot's index of band keys: a check of a few named drafts reads the signatures of
// the drafts that share a band with them alone, finds what a check without the cache finds, and
// a draft removed from the corpus drops out of the index once the snapshot is written anew.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DraftAnalysis } from '../src/engine/lint.js';
import { analyseDrafts } from '../src/pipeline/analyse-drafts.js';
import { isPlace, Snapshot } from '../src/pipeline/snapshot.js';
import { bandKeys } from '../src/rules/duplicate/minhash.js';
import { ruleIds, rules } from '../src/rules/index.js';
import { loadSpec } from '../src/spec/load.js';
import { runCli } from './helpers.js';

// Made-up words of three syllables: some 8,000 of them, so that no two paragraphs drawn at random are alike.
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'ver', 'dol', 'pi', 'ne', 'gor', 'ma', 'li', 'ter', 'bo', 'fen', 'ru', 'que', 'dan', 'vi'];

/** The same words for the same seed (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A paragraph of about 60 words on one line: a few sentences of words drawn at random. */
function paragraph(next: () => number): string {
  const sentences: string[] = [];
  for (let s = 0; s < 6; s++) {
    const words = Array.from({ length: 10 }, () => Array.from({ length: 3 }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]!).join(''));
    sentences.push(`${words[0]!.charAt(0).toUpperCase()}${words.join(' ').slice(1)}.`);
  }
  return sentences.join(' ');
}

const DRAFTS = 24;
const name = (n: number) => `posts/post-${String(n).padStart(2, '0')}.md`;

/** A corpus of drafts of three paragraphs each, none like another, last written an hour ago (the snapshot trusts them). */
function corpus(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'onevoice-bands-'));
  writeFileSync(path.join(folder, 'onevoice.yaml'), 'version: 1\nlanguage: en\n');
  mkdirSync(path.join(folder, 'posts'));
  const next = random(7);
  for (let n = 1; n <= DRAFTS; n++) {
    const file = path.join(folder, name(n));
    // Headings of their own: a heading many drafts share marks a running section, whose entries are carried over, not copied.
    writeFileSync(file, `# ${paragraph(next).split(' ', 3).join(' ')}\n\n${paragraph(next)}\n\n${paragraph(next)}\n\n${paragraph(next)}\n`);
  }
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (let n = 1; n <= DRAFTS; n++) utimesSync(path.join(folder, name(n)), hourAgo, hourAgo);
  return folder;
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function setUp() {
  const folder = corpus();
  folders.push(folder);
  const cache = path.join(folder, 'cache');
  const [copier, source] = [path.join(folder, name(3)), path.join(folder, name(17))];
  // The source's second paragraph stands on its line 5; the copier takes it over at its end.
  const copied = readFileSync(source, 'utf8').split('\n')[4]!;
  const copy = () => {
    const before = readFileSync(copier, 'utf8');
    writeFileSync(copier, `${before}\n${copied}\n`);
    return before.split('\n').length - 1 + 2;
  };
  return { folder, cache, copier, source, copy };
}

interface Reported {
  findings: { ruleId: string; message: string; file: string; line: number; column: number; related?: { file: string; line: number; column: number }[] }[];
}
const reportOf = (run: { stdout: string }) => JSON.parse(run.stdout) as Reported;
const check = (folder: string, ...args: string[]) => runCli(['--format', 'json', ...args], folder);

/** The snapshot's one setting in `cache`, and its files. */
function snapshotOf(cache: string): { setting: string; keys: string } {
  const stats = readdirSync(path.join(cache, 'snapshot')).filter((file) => file.endsWith('.stats.json'));
  expect(stats).toHaveLength(1);
  const setting = stats[0]!.slice(0, -'.stats.json'.length);
  return { setting, keys: path.join(cache, 'snapshot', `${setting}.keys`) };
}

describe('the index of band keys', () => {
  it('finds a new copy of an unchanged draft in a named changed draft, reading the signatures of the drafts that share a band alone', async () => {
    const { folder, cache, copier, source, copy } = setUp();
    await check(folder, '--cache-location', cache);
    const line = copy();

    // The pipeline reads the signatures of the copier and of the draft it copies; most others it leaves unread.
    const spec = loadSpec(path.join(folder, 'onevoice.yaml'), ruleIds);
    const files = Array.from({ length: DRAFTS }, (_, k) => path.join(folder, name(k + 1)));
    const { analyses } = await analyseDrafts({ spec, rules, files, targets: new Set([copier]), jobs: 1, cache });
    const signatures = (file: string) => ((analyses[files.indexOf(file)] as DraftAnalysis).summaries!['duplicate'] as { signatures: unknown }).signatures;
    expect(signatures(copier)).toBeInstanceOf(Uint8Array);
    expect(signatures(source)).toBeInstanceOf(Uint8Array);
    expect(files.filter((file) => typeof signatures(file) === 'number').length).toBeGreaterThan(DRAFTS / 2);

    const named = await check(folder, '--cache-location', cache, name(3));
    expect(named).toEqual(await check(folder, '--no-cache', name(3)));
    const duplicates = reportOf(named).findings.filter((f) => f.ruleId === 'duplicate');
    expect(duplicates.map(({ ruleId, message, file, line, column, related }) => ({ ruleId, message, file, line, column, related }))).toEqual([
      {
        ruleId: 'duplicate',
        message: 'Passage of 60 words stands identical in post-17.md',
        file: name(3),
        line,
        column: 1,
        related: [expect.objectContaining({ file: name(17), line: 5, column: 1 })],
      },
    ]);
  });

  it('drops a removed draft: no copy is found in it, and the snapshot written anew leaves it out of the index', async () => {
    const { folder, cache, copier, source, copy } = setUp();
    await check(folder, '--cache-location', cache);
    const line = copy();
    const before = reportOf(await check(folder, '--cache-location', cache, name(3))).findings.filter((f) => f.ruleId === 'duplicate');
    expect(before.map(({ ruleId, file, line, column }) => ({ ruleId, file, line, column }))).toEqual([{ ruleId: 'duplicate', file: name(3), line, column: 1 }]);

    rmSync(source);
    const removed = await check(folder, '--cache-location', cache, name(3));
    expect(removed).toEqual(await check(folder, '--no-cache', name(3)));
    expect(reportOf(removed).findings.filter((f) => f.ruleId === 'duplicate')).toEqual([]);

    // Enough other drafts change for the next check to write the snapshot anew, index and all.
    const { setting, keys } = snapshotOf(cache);
    const written = readFileSync(keys, 'latin1').split('\n', 1)[0];
    for (let n = 4; n <= 14; n++) writeFileSync(path.join(folder, name(n)), `${readFileSync(path.join(folder, name(n)), 'utf8')}\nOne more line.\n`);
    const after = await check(folder, '--cache-location', cache, name(3));
    expect(reportOf(after).findings.filter((f) => f.ruleId === 'duplicate')).toEqual([]);
    expect(readFileSync(keys, 'latin1').split('\n', 1)[0]).not.toBe(written);

    // The copier's bands now lead to no draft but itself: the source is gone from the index.
    const snapshot = Snapshot.read(cache, setting)!;
    const stat = statSync(copier);
    const key = snapshot.keyOf(copier, { size: stat.size, mtimeMs: stat.mtimeMs });
    // The copier was written just now: the snapshot knows it, but does not trust its time yet.
    const held = key ?? (JSON.parse(readFileSync(path.join(cache, 'snapshot', `${setting}.stats.json`), 'latin1')) as { known: Record<string, { key: string }> }).known[copier]!.key;
    const place = (snapshot.draft(copier, held)!.summaries['duplicate'] as { signatures: unknown }).signatures;
    expect(isPlace(place)).toBe(true);
    const [offset, length] = place as [number, number];
    const bytes = new Uint8Array(length);
    expect(snapshot.readBytes(bytes, [{ offset, length, at: 0 }])).toBe(true);
    expect([...snapshot.sharing([bandKeys(bytes)])!]).toEqual([copier]);
  });
});
