import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './helpers.js';

const scenario = (name: string) => path.join(FIXTURES, 'cli', name);
const BASIC = scenario('basic');

interface JsonReport {
  tool: { name: string; version: string };
  spec: string;
  summary: { files: number; errors: number; warnings: number; infos: number };
  findings: { ruleId: string; severity: string; file: string; line: number; column: number; endLine: number; endColumn: number; team?: string; ref?: string; fix?: { text: string } }[];
}

async function json(argv: string[], cwd = BASIC) {
  const result = await runCli([...argv, '--format', 'json'], cwd);
  return { ...result, report: JSON.parse(result.stdout) as JsonReport };
}

const triples = (report: JsonReport) => report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);

describe('onevoice check', () => {
  it('checks every draft under the spec folder but the ignored ones, in JSON', async () => {
    const { code, report, stderr } = await json([]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.tool.name).toBe('onevoice');
    expect(report.spec).toBe('onevoice.yaml');
    expect(report.summary).toEqual({ files: 2, errors: 2, warnings: 1, infos: 0 });
    expect(triples(report)).toEqual(['marketing/social/2026-03-linkedin.md:5:5 claim', 'marketing/social/2026-03-linkedin.md:5:55 term', 'pr/press/2026-03-10-start.md:8:73 term']);
    expect(report.findings[2]).toMatchObject({ team: 'communications', ref: 'terms[0]', endLine: 8, endColumn: 83, fix: { text: 'kostenfreie' } });
  });

  it('prints paths relative to the working directory', async () => {
    const { report } = await json(['--spec', 'basic/onevoice.yaml', 'basic/pr'], path.join(FIXTURES, 'cli'));
    expect(report.spec).toBe('basic/onevoice.yaml');
    expect(triples(report)).toEqual(['basic/pr/press/2026-03-10-start.md:8:73 term']);
  });

  it('takes files, folders and globs', async () => {
    expect(triples((await json(['marketing/social/2026-03-linkedin.md'])).report)).toHaveLength(2);
    expect(triples((await json(['pr'])).report)).toHaveLength(1);
    expect(triples((await json(['**/press/*.md'])).report)).toHaveLength(1);
  });

  it('never checks ignored drafts, even when named', async () => {
    const { code, report } = await json(['archive/2024-alt.md', 'pr']);
    expect(code).toBe(1);
    expect(report.findings.every((f) => !f.file.startsWith('archive/'))).toBe(true);
  });

  it('--quiet reports errors only and --max-warnings turns warnings into exit 1', async () => {
    expect((await json(['--quiet'])).report.summary).toMatchObject({ errors: 2, warnings: 0 });
    const warningsOnly = ['--rule', 'term', '--team', 'marketing'];
    expect((await json(warningsOnly)).code).toBe(0);
    expect((await json([...warningsOnly, '--max-warnings', '0'])).code).toBe(1);
    expect((await json([...warningsOnly, '--max-warnings', '1'])).code).toBe(0);
  });

  it('--rule and --disable pick the rules', async () => {
    expect(new Set((await json(['--rule', 'claim'])).report.findings.map((f) => f.ruleId))).toEqual(new Set(['claim']));
    expect(new Set((await json(['--disable', 'claim'])).report.findings.map((f) => f.ruleId))).toEqual(new Set(['term']));
  });

  it("--team checks only that team's drafts", async () => {
    const { report } = await json(['--team', 'communications']);
    expect(report.summary.files).toBe(1);
    expect(report.findings.map((f) => f.team)).toEqual(['communications']);
  });

  it('--output writes the report to a file and nothing to stdout', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'onevoice-out-')), 'report.json');
    const { code, stdout } = await runCli(['--format', 'json', '--output', out], BASIC);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as JsonReport).summary.errors).toBe(2);
  });

  it('exits 0 on clean drafts, never matching code', async () => {
    const { code, stdout } = await runCli([], scenario('clean'));
    expect(code).toBe(0);
    expect(stdout).toBe('✔ 1 draft checked, no problems\n');
  });
});

describe('stylish output', () => {
  it('groups findings by file with a summary line, no colour off a TTY', async () => {
    const { stdout } = await runCli([], BASIC);
    expect(stdout).toBe(
      [
        '',
        'marketing/social/2026-03-linkedin.md',
        '  5:5   error    Forbidden claim `Marktführer`: Alleinstellung nur mit Beleg (§ 5 UWG)  claim',
        '  5:55  warning  Unexpected `Ebike`, expected `E-Bike`                                  term',
        '',
        'pr/press/2026-03-10-start.md',
        // The message names what the fix writes: the ending carried over.
        '  8:73  error  Unexpected `kostenlose`, expected `kostenfreie`  term',
        '',
        '✖ 3 problems (2 errors, 1 warning) in 2 drafts',
        '',
      ].join('\n'),
    );
  });

  it('honours FORCE_COLOR, NO_COLOR and --no-color', async () => {
    const colored = (env: Record<string, string>, argv: string[] = []) => runCli(argv, BASIC, env).then((r) => r.stdout.includes('\u001b['));
    expect(await colored({ FORCE_COLOR: '1' })).toBe(true);
    expect(await colored({ FORCE_COLOR: '0' })).toBe(false);
    expect(await colored({ NO_COLOR: '1' })).toBe(false);
    expect(await colored({}, ['--no-color'])).toBe(false);
  });
});

describe('bad input: one onevoice line on stderr, exit 2', () => {
  it('a misspelled key in the spec', async () => {
    const result = await runCli([], scenario('bad-spec'));
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'onevoice: onevoice.yaml:6:5: unknown key "casesensitive" in terms[0] (did you mean "case_sensitive"?)\n' });
  });

  it('no spec anywhere up the tree', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'onevoice-nospec-'));
    const result = await runCli([], empty);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^onevoice: no onevoice\.yaml, onevoice\.yml or \.onevoice\.yaml in .* or any parent folder/);
  });

  it('a missing spec file, a missing path, an empty folder, a glob without matches', async () => {
    expect((await runCli(['--spec', 'nope.yaml'], BASIC)).stderr).toBe('onevoice: nope.yaml: cannot read the spec: no such file\n');
    expect((await runCli(['pr/press/nope.md'], BASIC)).stderr).toBe('onevoice: pr/press/nope.md: no such file or folder\n');
    expect((await runCli(['archive'], BASIC)).stderr).toBe('onevoice: archive: no drafts (.md, .markdown, .mdx) in this folder\n');
    expect((await runCli(['**/blog/*.md'], BASIC)).stderr).toBe('onevoice: **/blog/*.md: no drafts match this pattern\n');
  });

  it('usage errors', async () => {
    expect(await runCli(['--bogus'], BASIC)).toMatchObject({ code: 2, stdout: '', stderr: "onevoice: unknown option '--bogus'\n" });
    expect(await runCli(['--rule', 'terms'], BASIC)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^onevoice: unknown rule "terms"/) });
    expect(await runCli(['--team', 'sales'], BASIC)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^onevoice: unknown team "sales" in --team/) });
    expect(await runCli(['--max-warnings', 'many'], BASIC)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^onevoice: --max-warnings takes a whole number/) });
  });

  it('a draft with broken front matter is reported alone; the others are still checked', async () => {
    const { code, report, stderr } = await json([], scenario('broken-draft'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^onevoice: pr\/press\/kaputt\.md:3:21: invalid front matter: .+\n$/);
    expect(triples(report)).toEqual(['pr/press/gut.md:5:21 term']);
  });
});

describe('onevoice rules', () => {
  it('lists the rules with their default severity', async () => {
    const { code, stdout } = await runCli(['rules'], BASIC);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^term\s+error\s+draft\s+Use the approved terms/m);
    expect(stdout).toMatch(/^claim\s+error\s+draft\s+/m);
  });
});
