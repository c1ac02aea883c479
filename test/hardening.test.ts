// Hardening: drafts and specs nobody curated. Each bad input is checked or reported for that
// file alone (a finding or one `onevoice:` line), and every other draft is still checked.

import { readFileSync, readdirSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDrafts } from '../src/drafts/load.js';
import { parseSpec } from '../src/index.js';
import { ROOT, lintDrafts, runCli } from './helpers.js';

const SPEC = `version: 1
language: de
terms:
  - { use: kostenfrei, avoid: [gratis] }
claims:
  - { pattern: "\\\\bNr\\\\.\\\\s?1\\\\b", reason: Beleg fehlt }
`;

function utf16(text: string, bigEndian: boolean): Buffer {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (!bigEndian) return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return be;
}

describe('bad drafts', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'onevoice-bad-drafts-'));
  const files: Record<string, string | Buffer> = {
    'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    'latin1.md': Buffer.from('Gr\xfc\xdfe: gratis\n', 'latin1'),
    'nul.md': 'Text mit\0NUL: gratis\n',
    'utf16le.md': utf16('# Titel\n\nAlles gratis.\n', false),
    'utf16be.md': utf16('# Titel\n\nAlles gratis.\n', true),
    'nested-quotes.md': `${'> '.repeat(10_000)}gratis\n`,
    'nested-lists.md': `${'- '.repeat(10_000)}gratis\n`,
    'emphasis.md': `${'*'.repeat(20_000)}gratis${'*'.repeat(20_000)}\n`,
    'long-line.md': `${'Ein langer Satz ohne Ende '.repeat(40_000)}gratis\n`,
    'only-front-matter.md': '---\ntitle: Nur Kopf\n---\n',
    'broken-front-matter.md': '---\ntitle: [kaputt\n---\n\ngratis\n',
    'mixed-line-ends.md': 'Eins\r\nZwei\nDrei\rAlles gratis.\r\n',
    'name with spaces ä.md': 'Mit Leerzeichen: gratis\n',
    '-leading-dash.md': 'Mit Bindestrich: gratis\n',
    'good.md': 'Die Nr. 1 und gratis.\n',
  };
  writeFileSync(path.join(folder, 'onevoice.yaml'), SPEC);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(folder, name), content);
  // A 10 MB draft: checked, and in bounded time (the test's timeout guards against a hang, not speed).
  const paragraph = 'Die Probefahrt ist kostenfrei, und wer bleibt, zahlt den Monatsbeitrag wie alle anderen auch.\n\n';
  const paragraphs = Math.ceil(10_000_000 / paragraph.length);
  writeFileSync(path.join(folder, 'big.md'), `${paragraph.repeat(paragraphs)}Am Ende doch gratis.\n`);
  mkdirSync(path.join(folder, 'links'));
  symlinkSync('loop-b.md', path.join(folder, 'links', 'loop-a.md'));
  symlinkSync('loop-a.md', path.join(folder, 'links', 'loop-b.md'));
  symlinkSync('missing.md', path.join(folder, 'links', 'dangling.md'));
  symlinkSync('..', path.join(folder, 'links', 'up'));

  it('reports each unreadable draft as a parse finding at its problem, and checks all the others', async () => {
    const { code, stdout, stderr } = await runCli(['--format', 'json'], folder);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const parsed = JSON.parse(stdout) as { findings: { file: string; line: number; column: number; ruleId: string; message: string }[] };
    expect(
      parsed.findings
        .filter((f) => f.ruleId === 'parse')
        .map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`)
        .sort(),
    ).toEqual([
      'binary.md:1:1: Not valid UTF-8 text; save the draft as UTF-8',
      'broken-front-matter.md:2:15: Invalid front matter: Flow sequence in block collection must be sufficiently indented and end with a ]',
      'emphasis.md:1:1: A run of 20000 emphasis markers (more than 100); not read',
      'latin1.md:1:3: Not valid UTF-8 text; save the draft as UTF-8',
      'nested-lists.md:1:201: Block quotes or lists nested 10000 levels deep (more than 100); not read',
      'nested-quotes.md:1:201: Block quotes or lists nested 10000 levels deep (more than 100); not read',
      'nul.md:1:9: A binary file (a NUL character at offset 8), not a Markdown draft',
    ]);
    const report = JSON.parse(stdout) as { summary: { files: number }; findings: { file: string; line: number; column: number; ruleId: string }[] };
    const at = (file: string) => report.findings.filter((f) => f.file === file).map((f) => `${f.line}:${f.column} ${f.ruleId}`);
    expect(at('utf16le.md')).toEqual(['3:7 term']);
    expect(at('utf16be.md')).toEqual(['3:7 term']);
    expect(at('mixed-line-ends.md')).toEqual(['4:7 term']);
    expect(at('name with spaces ä.md')).toEqual(['1:18 term']);
    expect(at('-leading-dash.md')).toEqual(['1:18 term']);
    expect(at('good.md')).toEqual(['1:5 claim', '1:15 term']);
    expect(at('long-line.md')).toEqual([`1:${'Ein langer Satz ohne Ende '.length * 40_000 + 1} term`]);
    expect(at('only-front-matter.md')).toEqual([]);
    expect(at('big.md')).toEqual([`${paragraphs * 2 + 1}:14 term`]);
    // Links are not followed: no loop, no draft read twice.
    expect(report.findings.some((f) => f.file.startsWith('links/'))).toBe(false);
    // Every draft is checked, those that cannot be read among them (big.md besides the listed ones).
    expect(report.summary.files).toBe(Object.keys(files).length + 1);
  }, 240_000);

  it('reports named files that cannot be read, alone, and checks the rest', async () => {
    const { code, stdout, stderr } = await runCli(['--format', 'json', 'good.md', 'links/loop-a.md', '--', '-leading-dash.md'], folder);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual(['onevoice: links/loop-a.md: cannot read: too many symbolic links (a loop?)']);
    expect((JSON.parse(stdout) as { summary: { files: number } }).summary.files).toBe(2);
  }, 120_000);

  it('stops before any report at a named path that names nothing: a mistyped path', async () => {
    expect(await runCli(['--format', 'json', 'good.md', 'gone.md'], folder)).toEqual({ code: 2, stdout: '', stderr: 'onevoice: gone.md: no such file or folder\n' });
    expect(await runCli(['good.md', 'links/dangling.md'], folder)).toEqual({ code: 2, stdout: '', stderr: 'onevoice: links/dangling.md: no such file or folder\n' });
  });

  it('reports a draft removed between discovery and reading, or a folder named like a draft', async () => {
    const spec = parseSpec(SPEC, path.join(folder, 'onevoice.yaml'));
    const { drafts, errors } = await loadDrafts(spec, [path.join(folder, 'good.md'), path.join(folder, 'removed.md'), path.join(folder, 'links')]);
    expect(drafts).toHaveLength(1);
    expect(errors.map((e) => `${path.basename(e.file!)}: ${e.message}`)).toEqual(['removed.md: cannot read the draft: no such file', 'links: cannot read the draft: is a folder, not a file']);
  });
});

describe('bad specs', () => {
  it('rejects patterns that backtrack without end when the spec loads', () => {
    expect(() => parseSpec('version: 1\nclaims:\n  - { pattern: "(a+)+$", reason: r }\n', '/x/onevoice.yaml')).toThrow(/claims\[0\]\.pattern may backtrack without end/);
  });

  it('stops a pattern that still runs away, on that draft only, and says so', () => {
    const spec = 'version: 1\nclaims:\n  - { pattern: "(a|aa)*b", reason: r }\n  - { phrase: Marktführer, reason: r }\n';
    const findings = lintDrafts(spec, { 'slow.md': `${'a'.repeat(60)}\n\nMarktführer\n`, 'fast.md': 'aab\n' }, ['claim']);
    expect(findings.map((f) => `${f.file}:${f.line} ${f.messageId}`)).toEqual(['fast.md:1 forbidden', 'slow.md:1 pattern-timeout', 'slow.md:3 forbidden']);
  }, 20_000);

  it('works with ten thousand terms', () => {
    const terms = Array.from({ length: 10_000 }, (_, i) => `  - { use: Begriff${i}, avoid: [Wort${i}] }`).join('\n');
    const findings = lintDrafts(`version: 1\nlanguage: de\nterms:\n${terms}\n`, { 'a.md': 'Hier steht Wort9999 und Wort17.\n' }, ['term']);
    expect(findings.map((f) => f.message)).toEqual(['Unexpected `Wort9999`, expected `Begriff9999`', 'Unexpected `Wort17`, expected `Begriff17`']);
  }, 30_000);

  it.each([
    ['a list for the whole spec', '- version: 1\n', '1:1 the spec must be a mapping'],
    ['a number for teams', 'version: 1\nteams: 5\n', '2:8 teams must be a mapping'],
    ['a string for a selector', 'version: 1\nmessages:\n  - { id: m, text: t, required_in: [press] }\n', '3:37 messages[0].required_in[0] must be a mapping'],
    ['a list for voice.dates', 'version: 1\nvoice: { dates: [long] }\n', '2:17 voice.dates must be one of "long", "numeric", "iso" or a mapping'],
    ['a mapping for a term', 'version: 1\nterms:\n  - { use: { x: 1 } }\n', '3:12 terms[0].use must be a string'],
    ['a number for the threshold out of range', 'version: 1\nduplicates: { threshold: 3 }\n', '2:26 duplicates.threshold must be <= 1'],
  ])('names the node of a wrong type: %s', (_name, yaml, expected) => {
    let message = '';
    try {
      parseSpec(yaml, '/x/onevoice.yaml');
    } catch (error) {
      const e = error as { position?: { line: number; column: number }; message: string };
      message = `${e.position?.line}:${e.position?.column} ${e.message}`;
    }
    expect(message).toBe(expected);
  });
});

describe('no shell anywhere', () => {
  it('spawns processes only with argument arrays', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (full.endsWith('.ts')) sources.push(readFileSync(full, 'utf8'));
      }
    };
    walk(path.join(ROOT, 'src'));
    const all = sources.join('\n');
    expect(all).not.toMatch(/import\s*\{[^}]*\b(exec|execSync|spawn|spawnSync)\b[^}]*\}\s*from\s*'node:child_process'/);
    expect(all).not.toMatch(/shell:\s*true/);
    expect(all).toMatch(/execFileSync\('git', args/);
  });
});
