import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './helpers.js';
import { run } from '../src/cli/run.js';

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
        '  5:55  warning  Unexpected `Ebike`, expected `E-Bike`  term',
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

  /** The CLI writing to a terminal `columns` wide (what Node says of a TTY's stdout), with COLUMNS as given. */
  async function onTerminal(columns: number | undefined, env: Record<string, string> = {}) {
    let stdout = '';
    const code = await run([], { cwd: BASIC, env, stdout: { write: (text: string) => (stdout += text), isTTY: true, ...(columns === undefined ? {} : { columns }) }, stderr: { write: () => true } });
    return { code, stdout };
  }

  it("fits a terminal's width: a long message wraps under itself, with no line padded", async () => {
    const { code, stdout } = await onTerminal(60, { NO_COLOR: '1' });
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        '',
        'marketing/social/2026-03-linkedin.md',
        '  5:5   error    Forbidden claim `Marktführer`:',
        '                 Alleinstellung nur mit Beleg (§ 5 UWG)',
        '                 claim',
        '  5:55  warning  Unexpected `Ebike`, expected `E-Bike`  term',
        '',
        'pr/press/2026-03-10-start.md',
        '  8:73  error  Unexpected `kostenlose`, expected',
        '               `kostenfreie`  term',
        '',
        '✖ 3 problems (2 errors, 1 warning) in 2 drafts',
        '',
      ].join('\n'),
    );
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
    // Too narrow for the message beside the position: it goes under it, indented.
    const narrow = (await onTerminal(40, { NO_COLOR: '1' })).stdout.split('\n');
    expect(narrow.slice(2, 6)).toEqual(['  5:5   error', '    Forbidden claim `Marktführer`:', '    Alleinstellung nur mit Beleg (§ 5', '    UWG)  claim']);
    for (const line of narrow.filter((l) => l.startsWith('  '))) expect(line.length).toBeLessThanOrEqual(40);
  });

  it('takes COLUMNS where the terminal gives no width, 80 where neither does, and wraps nothing when piped', async () => {
    const lines = async (columns: number | undefined, env: Record<string, string>) => (await onTerminal(columns, { NO_COLOR: '1', ...env })).stdout.split('\n');
    expect(Math.max(...(await lines(undefined, { COLUMNS: '50' })).map((l) => l.length))).toBeLessThanOrEqual(50);
    expect(await lines(undefined, {})).toEqual(await lines(80, {}));
    expect(await lines(200, { COLUMNS: '50' })).toContain('  5:5   error    Forbidden claim `Marktführer`: Alleinstellung nur mit Beleg (§ 5 UWG)  claim');
    // Piped (no TTY): one finding a line, however narrow COLUMNS says the terminal is.
    expect((await runCli([], BASIC, { COLUMNS: '40' })).stdout).toContain('  5:5   error    Forbidden claim `Marktführer`: Alleinstellung nur mit Beleg (§ 5 UWG)  claim\n');
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
});

describe('a draft that cannot be read or parsed: a parse finding, exit 1, the others still checked', () => {
  const BROKEN = scenario('broken-draft');

  it('reports broken front matter at its place in the report, not on stderr', async () => {
    const { code, report, stderr } = await json([], BROKEN);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(triples(report)).toEqual(['pr/press/gut.md:5:21 term', 'pr/press/kaputt.md:3:21 parse']);
    expect(report.findings[1]).toMatchObject({ severity: 'error', message: expect.stringMatching(/^Invalid front matter: /), team: 'communications' });
    expect(report.summary).toEqual({ files: 2, errors: 2, warnings: 0, infos: 0 });
  });

  it('shows it in every format', async () => {
    expect((await runCli([], BROKEN)).stdout).toMatch(/^pr\/press\/kaputt\.md\n {2}3:21 {2}error {2}Invalid front matter: .+ {2}parse$/m);
    expect((await runCli(['--format', 'github'], BROKEN)).stdout).toMatch(/^::error file=pr\/press\/kaputt\.md,line=3,col=21,endLine=3,endColumn=21,title=onevoice\(parse\)::Invalid front matter: /m);
    const sarif = JSON.parse((await runCli(['--format', 'sarif'], BROKEN)).stdout) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[];
    };
    expect(sarif.runs[0]!.results.map((r) => `${r.ruleId}:${r.locations[0]!.physicalLocation.region.startLine}`)).toEqual(['term:5', 'parse:3']);
    expect((await runCli(['--format', 'junit'], BROKEN)).stdout).toMatch(/<testcase name="3:21 parse"[^>]*>\s*<failure message="Invalid front matter: /);
    expect((await runCli(['--format', 'html'], BROKEN)).stdout).toMatch(/Invalid front matter: [\s\S]*parse/);
  });

  it('is reported whatever --rule picks, left out by --disable parse, and takes its severity from the spec', async () => {
    expect(triples((await json(['--rule', 'claim'], BROKEN)).report)).toEqual(['pr/press/kaputt.md:3:21 parse']);
    expect(triples((await json(['--disable', 'parse'], BROKEN)).report)).toEqual(['pr/press/gut.md:5:21 term']);
    const copy = mkdtempSync(path.join(os.tmpdir(), 'onevoice-parse-'));
    cpSync(BROKEN, copy, { recursive: true });
    writeFileSync(path.join(copy, 'onevoice.yaml'), `${readFileSync(path.join(BROKEN, 'onevoice.yaml'), 'utf8')}rules: { parse: warning, term: off }\n`);
    const { code, report } = await json([], copy);
    expect(code).toBe(0);
    expect(report.findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['parse warning']);
  });

  it('cannot be suppressed by a comment', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'onevoice-parse-'));
    writeFileSync(path.join(folder, 'onevoice.yaml'), 'version: 1\nlanguage: de\n');
    writeFileSync(path.join(folder, 'a.md'), '<!-- onevoice-disable-file -->\n\nText mit \u0000 darin.\n');
    const { code, report } = await json([], folder);
    expect(code).toBe(1);
    expect(triples(report)).toEqual(['a.md:3:10 parse']);
  });

  it('onevoice coverage names it on stderr and exits 1', async () => {
    const { code, stderr } = await runCli(['coverage'], BROKEN);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^onevoice: pr\/press\/kaputt\.md:3:21: invalid front matter: .+\n$/);
  });

  it('leaves exit 2 to spec and usage errors', async () => {
    const result = await runCli(['--format', 'json'], scenario('bad-spec'));
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect((await runCli(['pr/press/nope.md', 'pr/press/gut.md'], BROKEN)).code).toBe(2);
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

describe('list options', () => {
  const LINKEDIN = 'marketing/social/2026-03-linkedin.md';
  const PRESS = 'pr/press/2026-03-10-start.md';
  const rulesOf = (report: JsonReport) => [...new Set(report.findings.map((f) => f.ruleId))].sort();

  it('take a comma list or repeat', async () => {
    const all = ['claim', 'term'];
    expect(rulesOf((await json(['--rule', 'term,claim'])).report)).toEqual(all);
    expect(rulesOf((await json(['--rule', 'term', '--rule', 'claim'])).report)).toEqual(all);
    expect(rulesOf((await json(['--rule', 'term, claim'])).report)).toEqual(all);
    expect(rulesOf((await json(['--disable', 'duplicate', '--disable', 'claim'])).report)).toEqual(['term']);
    expect(rulesOf((await json(['--disable', 'duplicate,claim'])).report)).toEqual(['term']);
    expect((await json(['--team', 'marketing,communications'])).report.summary.files).toBe(2);
    expect((await json(['--team', 'marketing', '--team', 'communications'])).report.summary.files).toBe(2);
  });

  // lint-staged runs the configured command with the staged files' absolute paths appended.
  it.each([
    [['--rule', 'term'], ['term'], 2],
    [['--rule', 'term,claim'], ['claim', 'term'], 2],
    [['--disable', 'duplicate'], ['claim', 'term'], 2],
    [['--disable', 'duplicate', '--disable', 'claim'], ['term'], 2],
    [['--team', 'marketing'], ['claim', 'term'], 1],
  ])('%j never takes the paths lint-staged appends', async (options, rules, files) => {
    const { code, report, stderr } = await json(['check', ...options, path.join(BASIC, LINKEDIN), path.join(BASIC, PRESS)]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.summary.files).toBe(files);
    expect(rulesOf(report)).toEqual(rules);
    expect(new Set(report.findings.map((f) => f.file))).toEqual(new Set(files === 2 ? [LINKEDIN, PRESS] : [LINKEDIN]));
  });

  it("coverage's --team too", async () => {
    const { code, stdout } = await runCli(['coverage', '--team', 'communications', '--format', 'json', PRESS], BASIC);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toBeTypeOf('object');
  });
});

describe('messages', () => {
  it('a mistyped command, rule, team, format or option gets a "did you mean", and nothing goes to stdout', async () => {
    const cases: [string[], string][] = [
      [['chek'], 'unknown command "chek"; did you mean "check"?'],
      [['rule'], 'unknown command "rule"; did you mean "rules"?'],
      [['help', 'chek'], 'unknown command "chek"; did you mean "check"?'],
      [['coverge', '--format', 'json'], 'unknown command "coverge"; did you mean "coverage"?'],
      [['--rule', 'Term'], 'unknown rule "Term"; did you mean "term"?'],
      [['--disable', 'term,duplicat'], 'unknown rule "duplicat"; did you mean "duplicate"?'],
      [['explain', 'clam'], 'unknown rule "clam"; did you mean "claim"?'],
      [['--team', 'marketin'], 'unknown team "marketin" in --team; did you mean "marketing"?'],
      [['--team', 'sales'], 'unknown team "sales" in --team; the spec declares marketing, communications'],
      [['--format', 'jsn'], 'unknown format "jsn"; did you mean "json"?'],
      [['--format', 'pdf'], 'unknown format "pdf"; use one of stylish, json, sarif, github, junit, html, markdown'],
      [['coverage', '--format', 'tabel'], 'unknown format "tabel"; did you mean "table"?'],
      [['--disabel', 'claim'], 'unknown option \'--disabel\'; did you mean "--disable"?'],
    ];
    for (const [argv, message] of cases) expect(await runCli(argv, BASIC)).toEqual({ code: 2, stdout: '', stderr: `onevoice: ${message}\n` });
  });

  it('a word near no command is a path, and a missing path is the one error, with no report', async () => {
    expect(await runCli(['flyer'], BASIC)).toEqual({ code: 2, stdout: '', stderr: 'onevoice: flyer: no such file or folder\n' });
    expect(await runCli(['check', 'chek'], BASIC)).toEqual({ code: 2, stdout: '', stderr: 'onevoice: chek: no such file or folder\n' });
  });

  it('--max-warnings says why it fails', async () => {
    const warningsOnly = ['--rule', 'term', '--team', 'marketing', '--format', 'json'];
    const { code, stdout, stderr } = await runCli([...warningsOnly, '--max-warnings', '0'], BASIC);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ summary: { warnings: 1 } });
    expect(stderr).toBe('onevoice: too many warnings (1, maximum 0)\n');
    expect(await runCli([...warningsOnly, '--max-warnings', '1'], BASIC)).toMatchObject({ code: 0, stderr: '' });
  });

  it('a spec without drafts yet exits 0 with a note', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'onevoice-empty-'));
    writeFileSync(path.join(cwd, 'onevoice.yaml'), 'version: 1\nlanguage: de\n');
    expect(await runCli([], cwd)).toEqual({
      code: 0,
      stdout: '✔ 0 drafts checked, no problems\n',
      stderr: "onevoice: no drafts (.md, .markdown, .mdx) under the spec's folder yet; nothing to check\n",
    });
    const { code, stdout } = await runCli(['--format', 'json'], cwd);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ summary: { files: 0, errors: 0 } });
  });
});

describe('--stdin', () => {
  function repo() {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'onevoice-stdin-'));
    writeFileSync(
      path.join(cwd, 'onevoice.yaml'),
      'version: 1\nlanguage: de\nteams:\n  marketing: { paths: ["marketing/**"] }\nterms:\n  - { use: kostenfrei, avoid: [gratis] }\nfacts:\n  - { id: fest, context: [Sommerfest] }\n',
    );
    mkdirSync(path.join(cwd, 'pr'));
    writeFileSync(path.join(cwd, 'pr/fest.md'), '# Fest\n\nDas Sommerfest findet am 20. Juni 2026 statt.\n');
    return cwd;
  }

  it('checks the text piped in as the named draft, against the drafts on disk', async () => {
    const cwd = repo();
    const text = '# Einladung\n\nDas Sommerfest ist am 27. Juni 2026,\nder Eintritt ist gratis.\n';
    const result = await runCli(['--stdin', '--stdin-filename', 'marketing/blog/einladung.md', '--format', 'json'], cwd, {}, text);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const piped = JSON.parse(result.stdout) as JsonReport & { findings: { related?: { file: string; line: number }[] }[] };
    expect(piped.summary.files).toBe(1);
    expect(triples(piped)).toEqual(['marketing/blog/einladung.md:3:23 fact-conflict', 'marketing/blog/einladung.md:4:18 term']);
    expect(piped.findings[0]).toMatchObject({ team: 'marketing', related: [{ file: 'pr/fest.md', line: 3 }] });
  });

  it('reads the piped text in place of the draft on disk of that name', async () => {
    const cwd = repo();
    const result = await runCli(['--stdin', '--stdin-filename', 'pr/fest.md', '--format', 'json'], cwd, {}, 'Gratis!\n');
    expect(triples(JSON.parse(result.stdout) as JsonReport)).toEqual(['pr/fest.md:1:1 term']);
    // No draft, on disk or piped in, is in marketing/: the spec's paths for it are warned of, the exit code stays 0.
    expect(await runCli(['--stdin', '--stdin-filename', 'pr/fest.md'], cwd, {}, 'Alles kostenfrei.\n')).toEqual({
      code: 0,
      stdout: '✔ 1 draft checked, no problems\n',
      stderr: 'onevoice: onevoice.yaml:4:3: warning: team "marketing" paths match no draft\n',
    });
  });

  it('refuses what does not go with it', async () => {
    const cwd = repo();
    const cases: [string[], string][] = [
      [['--stdin', 'pr/fest.md'], '--stdin checks the text piped in: give its name with --stdin-filename, and no paths'],
      [['--stdin-filename', 'a.md'], '--stdin-filename names the draft read with --stdin; give --stdin too'],
      [['--stdin', '--stdin-filename', 'notes.txt'], "notes.txt: --stdin-filename takes a draft's name (.md, .markdown, .mdx)"],
      [['--stdin', '--fix'], '--fix writes drafts in place, and --stdin reads no file: use one or the other'],
      [['--stdin', '--staged'], '--staged and --stdin do not go together'],
    ];
    for (const [argv, message] of cases) expect(await runCli(argv, cwd, {}, 'Text.\n')).toEqual({ code: 2, stdout: '', stderr: `onevoice: ${message}\n` });
  });
});
