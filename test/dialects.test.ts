// The dialects content repos are written in: each site in fixtures/dialects/ holds a spec, its
// drafts and `expected.txt`, the findings it must give, one per line as `path:line:column rule`;
// everything else in the drafts (the traps) must give none.

import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { runCli } from './helpers.js';

const DIALECTS = path.join(import.meta.dirname, '..', 'fixtures', 'dialects');
const sites = existsSync(DIALECTS) ? readdirSync(DIALECTS).filter((name) => existsSync(path.join(DIALECTS, name, 'expected.txt'))) : [];

function expected(site: string): string[] {
  return readFileSync(path.join(DIALECTS, site, 'expected.txt'), 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean)
    .sort();
}

describe.skipIf(sites.length === 0)('dialects', () => {
  it.each(sites)('%s gives exactly its marked findings', async (site) => {
    const folder = path.join(DIALECTS, site);
    const result = await check({ cwd: folder, patterns: [] });
    const found = result.findings.map((f) => `${path.relative(folder, path.resolve(folder, f.file))}:${f.line}:${f.column} ${f.ruleId}`).sort();
    expect(found).toEqual(expected(site));
  });
});

describe('--fix on the MDX site', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'onevoice-mdx-fix-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  // ESM, JSX as a block of its own and MDX expressions take whole lines; in a line of text, the tags and expressions.
  const ESM_OR_JSX_LINE = /^\s*(?:import|export)\s|^\s*[<{]/u;
  const TAGS_AND_EXPRESSIONS = /<[^>]*>|\{[^}]*\}/gu;

  it('leaves every ESM and JSX line byte-identical, and every tag and expression of a line of text, while prose is fixed', async () => {
    cpSync(path.join(DIALECTS, 'docusaurus'), folder, { recursive: true });
    const drafts = ['docs/intro.mdx', 'docs/broken.mdx', 'blog/2026-03-04-offline-maps.mdx'];
    const before = new Map(drafts.map((file) => [file, readFileSync(path.join(folder, file), 'utf8')]));
    const { code } = await runCli(['--fix', '--no-cache'], folder);
    expect(code).toBe(1);
    for (const [file, text] of before) {
      const old = text.split('\n');
      const now = readFileSync(path.join(folder, file), 'utf8').split('\n');
      expect(now).toHaveLength(old.length);
      old.forEach((line, i) => {
        if (ESM_OR_JSX_LINE.test(line)) expect(now[i], `${file}:${i + 1}`).toBe(line);
        else expect(now[i]!.match(TAGS_AND_EXPRESSIONS), `${file}:${i + 1}`).toEqual(line.match(TAGS_AND_EXPRESSIONS));
      });
    }
    const intro = readFileSync(path.join(folder, 'docs/intro.mdx'), 'utf8').split('\n');
    expect(intro[13]).toContain('After the sign-up you get an API key');
    expect(intro[35]).toBe('Keep your API key out of version control: read it from an environment variable.');
    expect(readFileSync(path.join(folder, 'blog/2026-03-04-offline-maps.mdx'), 'utf8')).toContain('The <Badge variant="new">free</Badge> tier');
    // A draft MDX refuses is never written.
    expect(readFileSync(path.join(folder, 'docs/broken.mdx'), 'utf8')).toBe(before.get('docs/broken.mdx'));
  });
});
