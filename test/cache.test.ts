// The analysis cache: a warm run gives the report of a cold one, a changed draft is analysed
// again and compared with the cached others, a corrupt entry is ignored and rebuilt, --no-cache
// writes nothing, two runs at once are safe.

import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeWhole } from '../src/pipeline/cache.js';
import { asciiJson } from '../src/util/json-text.js';
import { FIXTURES, ROOT, runCli } from './helpers.js';

const demoCopy = () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'onevoice-cache-'));
  cpSync(path.join(FIXTURES, 'demo'), folder, { recursive: true, filter: (source) => !source.includes('node_modules') });
  return folder;
};

const entries = (folder: string): string[] =>
  existsSync(folder)
    ? readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.join(e.parentPath, e.name))
    : [];

const findingsOf = (run: { stdout: string }) =>
  (JSON.parse(run.stdout) as { findings: { ruleId: string; file: string; line: number; message: string }[] }).findings.map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.message}`);

describe('the analysis cache', () => {
  it('gives a warm run the report of a cold one, and analyses a changed draft again', async () => {
    const folder = demoCopy();
    const cache = path.join(folder, 'node_modules', '.cache', 'onevoice');
    const cold = await runCli(['--format', 'json'], folder);
    // Per draft its entry and its summaries; one slot of corpus findings for the full run; the snapshot's four files.
    expect(entries(cache)).toHaveLength(25);
    const warm = await runCli(['--format', 'json'], folder);
    expect(warm).toEqual(cold);

    const draft = path.join(folder, 'pr', 'faq', 'presse-faq.md');
    writeFileSync(draft, readFileSync(draft, 'utf8').replace('kostenlos', 'gratis'));
    const changed = await runCli(['--format', 'json'], folder);
    expect(changed.stdout).not.toBe(cold.stdout);
    expect(changed.stdout).toContain('Unexpected `gratis`, expected `kostenfrei`');
    expect(entries(cache)).toHaveLength(27);
    expect(changed).toEqual(await runCli(['--format', 'json', '--no-cache'], folder));
  });

  it('compares a changed draft with the cached summaries of the others: a new copy and a new conflict are found', async () => {
    const folder = demoCopy();
    await runCli(['--format', 'json'], folder);
    const post = path.join(folder, 'marketing', 'social', '2026-03-social-posts.md');
    const blog = path.join(folder, 'marketing', 'blog', '2026-03-14-fruehling-aufs-rad.md');
    // The social post takes over a paragraph of the press FAQ word for word; the blog names another date for the Brisa Days.
    const faq = readFileSync(path.join(folder, 'pr', 'faq', 'presse-faq.md'), 'utf8');
    const paragraph = faq.split(/\n\s*\n/).find((p) => p.split(/\s+/).length > 45 && !p.startsWith('#') && !p.startsWith('---'))!;
    writeFileSync(post, `${readFileSync(post, 'utf8')}\n${paragraph}\n`);
    writeFileSync(blog, `${readFileSync(blog, 'utf8')}\nDie Brisa Days finden am 30. Mai 2026 auf dem Leipziger Marktplatz statt.\n`);

    // The pre-commit case: only the changed drafts are named; the others come from the cache.
    const named = await runCli(['--format', 'json', 'marketing/social/2026-03-social-posts.md', 'marketing/blog/2026-03-14-fruehling-aufs-rad.md'], folder);
    expect(named).toEqual(await runCli(['--format', 'json', '--no-cache', 'marketing/social/2026-03-social-posts.md', 'marketing/blog/2026-03-14-fruehling-aufs-rad.md'], folder));
    const found = findingsOf(named);
    expect(found.some((f) => f.startsWith('duplicate marketing/social/2026-03-social-posts.md') && f.includes('presse-faq.md'))).toBe(true);
    expect(found.some((f) => f.startsWith('fact-conflict marketing/blog/2026-03-14-fruehling-aufs-rad.md') && f.includes('30. Mai 2026'))).toBe(true);

    // A full warm run after it agrees with a run without the cache.
    expect(await runCli(['--format', 'json'], folder)).toEqual(await runCli(['--format', 'json', '--no-cache'], folder));
  });

  it('takes unchanged drafts from the snapshot without reading them, and reads a changed one', async () => {
    const folder = demoCopy();
    // Drafts last written an hour ago: the snapshot trusts their size and time.
    const hourAgo = new Date(Date.now() - 3_600_000);
    const drafts = entries(folder).filter((file) => file.endsWith('.md') && !file.includes('node_modules'));
    for (const file of drafts) utimesSync(file, hourAgo, hourAgo);
    await runCli(['--format', 'json'], folder);
    const snapshot = entries(path.join(folder, 'node_modules', '.cache', 'onevoice', 'snapshot'));
    expect(snapshot.map((file) => path.basename(file).replace(/^\w+/, ''))).toEqual(['.bytes', '.drafts.json', '.keys', '.stats.json']);

    const post = path.join(folder, 'marketing', 'social', '2026-03-social-posts.md');
    writeFileSync(post, readFileSync(post, 'utf8').replace('23.05.2026', '24.05.2026'));
    const expected = await runCli(['--format', 'json', '--no-cache', 'marketing/social/2026-03-social-posts.md'], folder);
    expect(findingsOf(expected).some((f) => f.startsWith('fact-conflict') && f.includes('24.05.2026'))).toBe(true);

    // The press FAQ changes behind the snapshot's back (same size, same time): it is not read
    // again, so the check sees it as it was. (The limit every cache by size and time has.)
    const faq = path.join(folder, 'pr', 'faq', 'presse-faq.md');
    writeFileSync(faq, readFileSync(faq, 'utf8').replace(/16\. Mai 2026/g, '17. Mai 2026'));
    utimesSync(faq, hourAgo, hourAgo);
    const named = await runCli(['--format', 'json', 'marketing/social/2026-03-social-posts.md'], folder);
    expect(named).toEqual(expected);
  });

  it("keeps of a draft's front-matter key positions those the corpus rules point to in other drafts", async () => {
    const folder = demoCopy();
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const file of entries(folder).filter((file) => file.endsWith('.md') && !file.includes('node_modules'))) utimesSync(file, hourAgo, hourAgo);
    await runCli(['--format', 'json'], folder);
    const [drafts] = entries(path.join(folder, 'node_modules', '.cache', 'onevoice', 'snapshot')).filter((file) => file.endsWith('.drafts.json'));
    const held = JSON.parse(readFileSync(drafts!, 'latin1')) as { drafts: Record<string, { info: { frontMatterKeys: Record<string, unknown> } }> };
    const keys = new Set(Object.values(held.drafts).flatMap(({ info }) => Object.keys(info.frontMatterKeys)));
    expect([...keys]).toEqual(['campaign']);
    // The blog post is checked by name; the press blog post, its double, comes from the snapshot:
    // the related location still points at its `campaign:` line.
    const named = await runCli(['--format', 'json', 'marketing/blog/2026-03-14-fruehling-aufs-rad.md'], folder);
    const report = JSON.parse(named.stdout) as { findings: { ruleId: string; related?: { file: string; line: number; column: number }[] }[] };
    const double = report.findings.find((f) => f.ruleId === 'double-work')!;
    expect(double.related).toEqual([expect.objectContaining({ file: 'pr/blog/2026-03-12-abo-statt-kauf.md', line: 4, column: 1 })]);
    expect(named).toEqual(await runCli(['--format', 'json', '--no-cache', 'marketing/blog/2026-03-14-fruehling-aufs-rad.md'], folder));
  });

  it('writes the snapshot anew once the drafts written just before it can be trusted by their time', async () => {
    // Drafts copied just before the first run: within the clock's resolution of its start, so the
    // snapshot cannot trust their time, and the next run reads them all.
    const folder = demoCopy();
    const justNow = new Date();
    for (const file of entries(folder).filter((f) => f.endsWith('.md'))) utimesSync(file, justNow, justNow);
    await runCli(['--format', 'json'], folder);
    const post = path.join(folder, 'marketing', 'social', '2026-03-social-posts.md');
    writeFileSync(post, readFileSync(post, 'utf8').replace('23.05.2026', '24.05.2026'));
    const expected = await runCli(['--format', 'json', '--no-cache', 'marketing/social/2026-03-social-posts.md'], folder);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    // Now they are old enough: this run, which reads them, writes a snapshot that trusts them.
    await runCli(['--format', 'json', 'marketing/social/2026-03-social-posts.md'], folder);

    // The press FAQ changes behind the snapshot's back (same size, same time): a run that takes it
    // from the snapshot, unread, sees it as it was.
    const faq = path.join(folder, 'pr', 'faq', 'presse-faq.md');
    writeFileSync(faq, readFileSync(faq, 'utf8').replace(/16\. Mai 2026/g, '17. Mai 2026'));
    utimesSync(faq, justNow, justNow);
    expect(await runCli(['--format', 'json', 'marketing/social/2026-03-social-posts.md'], folder)).toEqual(expected);
  });

  it('analyses a draft again when the snapshot names an entry that was pruned', async () => {
    const folder = demoCopy();
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const file of entries(folder).filter((f) => f.endsWith('.md') && !f.includes('node_modules'))) utimesSync(file, hourAgo, hourAgo);
    await runCli(['--format', 'json'], folder);
    const cache = path.join(folder, 'node_modules', '.cache', 'onevoice');
    for (const file of entries(cache).filter((f) => f.endsWith('.summaries.json'))) rmSync(file);
    // A passage of the press FAQ copied into the social post: its details come from a pruned entry.
    const post = path.join(folder, 'marketing', 'social', '2026-03-social-posts.md');
    const faq = readFileSync(path.join(folder, 'pr', 'faq', 'presse-faq.md'), 'utf8');
    const paragraph = faq.split(/\n\s*\n/).find((p) => p.split(/\s+/).length > 45 && !p.startsWith('#') && !p.startsWith('---'))!;
    writeFileSync(post, `${readFileSync(post, 'utf8')}\n${paragraph}\n`);
    const named = await runCli(['--format', 'json', 'marketing/social/2026-03-social-posts.md'], folder);
    expect(named).toEqual(await runCli(['--format', 'json', '--no-cache', 'marketing/social/2026-03-social-posts.md'], folder));
    expect(findingsOf(named).some((f) => f.startsWith('duplicate marketing/social/2026-03-social-posts.md') && f.includes('presse-faq.md'))).toBe(true);
  });

  it('validates the spec again once its text changes, though a snapshot of the spec before is found', async () => {
    const folder = demoCopy();
    await runCli(['--format', 'json'], folder);
    const spec = path.join(folder, 'onevoice.yaml');
    writeFileSync(spec, `${readFileSync(spec, 'utf8')}\nunknown_section: 1\n`);
    const invalid = await runCli(['--format', 'json'], folder);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/unknown key "unknown_section"/);
  });

  it('ignores a corrupt entry and writes it anew', async () => {
    const folder = demoCopy();
    const cache = path.join(folder, 'cache');
    const cold = await runCli(['--format', 'json', '--cache-location', 'cache'], folder);
    for (const [i, file] of entries(cache).entries()) writeFileSync(file, ['{"info": 1}', 'not json at all', '{"key": "x", "findings": 1}', '[]'][i % 4]!);
    const again = await runCli(['--format', 'json', '--cache-location', 'cache'], folder);
    expect(again).toEqual(cold);
    expect((await runCli(['--format', 'json', '--cache-location', 'cache'], folder)).stdout).toBe(cold.stdout);
    for (const file of entries(cache).filter((f) => !f.endsWith('.bytes') && !f.endsWith('.keys'))) expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow();
  });

  it("reads no byte fields from a snapshot's bytes file that belongs to another run", async () => {
    const folder = demoCopy();
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const file of entries(folder).filter((f) => f.endsWith('.md'))) utimesSync(file, hourAgo, hourAgo);
    const cold = await runCli(['--format', 'json', '--cache-location', 'cache'], folder);
    const [bytes] = entries(path.join(folder, 'cache', 'snapshot')).filter((file) => file.endsWith('.bytes'));
    // Another run's header and signatures: the snapshot's drafts are not trusted, the entries are read.
    writeFileSync(bytes!, Buffer.concat([Buffer.from('another-run\n'), Buffer.alloc(4096, 7)]));
    expect(await runCli(['--format', 'json', '--cache-location', 'cache', 'pr/faq/presse-faq.md'], folder)).toEqual(await runCli(['--format', 'json', '--no-cache', 'pr/faq/presse-faq.md'], folder));
    expect(await runCli(['--format', 'json', '--cache-location', 'cache'], folder)).toEqual(cold);
  });

  it('never walks a cache folder that lies among the drafts', async () => {
    const folder = demoCopy();
    const cold = await runCli(['--format', 'json', '--cache-location', 'drafts-cache'], folder);
    expect(entries(path.join(folder, 'drafts-cache')).length).toBeGreaterThan(0);
    // Only a cache folder is skipped, whatever lies in it; the same file elsewhere is a draft.
    const stray = '# Notiz\n\nDas Angebot ist gratis.\n';
    writeFileSync(path.join(folder, 'drafts-cache', 'notiz.md'), stray);
    const warm = await runCli(['--format', 'json', '--cache-location', 'drafts-cache'], folder);
    expect(findingsOf(warm)).toEqual(findingsOf(cold));
    writeFileSync(path.join(folder, 'notiz.md'), stray);
    expect(findingsOf(await runCli(['--format', 'json', '--cache-location', 'drafts-cache'], folder)).filter((f) => f.includes('notiz.md'))).toEqual([
      'term notiz.md:3 Unexpected `gratis`, expected `kostenfrei`',
    ]);
  });

  it('deletes the entries and snapshots of settings no longer used, and keeps those of the last four', async () => {
    const folder = demoCopy();
    const cache = path.join(folder, 'node_modules', '.cache', 'onevoice');
    const shards = () => entries(cache).filter((file) => /[\\/][0-9a-f]{2}[\\/][^\\/]+$/.test(file));
    const snapshots = () => entries(path.join(cache, 'snapshot')).length;
    const spec = path.join(folder, 'onevoice.yaml');
    const first = await runCli(['--format', 'json'], folder);
    const perSetting = shards().length;
    expect(perSetting).toBe(20);
    // A run that reads a snapshot more than a day old marks it used.
    const [stats] = entries(path.join(cache, 'snapshot')).filter((file) => file.endsWith('.stats.json'));
    const daysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(stats!, daysAgo, daysAgo);
    await runCli(['--format', 'json'], folder);
    expect(Date.now() - statSync(stats!).mtimeMs).toBeLessThan(60_000);
    // Five more settings (each edit of the spec is one), the cache's files two hours old before each run.
    for (let edit = 1; edit <= 5; edit++) {
      const hoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
      for (const file of entries(cache)) utimesSync(file, hoursAgo, hoursAgo);
      writeFileSync(spec, `${readFileSync(spec, 'utf8')}\n# edit ${edit}\n`);
      const run = await runCli(['--format', 'json'], folder);
      expect(run.stdout).toBe(first.stdout);
      expect(shards()).toHaveLength(Math.min(edit + 1, 4) * perSetting);
      expect(snapshots()).toBe(4 * Math.min(edit + 1, 4));
    }
    expect(await runCli(['--format', 'json'], folder)).toEqual(await runCli(['--format', 'json', '--no-cache'], folder));
  });

  it('writes nothing with --no-cache', async () => {
    const folder = demoCopy();
    await runCli(['--no-cache'], folder);
    expect(existsSync(path.join(folder, 'node_modules'))).toBe(false);
  });

  it('is safe with two runs at once', async () => {
    const folder = demoCopy();
    const run = () =>
      new Promise<{ code: number | null; stdout: string }>((resolve) => {
        const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'onevoice.js'), '--format', 'json'], { cwd: folder });
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.on('close', (code) => resolve({ code, stdout }));
      });
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.code).toBe(1);
    expect(b).toEqual(a);
    expect((await run()).stdout).toBe(a.stdout);
  }, 60_000);
});

describe('writing a cache file whole', () => {
  it('writes a long field item by item, to the very bytes of the whole as one string', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'onevoice-whole-'));
    const file = path.join(folder, 'x.json');
    const finding = (i: number) => ({ ruleId: 'duplicate', message: `„Absatz ${i}“ – kopiert`, related: [{ line: i }], fix: undefined });
    const cases: [object, string | undefined][] = [
      [{ key: 'k', findings: Array.from({ length: 3000 }, (_, i) => finding(i)) }, 'findings'],
      [{ key: 'k', findings: [null, 'x', undefined, 1] }, 'findings'],
      [{ findings: [] }, 'findings'],
      [{ draftsKey: 'z', drafts: { 'pr/a.md': { info: { title: 'Grüße' } }, 'b"c.md': { summaries: {} }, gone: undefined } }, 'drafts'],
      [{ draftsKey: 'z', drafts: {} }, 'drafts'],
      [{ started: 1, known: { a: 1 } }, undefined],
    ];
    for (const [data, long] of cases) {
      writeWhole(file, data, long);
      expect(readFileSync(file, 'latin1')).toBe(asciiJson(data));
    }
    expect(readdirSync(folder)).toEqual(['x.json']);
  });
});
