// JUnit XML for CI test tabs: a test suite per draft, a test case per finding, a passing case per clean draft.

import type { Finding } from '../engine/finding.js';
import { escapeXml } from './escape.js';
import type { Formatter } from './types.js';

const attributes = (values: Record<string, string | number>) =>
  Object.entries(values)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');

function testcase(f: Finding, file: string): string {
  const name = attributes({ name: `${f.line}:${f.column} ${f.ruleId}`, classname: file });
  const where = escapeXml(`${file}:${f.line}:${f.column} ${f.ruleId}`);
  // Info findings do not fail a build, so they pass and keep their message as output.
  if (f.severity === 'info') return `    <testcase${name}>\n      <system-out>${escapeXml(f.message)}</system-out>\n    </testcase>\n`;
  return `    <testcase${name}>\n      <failure${attributes({ message: f.message, type: f.severity })}>${where}</failure>\n    </testcase>\n`;
}

export const junit: Formatter = (report) => {
  // By the path shown, which orders the suites.
  const show = report.displayPath;
  const byFile = new Map<string, Finding[]>(report.files.map((file) => [show(file), []]));
  for (const f of report.findings) byFile.set(show(f.file), [...(byFile.get(show(f.file)) ?? []), f]);
  const files = [...byFile.keys()].sort();

  let tests = 0;
  let failures = 0;
  let suites = '';
  for (const file of files) {
    const findings = byFile.get(file)!;
    const failed = findings.filter((f) => f.severity !== 'info').length;
    const count = Math.max(findings.length, 1);
    tests += count;
    failures += failed;
    suites += `  <testsuite${attributes({ name: file, tests: count, failures: failed, errors: 0 })}>\n`;
    suites += findings.length === 0 ? `    <testcase${attributes({ name: 'onevoice', classname: file })}/>\n` : findings.map((f) => testcase(f, file)).join('');
    suites += '  </testsuite>\n';
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${attributes({ name: 'onevoice', tests, failures, errors: 0 })}>\n${suites}</testsuites>\n`;
};
