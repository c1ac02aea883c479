// Real subprocess runs of bin/onevoice.js (built by `npm test`'s pretest step).

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'onevoice.js');
const onevoice = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '', NO_COLOR: '' } });

describe('bin/onevoice.js', () => {
  it('prints parseable JSON on stdout and exits 1 on errors', () => {
    const result = onevoice(['check', '--format', 'json'], path.join(FIXTURES, 'cli', 'basic'));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ tool: { name: 'onevoice' }, summary: { errors: 2 } });
  });

  it('reports a draft that cannot be read as a parse finding on stdout, checks the others and exits 1, on worker threads too', () => {
    for (const jobs of ['1', '2']) {
      const result = onevoice(['--format', 'json', '--no-cache', '--jobs', jobs], path.join(FIXTURES, 'cli', 'broken-draft'));
      expect(result.status).toBe(1);
      expect(result.stderr).toBe('');
      const report = JSON.parse(result.stdout) as { findings: { file: string; line: number; column: number; ruleId: string }[] };
      expect(report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual(['pr/press/gut.md:5:21 term', 'pr/press/kaputt.md:3:21 parse']);
    }
  });

  it('exits 0 on clean drafts', () => {
    expect(onevoice([], path.join(FIXTURES, 'cli', 'clean')).status).toBe(0);
  });

  it('exits 2 with one onevoice line and no stack trace on a bad spec', () => {
    const result = onevoice(['--format', 'json'], path.join(FIXTURES, 'cli', 'bad-spec'));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^onevoice: onevoice\.yaml:6:5: unknown key/)]);
  });

  it('answers a mistyped command with one line, and no report beside it', () => {
    const result = onevoice(['chek'], path.join(FIXTURES, 'cli', 'basic'));
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 2, stdout: '', stderr: 'onevoice: unknown command "chek"; did you mean "check"?\n' });
  });

  it('ends quietly when the reader closes the pipe early', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'onevoice-pipe-'));
    writeFileSync(path.join(folder, 'onevoice.yaml'), 'version: 1\nlanguage: de\nterms:\n  - { use: kostenfrei, avoid: [gratis] }\n');
    // A report of some 200 kB: more than a pipe holds, so writing goes on after the reader is gone.
    writeFileSync(path.join(folder, 'a.md'), Array.from({ length: 3000 }, (_, i) => `Der Eintritt ist gratis, Absatz ${i}.\n`).join('\n'));
    // The exit code is onevoice's own: 1 for the findings, 0 for the lists.
    const piped = (command: string) =>
      spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" ${command} | head -c 20 >/dev/null; echo "exit \${PIPESTATUS[0]}"`], {
        cwd: folder,
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '', NO_COLOR: '' },
      });
    for (const [command, code] of [
      ['check --no-cache', 1],
      ['check --no-cache --format json', 1],
      ['rules', 0],
      ['explain duplicate', 0],
    ] as const) {
      expect({ command, ...piped(command) }).toMatchObject({ command, stderr: '', stdout: `exit ${code}\n` });
    }
  }, 60_000);

  it('prints its version', () => {
    const result = onevoice(['--version'], ROOT);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('--jobs', () => {
  it('gives the same report whatever the number of threads', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'onevoice-jobs-'));
    cpSync(path.join(FIXTURES, 'demo'), folder, { recursive: true, filter: (source) => !source.includes('node_modules') });
    // Sixty drafts: enough for two threads to share them out.
    for (let i = 0; i < 8; i++) cpSync(path.join(FIXTURES, 'demo', 'marketing'), path.join(folder, 'marketing', `copy-${i}`), { recursive: true });
    const one = onevoice(['--format', 'json', '--jobs', '1'], folder);
    const two = onevoice(['--format', 'json', '--jobs', '2'], folder);
    expect(one.status).toBe(1);
    expect((JSON.parse(one.stdout) as { summary: { files: number } }).summary.files).toBeGreaterThan(48);
    expect(two.stdout).toBe(one.stdout);
    expect(onevoice(['--jobs', '0'], folder)).toMatchObject({ status: 2, stderr: 'onevoice: --jobs takes a whole number from 1, not "0"\n' });
  }, 120_000);

  it('analyses a draft too large for a thread on the main thread, with the same report', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'onevoice-large-'));
    writeFileSync(path.join(folder, 'onevoice.yaml'), 'version: 1\nlanguage: de\nterms:\n  - { use: kostenfrei, avoid: [gratis] }\n');
    for (let i = 0; i < 60; i++)
      writeFileSync(path.join(folder, `beitrag-${i}.md`), `# Beitrag ${i}\n\nDie Stadt fördert offene Daten seit ${2000 + i} mit großem Erfolg, und der Zugang ist gratis.\n`);
    // About 6.6 MB of prose: more than a thread's bounded heap holds while parsing it.
    const paragraph = 'Die Stadt Berlin fördert offene Daten, und die Verwaltung arbeitet seit 2019 eng mit der Community zusammen. '.repeat(5);
    writeFileSync(path.join(folder, 'archiv.md'), `# Archiv\n\n${Array.from({ length: 12_000 }, () => paragraph).join('\n\n')}\n\nDer Zugang bleibt gratis.\n`);
    const one = onevoice(['--format', 'json', '--jobs', '1', '--no-cache'], folder);
    const two = onevoice(['--format', 'json', '--jobs', '2', '--no-cache'], folder);
    expect(one.status).toBe(1);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    expect((JSON.parse(two.stdout) as { findings: { file: string }[] }).findings.some((f) => f.file === 'archiv.md')).toBe(true);
  }, 180_000);
});
