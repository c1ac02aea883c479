// `onevoice/remark`: onevoice's findings as vfile messages in a unified build, positioned on the
// file's own text, with the spec found as the CLI finds it.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { reporter } from 'vfile-reporter';
import { describe, expect, it } from 'vitest';
import remarkOnevoice, { type RemarkOnevoiceOptions } from '../src/remark.js';
import { ROOT, runCli } from './helpers.js';

const SPEC = `version: 1
language: de
brand: Brisa Bikes
teams:
  marketing:      { paths: ["marketing/**"] }
  communications: { paths: ["pr/**"] }
channels:
  blog:  { paths: ["**/blog/**"] }
  press: { paths: ["**/press/**"] }
facts:
  - id: price
    value: "29 Euro"
    context: [Monat, Abo]
  - id: cities
    context: [Städten, Städte]
terms:
  - use: kostenfrei
    avoid: [kostenlos, gratis]
claims:
  - phrase: Marktführer
    reason: "Alleinstellung nur mit Beleg (§ 5 UWG)"
    severity: warning
rules: { number-format: info }
`;

const BLOG = `---
title: Das Pendel-Abo
team: marketing
---

# Das Pendel-Abo

Das Abo kostet 30 Euro im Monat, die Probefahrt ist __gratis__.
Als Marktführer wissen wir, was Pendler brauchen: Brisa fährt in 12 Städten und 48000 Abos laufen.
`;

const PRESS = `---
title: Brisa startet das Pendel-Abo
---

# Brisa startet das Pendel-Abo

**Berlin, 12. Mai 2026** – Brisa Bikes fährt ab heute in 14 Städten.
`;

function contentRepo(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'onevoice-remark-'));
  for (const [file, text] of Object.entries({ 'onevoice.yaml': SPEC, 'marketing/blog/abo.md': BLOG, 'pr/press/start.md': PRESS })) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** Runs a file through unified as a site's build does: parse, the plugin, stringify. */
async function build(value: string, file: string, cwd: string, options?: RemarkOnevoiceOptions) {
  return unified().use(remarkParse).use(remarkFrontmatter).use(remarkOnevoice, options).use(remarkStringify).process({ path: file, cwd, value });
}

const summary = (messages: readonly { ruleId?: string | undefined; source?: string | undefined; line?: number | undefined; column?: number | undefined; fatal?: boolean | null | undefined }[]) =>
  messages.map((m) => [m.ruleId, m.line, m.column, m.fatal, m.source]);

describe('the remark plugin', () => {
  it("reports the draft rules' findings as vfile messages, as remark-lint does", async () => {
    const root = contentRepo();
    const file = await build(BLOG, 'marketing/blog/abo.md', root);
    expect(summary(file.messages)).toEqual([
      ['fact-mismatch', 8, 16, true, 'onevoice'],
      ['term', 8, 55, true, 'onevoice'],
      ['claim', 9, 5, false, 'onevoice'],
      ['number-format', 9, 81, undefined, 'onevoice'],
    ]);
    const [mismatch, term] = file.messages;
    expect(mismatch).toMatchObject({
      reason: 'Fact `price` is stated as 30 Euro; approved is 29 EUR',
      place: { start: { line: 8, column: 16 }, end: { line: 8, column: 23 } },
      url: 'https://github.com/onevoice/onevoice/blob/main/docs/rules/fact-mismatch.md',
      actual: '30 Euro',
    });
    expect(term).toMatchObject({ reason: 'Unexpected `gratis`, expected `kostenfrei`', actual: 'gratis', fatal: true });
    expect(reporter(file).split('\n').slice(0, 3)).toEqual([
      'marketing/blog/abo.md',
      '8:16-8:23 error   Fact `price` is stated as 30 Euro; approved is 29 EUR                 fact-mismatch onevoice',
      '8:55-8:61 error   Unexpected `gratis`, expected `kostenfrei`                            term          onevoice',
    ]);
  });

  it('places findings as `onevoice check` does, on the original text and not the re-stringified tree', async () => {
    const root = contentRepo();
    const { stdout } = await runCli(['check', 'marketing/blog/abo.md', '--format', 'json', '--disable', 'fact-conflict,missing-message,duplicate,double-work', '--no-cache'], root);
    const cli = (JSON.parse(stdout) as { findings: { ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string }[] }).findings;
    const file = await build(BLOG, 'marketing/blog/abo.md', root);
    expect(
      file.messages.map((m) => ({
        ruleId: m.ruleId,
        line: m.place && 'start' in m.place ? m.place.start.line : 0,
        column: m.column,
        endLine: m.place && 'end' in m.place ? m.place.end.line : 0,
        endColumn: m.place && 'end' in m.place ? m.place.end.column : 0,
        message: m.reason,
      })),
    ).toEqual(cli.map(({ ruleId, line, column, endLine, endColumn, message }) => ({ ruleId, line, column, endLine, endColumn, message })));
    // The stringified document differs from the source (front matter, emphasis): positions come from the source.
    expect(String(file)).not.toBe(BLOG);
  });

  it('reads the front matter a framework took off (Docusaurus hands remark the page without it) from the file on disk', async () => {
    const root = contentRepo();
    const body = BLOG.slice(BLOG.indexOf('---\n', 4) + 4);
    expect(body.startsWith('\n# Das Pendel-Abo')).toBe(true);
    const file = await build(body, 'marketing/blog/abo.md', root);
    // Lines of the page as the framework has it: four fewer than the file's.
    expect(summary(file.messages)).toEqual([
      ['fact-mismatch', 4, 16, true, 'onevoice'],
      ['term', 4, 55, true, 'onevoice'],
      ['claim', 5, 5, false, 'onevoice'],
      ['number-format', 5, 81, undefined, 'onevoice'],
    ]);
  });

  it('finds the spec walking up from the file, not from the working folder; `spec` overrides it', async () => {
    const root = contentRepo();
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'onevoice-remark-cwd-'));
    const found = await build(BLOG, path.join(root, 'marketing/blog/abo.md'), elsewhere);
    expect(summary(found.messages).map(([ruleId]) => ruleId)).toEqual(['fact-mismatch', 'term', 'claim', 'number-format']);

    const strict = path.join(elsewhere, 'strict.yaml');
    writeFileSync(strict, 'version: 1\nlanguage: de\nterms:\n  - use: Probetour\n    avoid: [Probefahrt]\n');
    const overridden = await build(BLOG, path.join(root, 'marketing/blog/abo.md'), elsewhere, { spec: 'strict.yaml' });
    expect(overridden.messages.map((m) => [m.ruleId, m.line, m.column, m.reason])).toEqual([
      ['term', 8, 38, 'Unexpected `Probefahrt`, expected `Probetour`'],
      ['number-format', 9, 81, '`48000` has no thousands separator; expected `48.000`'],
    ]);
  });

  it('runs the corpus rules against the drafts on disk with `corpus: true`', async () => {
    const root = contentRepo();
    const file = await build(BLOG, 'marketing/blog/abo.md', root, { corpus: true, cache: false });
    const conflict = file.messages.find((m) => m.ruleId === 'fact-conflict');
    expect(conflict).toMatchObject({ line: 9, column: 66, fatal: true, note: expect.stringContaining('pr/press/start.md:7:') as unknown });
    expect((await build(BLOG, 'marketing/blog/abo.md', root)).messages.some((m) => m.ruleId === 'fact-conflict')).toBe(false);
  });

  it('says so in the build when there is no spec or it is broken, as one fatal message', async () => {
    const bare = mkdtempSync(path.join(os.tmpdir(), 'onevoice-remark-bare-'));
    const none = await build(BLOG, 'abo.md', bare);
    expect(none.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['spec', true]]);
    expect(none.messages[0]!.reason).toMatch(/^no onevoice\.yaml, onevoice\.yml or \.onevoice\.yaml in /);

    writeFileSync(path.join(bare, 'onevoice.yaml'), 'version: 1\nlanguage: german\n');
    const broken = await build(BLOG, 'abo.md', bare);
    expect(broken.messages.map((m) => [m.ruleId, m.fatal, m.reason])).toEqual([['spec', true, 'onevoice.yaml:2:11: language "german" is not a language code; did you mean "de"?']]);
  });

  it('is what `onevoice/remark` names in an installed package, in a build run as its own process', () => {
    const root = contentRepo();
    mkdirSync(path.join(root, 'node_modules'));
    symlinkSync(ROOT, path.join(root, 'node_modules', 'onevoice'), 'dir');
    const unifiedAt = (name: string) => JSON.stringify(path.join(ROOT, 'node_modules', name, 'index.js'));
    writeFileSync(
      path.join(root, 'build.mjs'),
      `import { readFileSync } from 'node:fs';
import { unified } from ${unifiedAt('unified')};
import remarkParse from ${unifiedAt('remark-parse')};
import remarkStringify from ${unifiedAt('remark-stringify')};
import { reporter } from ${unifiedAt('vfile-reporter')};
import remarkOnevoice from 'onevoice/remark';
const file = await unified().use(remarkParse).use(remarkOnevoice).use(remarkStringify).process({ path: 'marketing/blog/abo.md', value: readFileSync('marketing/blog/abo.md', 'utf8') });
process.stderr.write(reporter(file) + '\\n');
process.exitCode = file.messages.some((m) => m.fatal) ? 1 : 0;
`,
    );
    const run = spawnSync(process.execPath, ['build.mjs'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('8:55-8:61 error   Unexpected `gratis`, expected `kostenfrei`');
    expect(run.stderr).toContain('4 messages (✖ 2 errors, ⚠ 1 warning)');
  });
});
