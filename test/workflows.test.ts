// Workflows: git-selected drafts, --fix, baselines, init and explain, through the real CLI.

import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftError } from '../src/errors.js';
import { applyFixes, writeAtomically } from '../src/fix.js';
import { parseSpec } from '../src/index.js';
import { FIXTURES, runCli } from './helpers.js';

const temp = (name: string) => mkdtempSync(path.join(os.tmpdir(), `onevoice-${name}-`));
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=CI', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};

const SPEC = `version: 1
language: de
teams:
  marketing:      { paths: ["marketing/**"] }
  communications: { paths: ["pr/**"] }
terms:
  - { use: kostenfrei, avoid: [kostenlos, gratis] }
facts:
  - { id: summer-party, context: [Sommerfest] }
`;

interface Json {
  summary: { files: number };
  findings: { file: string; line: number; column: number; ruleId: string; related?: { file: string }[] }[];
}
const json = (stdout: string) => JSON.parse(stdout) as Json;

describe('--staged and --changed-since', () => {
  function repo() {
    const cwd = temp('git');
    git(cwd, 'init', '-q');
    write(path.join(cwd, 'onevoice.yaml'), SPEC);
    write(path.join(cwd, 'pr/press/fest.md'), 'Das Sommerfest findet am 20. Juni 2026 statt.\n');
    write(path.join(cwd, 'marketing/blog/alt.md'), 'Alles gratis – ein alter Fehler, schon eingecheckt.\n');
    git(cwd, 'add', '.');
    git(cwd, 'commit', '-q', '-m', 'first drafts');
    return cwd;
  }

  it('checks only the staged draft, yet reports its conflict with a committed one', async () => {
    const cwd = repo();
    write(path.join(cwd, 'marketing/social/fest.md'), 'Sommerfest am 27. Juni 2026!\n');
    write(path.join(cwd, 'marketing/social/notiz.md'), 'Nicht gestaged: gratis.\n');
    git(cwd, 'add', 'marketing/social/fest.md');
    const { code, stdout } = await runCli(['--staged', '--format', 'json'], cwd);
    const report = json(stdout);
    expect(code).toBe(1);
    expect(report.summary.files).toBe(1);
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['marketing/social/fest.md:1 fact-conflict']);
    expect(report.findings[0]?.related?.map((r) => r.file)).toEqual(['pr/press/fest.md']);
  });

  it('checks the staged text, with its own line numbers, though the working copy fixed it', async () => {
    const cwd = repo();
    const draft = path.join(cwd, 'marketing/blog/neu.md');
    write(draft, '# Neu\n\nDie Probefahrt ist gratis.\n');
    git(cwd, 'add', 'marketing/blog/neu.md');
    // Fixed, and lines added above, in the working copy only: the commit would still say "gratis".
    write(draft, '# Neu\n\nEin Absatz mehr.\n\nNoch einer.\n\nDie Probefahrt ist kostenfrei.\n');
    const { code, stdout } = await runCli(['--staged', '--format', 'json'], cwd);
    expect(code).toBe(1);
    expect(json(stdout).findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual(['marketing/blog/neu.md:3:20 term']);
    // And the other way round: gratis in the working copy only is no concern of the commit.
    write(draft, '# Neu\n\nDie Probefahrt ist kostenfrei.\n');
    git(cwd, 'add', 'marketing/blog/neu.md');
    write(draft, 'Gratis!\n');
    expect(await runCli(['--staged'], cwd)).toMatchObject({ code: 0, stdout: '✔ 1 draft checked, no problems\n' });
    expect(json((await runCli(['--format', 'json', 'marketing/blog/neu.md'], cwd)).stdout).findings.map((f) => f.ruleId)).toEqual(['term']);
  });

  it('compares with the corpus as staged: the index text of other drafts, without drafts staged for deletion or never added', async () => {
    const cwd = repo();
    write(path.join(cwd, 'marketing/social/fest.md'), 'Sommerfest am 27. Juni 2026!\n');
    git(cwd, 'add', 'marketing/social/fest.md');
    // The committed press draft agrees in the working copy only; untracked drafts are no part of the commit.
    write(path.join(cwd, 'pr/press/fest.md'), 'Das Sommerfest findet am 27. Juni 2026 statt.\n');
    write(path.join(cwd, 'pr/press/entwurf.md'), 'Sommerfest am 28. Juni 2026.\n');
    const first = json((await runCli(['--staged', '--format', 'json'], cwd)).stdout);
    expect(first.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['marketing/social/fest.md:1 fact-conflict']);
    expect(first.findings[0]?.related?.map((r) => r.file)).toEqual(['pr/press/fest.md']);
    // Staged for deletion, though still on disk: no longer part of what is compared.
    git(cwd, 'rm', '-q', '--cached', 'pr/press/fest.md');
    expect(await runCli(['--staged'], cwd)).toMatchObject({ code: 0, stdout: '✔ 1 draft checked, no problems\n' });
  });

  it('reads the spec as staged too', async () => {
    const cwd = repo();
    write(path.join(cwd, 'pr/press/neu.md'), 'Die Probefahrt ist gratis.\n');
    git(cwd, 'add', 'pr/press/neu.md');
    // Not staged: the commit keeps the term.
    write(path.join(cwd, 'onevoice.yaml'), SPEC.replace('terms:\n  - { use: kostenfrei, avoid: [kostenlos, gratis] }\n', ''));
    expect(await runCli(['pr/press/neu.md'], cwd)).toMatchObject({ code: 0 });
    const { code, stdout } = await runCli(['--staged', '--format', 'json'], cwd);
    expect(code).toBe(1);
    expect(json(stdout).findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual(['pr/press/neu.md:1:20 term']);
  });

  it('reads many drafts from the index in one go', async () => {
    const cwd = repo();
    for (let i = 0; i < 40; i++) write(path.join(cwd, `marketing/blog/post-${i}.md`), `# Post ${i}\n\nText ${i}, kostenfrei.\n`);
    git(cwd, 'add', '.');
    for (let i = 0; i < 40; i++) write(path.join(cwd, `marketing/blog/post-${i}.md`), `# Post ${i}\n\nAnders ${i}: gratis und gratis.\n`);
    const { code, stdout } = await runCli(['--staged', '--format', 'json'], cwd);
    expect(code).toBe(0);
    expect(json(stdout).summary.files).toBe(40);
  });

  it('checks nothing when no draft is staged', async () => {
    const { code, stdout } = await runCli(['--staged'], repo());
    expect(code).toBe(0);
    expect(stdout).toBe('✔ 0 drafts checked, no problems\n');
  });

  it('checks the drafts changed since a ref, committed or not', async () => {
    const cwd = repo();
    git(cwd, 'tag', 'base');
    write(path.join(cwd, 'pr/press/neu.md'), 'Die Probefahrt ist gratis.\n');
    git(cwd, 'add', '.');
    git(cwd, 'commit', '-q', '-m', 'new draft');
    const { stdout } = await runCli(['--changed-since', 'base', '--format', 'json'], cwd);
    expect(json(stdout).findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['pr/press/neu.md:1 term']);
  });

  it('says so when git cannot help, in one line', async () => {
    expect(await runCli(['--changed-since', 'no-such-ref'], repo())).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'onevoice: --changed-since: "no-such-ref" is no commit, branch or tag of this repository\n',
    });
    const outside = temp('no-git');
    write(path.join(outside, 'onevoice.yaml'), SPEC);
    expect(await runCli(['--staged'], outside)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^onevoice: git (diff|rev-parse) failed: not a git repository/) });
    expect(await runCli(['--changed-since', '--upload-pack=x'], repo())).toMatchObject({ code: 2, stderr: expect.stringMatching(/takes a git ref/) });
  });

  it('names the fix when the ref is missing from a shallow clone, as a CI checkout makes one', async () => {
    const origin = repo();
    git(origin, 'branch', '-M', 'main');
    git(origin, 'checkout', '-q', '-b', 'spring-post');
    write(path.join(origin, 'marketing/blog/fruehling.md'), 'Im Frühling ist die Probefahrt gratis.\n');
    git(origin, 'add', '.');
    git(origin, 'commit', '-q', '-m', 'spring post');
    // What actions/checkout does by default: one commit of the pull request's branch.
    const clone = path.join(temp('shallow'), 'content');
    git(path.dirname(clone), 'clone', '-q', '--depth', '1', '--branch', 'spring-post', `file://${origin}`, clone);
    expect(git(clone, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
    expect(await runCli(['--changed-since', 'origin/main'], clone)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'onevoice: --changed-since: "origin/main" is not in this shallow clone; fetch the history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)\n',
    });
    // With the history fetched (what fetch-depth: 0 does), the same command checks the branch's new draft.
    git(clone, 'fetch', '-q', '--unshallow', 'origin', '+refs/heads/*:refs/remotes/origin/*');
    const { code, stdout } = await runCli(['--changed-since', 'origin/main', '--format', 'json'], clone);
    expect(code).toBe(1);
    expect(json(stdout).findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual(['marketing/blog/fruehling.md:1:32 term']);
  });
});

describe('--fix', () => {
  function files(root: string): Map<string, string> {
    const out = new Map<string, string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          // The parse cache lives in node_modules/.cache; only drafts matter here.
          if (entry.name !== 'node_modules') walk(full);
        } else out.set(path.relative(root, full), readFileSync(full, 'latin1'));
      }
    };
    walk(root);
    return out;
  }

  it('changes only the flagged spans of the demo repo, and a second run changes nothing', async () => {
    const cwd = temp('fix');
    cpSync(path.join(FIXTURES, 'demo'), cwd, { recursive: true, filter: (source) => !source.includes('node_modules') });
    const before = files(cwd);
    const first = json((await runCli(['--format', 'json', '--rule', 'term'], cwd)).stdout).findings;
    const { stdout } = await runCli(['--fix', '--format', 'json', '--rule', 'term'], cwd);
    const after = files(cwd);
    const left = json(stdout).findings;
    // Every term finding with a fix is gone; the ones without a safe fix remain.
    expect(left.length).toBeLessThan(first.length);
    for (const [file, text] of after) {
      const old = before.get(file)!;
      if (old === text) continue;
      const changed = text
        .split('\n')
        .map((line, i) => (line === old.split('\n')[i] ? 0 : i + 1))
        .filter(Boolean);
      const flagged = new Set(first.filter((f) => f.file === file).map((f) => f.line));
      expect(changed.every((line) => flagged.has(line))).toBe(true);
      expect(text.split('\n')).toHaveLength(old.split('\n').length);
    }
    expect(after.get('pr/press/2026-03-10-fruehjahrsstart.md')).toContain('zum kostenfreien Startpaket');
    await runCli(['--fix', '--rule', 'term'], cwd);
    expect(files(cwd)).toEqual(after);
  });

  it('keeps the byte-order mark, CRLF line ends and the file mode, and never touches code', async () => {
    const cwd = temp('fix-bytes');
    write(path.join(cwd, 'onevoice.yaml'), SPEC);
    const draft = path.join(cwd, 'pr/a.md');
    write(draft, '\uFEFF# Titel\r\n\r\nAlles gratis.\r\n\r\n```\r\ngratis\r\n```\r\n\r\n[gratis](https://example.com/gratis)\r\n');
    chmodSync(draft, 0o640);
    const { stdout } = await runCli(['--fix'], cwd);
    expect(readFileSync(draft, 'utf8')).toBe('\uFEFF# Titel\r\n\r\nAlles kostenfrei.\r\n\r\n```\r\ngratis\r\n```\r\n\r\n[kostenfrei](https://example.com/gratis)\r\n');
    expect(statSync(draft).mode & 0o777).toBe(0o640);
    expect(stdout).toBe('✔ 1 draft checked, no problems\n');
  });

  // A press release of a fictional energy supplier: the casing fix makes way for the compound fix.
  const NORDLICHT = `version: 1
language: de
terms:
  - { use: Nordlicht Energie, case_sensitive: true, compound: hyphenate }
  - { use: kostenfrei, avoid: [kostenlos, gratis] }
voice: { numbers: { thousands: "." }, dates: long }
`;
  const RELEASE = 'Kiel, 2. März 2026. Der neue NORDLICHT ENERGIE Tarif startet am 31.08.2026 für 4 800 Haushalte.\n\nDer Wechsel ist kostenlos.\n';
  const FIXED = 'Kiel, 2. März 2026. Der neue Nordlicht-Energie-Tarif startet am 31. August 2026 für 4.800 Haushalte.\n\nDer Wechsel ist kostenfrei.\n';

  it('reaches the fixed point in one run and says on stderr what it did', async () => {
    const cwd = temp('fix-point');
    write(path.join(cwd, 'onevoice.yaml'), NORDLICHT);
    write(path.join(cwd, 'presse/tarif.md'), RELEASE);
    write(path.join(cwd, 'presse/ohne.md'), 'Nichts zu beanstanden.\n');
    expect(await runCli(['--fix'], cwd)).toEqual({ code: 0, stdout: '✔ 2 drafts checked, no problems\n', stderr: 'fixed 5 problems in 1 draft\n' });
    expect(readFileSync(path.join(cwd, 'presse/tarif.md'), 'utf8')).toBe(FIXED);
    expect(await runCli(['--fix'], cwd)).toEqual({ code: 0, stdout: '✔ 2 drafts checked, no problems\n', stderr: 'fixed 0 problems in 0 drafts\n' });
  });

  it('--fix-dry-run writes nothing and prints the unified diff that --fix would make', async () => {
    const cwd = temp('fix-dry');
    git(cwd, 'init', '-q');
    write(path.join(cwd, 'onevoice.yaml'), NORDLICHT);
    write(path.join(cwd, 'presse/tarif.md'), RELEASE);
    git(cwd, 'add', '.');
    git(cwd, 'commit', '-q', '-m', 'draft');
    const dry = await runCli(['--fix-dry-run', '--format', 'json'], cwd);
    expect(dry).toEqual({
      code: 1,
      stdout: [
        '--- a/presse/tarif.md',
        '+++ b/presse/tarif.md',
        '@@ -1,3 +1,3 @@',
        '-' + RELEASE.split('\n')[0],
        '+' + FIXED.split('\n')[0],
        ' ',
        '-Der Wechsel ist kostenlos.',
        '+Der Wechsel ist kostenfrei.',
        '',
      ].join('\n'),
      stderr: 'would fix 5 problems in 1 draft\n',
    });
    expect(readFileSync(path.join(cwd, 'presse/tarif.md'), 'utf8')).toBe(RELEASE);
    // The diff is what --fix does: git applies it.
    write(path.join(cwd, 'fix.diff'), dry.stdout);
    git(cwd, 'apply', 'fix.diff');
    expect(readFileSync(path.join(cwd, 'presse/tarif.md'), 'utf8')).toBe(FIXED);
    expect(await runCli(['--fix-dry-run', 'presse'], cwd)).toEqual({ code: 0, stdout: '', stderr: 'would fix 0 problems in 0 drafts\n' });
    expect(await runCli(['--fix', '--fix-dry-run'], cwd)).toMatchObject({ code: 2, stderr: 'onevoice: --fix and --fix-dry-run do not go together\n' });
  });

  it('fixes the drafts it can and reports the one it cannot write back byte for byte', async () => {
    const cwd = temp('fix-utf16');
    write(path.join(cwd, 'onevoice.yaml'), NORDLICHT);
    write(path.join(cwd, 'presse/a.md'), 'Der Wechsel ist kostenlos.\n');
    writeFileSync(path.join(cwd, 'presse/b.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Der Wechsel ist gratis.\n', 'utf16le')]));
    const { code, stderr } = await runCli(['--fix', '--format', 'json'], cwd);
    expect(code).toBe(2);
    expect(stderr).toBe('fixed 1 problem in 1 draft\nonevoice: presse/b.md: not valid UTF-8: not fixed\n');
    expect(readFileSync(path.join(cwd, 'presse/a.md'), 'utf8')).toBe('Der Wechsel ist kostenfrei.\n');
  });

  it('names in the message what the fix writes (the demo press release, 15:217)', async () => {
    const { stdout } = await runCli(['pr/press/2026-03-10-fruehjahrsstart.md', '--format', 'json', '--rule', 'term', '--no-cache'], path.join(FIXTURES, 'demo'));
    const finding = (JSON.parse(stdout) as { findings: { line: number; column: number; message: string; fix?: { text: string } }[] }).findings.find((f) => f.line === 15);
    expect(finding).toEqual(expect.objectContaining({ column: 217, message: 'Unexpected `kostenlosen`, expected `kostenfreien`', fix: { text: 'kostenfreien' } }));
  });

  it('makes no fix that overlaps another, and writes all or nothing', () => {
    expect(
      applyFixes('ab gratis cd', [
        { range: [3, 9], text: 'kostenfrei' },
        { range: [5, 12], text: 'x' },
      ]).applied,
    ).toBe(1);
    const cwd = temp('fix-atomic');
    const file = path.join(cwd, 'a.md');
    writeFileSync(file, 'original');
    expect(() =>
      writeAtomically(file, 'new text', () => {
        throw Object.assign(new Error('rename failed'), { code: 'EXDEV' });
      }),
    ).toThrow(DraftError);
    expect(readFileSync(file, 'utf8')).toBe('original');
    expect(readdirSync(cwd)).toEqual(['a.md']);
  });
});

describe('--baseline', () => {
  it('holds the accepted findings by their text, also when lines are added above them', async () => {
    const cwd = temp('baseline');
    write(path.join(cwd, 'onevoice.yaml'), SPEC);
    const draft = path.join(cwd, 'pr/a.md');
    write(draft, '# Titel\n\nAlles gratis.\n');
    const written = await runCli(['--write-baseline', 'baseline.json', '--format', 'json'], cwd);
    expect(written.code).toBe(0);
    expect(json(written.stdout).findings).toEqual([]);
    // The spec's marketing paths match no draft of this one-draft repo: said once a run, beside the note.
    const unmatched = 'onevoice: onevoice.yaml:4:3: warning: team "marketing" paths match no draft\n';
    expect(written.stderr).toBe(`${unmatched}onevoice: baseline.json: wrote 1 finding to the baseline; runs with --baseline baseline.json report only new ones\n`);
    expect(JSON.parse(readFileSync(path.join(cwd, 'baseline.json'), 'utf8'))).toEqual({ tool: 'onevoice', version: 1, findings: [{ rule: 'term', file: 'pr/a.md', text: 'gratis', count: 1 }] });

    write(draft, '# Titel\n\nEin neuer Absatz.\n\nNoch einer.\n\nAlles gratis.\n');
    expect(await runCli(['--baseline', 'baseline.json'], cwd)).toEqual({
      code: 0,
      stdout: '✔ 1 draft checked, no problems\n',
      stderr: `${unmatched}onevoice: baseline.json: 1 finding in the baseline, not reported\n`,
    });
    write(draft, '# Titel\n\nAuch kostenlos.\n\nAlles gratis.\n');
    const { code, stdout } = await runCli(['--baseline', 'baseline.json', '--format', 'json'], cwd);
    expect(code).toBe(1);
    expect(json(stdout).findings.map((f) => f.line)).toEqual([3]);
  });

  it('refuses a file that is no baseline', async () => {
    const cwd = temp('baseline-bad');
    write(path.join(cwd, 'onevoice.yaml'), SPEC);
    write(path.join(cwd, 'a.md'), 'Text.\n');
    write(path.join(cwd, 'b.json'), '{"findings": 3}');
    expect(await runCli(['--baseline', 'b.json'], cwd)).toMatchObject({ code: 2, stderr: 'onevoice: b.json: cannot read the baseline: not an onevoice baseline (version 1)\n' });
  });
});

describe('init and explain', () => {
  it('writes a starter spec that loads and names its schema, with example drafts, and never overwrites', async () => {
    const cwd = temp('init');
    expect(await runCli(['init', '--example'], cwd)).toMatchObject({ code: 0, stdout: 'wrote onevoice.yaml\nwrote pr/press/2026-05-12-start.md\nwrote marketing/blog/2026-05-14-pendeln.md\n' });
    const spec = readFileSync(path.join(cwd, 'onevoice.yaml'), 'utf8');
    expect(spec.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/onevoice/src/spec/onevoice.schema.json');
    expect(parseSpec(spec, path.join(cwd, 'onevoice.yaml')).terms).toHaveLength(1);
    expect((await runCli(['check'], cwd)).code).toBe(1);
    expect(await runCli(['init'], cwd)).toMatchObject({ code: 2, stderr: 'onevoice: onevoice.yaml: a spec is already here; onevoice init never overwrites it\n' });
    expect(existsSync(path.join(cwd, 'onevoice.yaml'))).toBe(true);
  });

  it('explains a rule from its page in docs/rules, rendered for a terminal', async () => {
    const { code, stdout } = await runCli(['explain', 'fact-mismatch'], FIXTURES);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 4)).toEqual(['fact-mismatch', '=============', '', 'Figures and dates agree with the approved facts; "more than 1,000" agrees with 1,024.']);
    expect(stdout).toContain('\nWhat it checks\n--------------\n');
    expect(stdout).toContain('A statement of a fact');
    expect(stdout).toContain('- `mismatch`: Fact `{{id}}` is stated as {{found}}; approved is {{expected}}');
    expect(stdout).toContain('Invalid:\n\n  onevoice.yaml:\n    version: 1\n');
    expect(stdout).toContain('  findings:\n    marketing/blog/bilanz.md:1:10 mismatch: Fact `customers` is stated as 5.000; approved is 4.800\n');
    expect(stdout).not.toContain('```');
    expect(await runCli(['explain', 'terms'], FIXTURES)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^onevoice: unknown rule "terms"/) });
  });
});
