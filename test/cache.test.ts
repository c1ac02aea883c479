// The parse cache: a warm run gives the report of a cold one, a changed draft is parsed again,
// a corrupt entry is ignored and rebuilt, --no-cache writes nothing, two runs at once are safe.

import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, runCli } from './helpers.js';

const demoCopy = () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'onevoice-cache-'));
  cpSync(path.join(FIXTURES, 'demo'), folder, { recursive: true, filter: (source) => !source.includes('node_modules') });
  return folder;
};

const entries = (folder: string): string[] =>
  existsSync(folder) ? readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)) : [];

describe('the parse cache', () => {
  it('gives a warm run the report of a cold one, and parses a changed draft again', async () => {
    const folder = demoCopy();
    const cache = path.join(folder, 'node_modules', '.cache', 'onevoice');
    const cold = await runCli(['--format', 'json'], folder);
    expect(entries(cache)).toHaveLength(10);
    const warm = await runCli(['--format', 'json'], folder);
    expect(warm).toEqual(cold);

    const draft = path.join(folder, 'pr', 'faq', 'presse-faq.md');
    writeFileSync(draft, readFileSync(draft, 'utf8').replace('kostenlos', 'gratis'));
    const changed = await runCli(['--format', 'json'], folder);
    expect(changed.stdout).not.toBe(cold.stdout);
    expect(changed.stdout).toContain('Unexpected `gratis`, expected `kostenfrei`');
    expect(entries(cache)).toHaveLength(11);
  });

  it('ignores a corrupt entry and writes it anew', async () => {
    const folder = demoCopy();
    const cache = path.join(folder, 'cache');
    const cold = await runCli(['--format', 'json', '--cache-location', 'cache'], folder);
    for (const [i, file] of entries(cache).entries()) writeFileSync(file, i % 2 ? '{"source": 1}' : 'not json at all');
    const again = await runCli(['--format', 'json', '--cache-location', 'cache'], folder);
    expect(again).toEqual(cold);
    expect((await runCli(['--format', 'json', '--cache-location', 'cache'], folder)).stdout).toBe(cold.stdout);
    for (const file of entries(cache)) expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow();
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
