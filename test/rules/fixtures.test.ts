// Each fixtures/rules/<id>/ folder is a content repo whose offending lines carry
// `<!-- expect: rule-id -->` (`# expect: rule-id` in the spec); a draft-level finding, reported at
// line 1, is marked `<!-- expect-file: rule-id -->` anywhere in the draft. The rule must report
// exactly those lines, no more.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { corpusFiles } from '../../src/drafts/discover.js';
import { rules } from '../../src/rules/index.js';
import { loadSpec } from '../../src/index.js';
import { FIXTURES } from '../helpers.js';

const RULE_FIXTURES = path.join(FIXTURES, 'rules');
const MARKER = /(?:<!--|#)\s*expect(-file)?:\s*([\w\s-]+?)\s*(?:-->|$)/g;

async function expectedFindings(folder: string, ruleId: string): Promise<string[]> {
  const spec = loadSpec(path.join(folder, 'onevoice.yaml'));
  const expected: string[] = [];
  for (const file of [spec.file, ...(await corpusFiles(spec))]) {
    readFileSync(file, 'utf8')
      .split(/\r\n|\n|\r/)
      .forEach((line, index) => {
        for (const marker of line.matchAll(MARKER)) {
          const lineNumber = marker[1] ? 1 : index + 1;
          for (const id of marker[2]!.split(/\s+/)) if (id === ruleId) expected.push(`${path.relative(folder, file)}:${lineNumber}:${id}`);
        }
      });
  }
  return expected.sort();
}

describe.each(readdirSync(RULE_FIXTURES))('fixtures/rules/%s', (ruleId) => {
  const folder = path.join(RULE_FIXTURES, ruleId);
  it('reports exactly the marked lines', async () => {
    const result = await check({ cwd: folder, patterns: [], rules: rules.filter((r) => r.id === ruleId) });
    const actual = result.findings.map((f) => `${path.relative(folder, f.file)}:${f.line}:${f.ruleId}`).sort();
    const expected = await expectedFindings(folder, ruleId);
    expect(expected.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });
});
