// The bundled demo content repo: every term and claim finding listed in its EXPECTED.md, no other.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './helpers.js';

const DEMO = path.join(FIXTURES, 'demo');

function expectedRows(): string[] {
  const rows: string[] = [];
  for (const line of readFileSync(path.join(DEMO, 'EXPECTED.md'), 'utf8').split('\n')) {
    const row = /^\| ([^ |]+\.md) \| (\d+):(\d+)–(\d+) \| (term|claim) \| (error|warning) \|/.exec(line);
    if (row) rows.push(`${row[1]} ${row[2]}:${row[3]}-${row[4]} ${row[5]} ${row[6]}`);
  }
  return rows;
}

describe('the demo content repo', () => {
  it('yields exactly the term and claim findings its EXPECTED.md lists', async () => {
    const { code, stdout, stderr } = await runCli(['--format', 'json', '--rule', 'term', 'claim'], DEMO);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { findings: { file: string; line: number; column: number; endLine: number; endColumn: number; ruleId: string; severity: string }[] };
    const actual = report.findings.map((f) => `${f.file} ${f.line}:${f.column}-${f.endColumn} ${f.ruleId} ${f.severity}`);
    const expected = expectedRows();
    expect(expected).toHaveLength(23);
    expect(actual.sort()).toEqual(expected.sort());
  });
});
