// The dialects content repos are written in: each site in fixtures/dialects/ holds a spec, its
// drafts and `expected.txt`, the findings it must give, one per line as `path:line:column rule`;
// everything else in the drafts (the traps) must give none.

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';

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
