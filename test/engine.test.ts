import { describe, expect, it } from 'vitest';
import { lintDrafts } from './helpers.js';

const SPEC = (extra = '') => `
version: 1
language: de
terms:
  - use: kostenfrei
    avoid: [gratis]
claims:
  - phrase: Marktführer
    reason: Beleg fehlt
${extra}`;

const rulesAndLines = (findings: { ruleId: string; line: number }[]) => findings.map((f) => `${f.ruleId}@${f.line}`);

describe('suppression comments', () => {
  const draft = [
    'Gratis und Marktführer.', // 1
    '', // 2
    '<!-- onevoice-disable-next-line term -->', // 3
    'Gratis und Marktführer.', // 4
    '', // 5
    '<!-- onevoice-disable claim, term -->', // 6
    '', // 7
    'Gratis und Marktführer.', // 8
    '', // 9
    '<!-- onevoice-enable -->', // 10
    '', // 11
    'Gratis und Marktführer. <!-- onevoice-disable-line claim -->', // 12
    '', // 13
    '<!-- onevoice-disable-next-line -->', // 14
    'Gratis und Marktführer.', // 15
    '', // 16
    'Gratis und Marktführer.', // 17
  ].join('\n');

  it('switch off exactly the named rules on the named lines', () => {
    expect(rulesAndLines(lintDrafts(SPEC(), { 'a.md': draft }))).toEqual(['term@1', 'claim@1', 'claim@4', 'term@12', 'term@17', 'claim@17']);
  });

  it('disable-file switches off the draft', () => {
    expect(lintDrafts(SPEC(), { 'a.md': '<!-- onevoice-disable-file -->\n\nGratis und Marktführer.\n' })).toEqual([]);
    expect(rulesAndLines(lintDrafts(SPEC(), { 'a.md': '<!-- onevoice-disable-file term -->\n\nGratis und Marktführer.\n' }))).toEqual(['claim@3']);
  });

  it('a suppression of one rule never hides another rule', () => {
    expect(rulesAndLines(lintDrafts(SPEC(), { 'a.md': '<!-- onevoice-disable-next-line claim -->\nGratis und Marktführer.\n' }))).toEqual(['term@2']);
  });
});

describe('severity', () => {
  it('takes the rule default, then the spec rules map, then the entry severity', () => {
    const severities = (extra: string) => lintDrafts(SPEC(extra), { 'a.md': 'Gratis und Marktführer.\n' }).map((f) => `${f.ruleId}:${f.severity}`);
    expect(severities('')).toEqual(['term:error', 'claim:error']);
    expect(severities('rules: { term: warning, claim: info }')).toEqual(['term:warning', 'claim:info']);
    expect(severities('rules: { term: off }')).toEqual(['claim:error']);
  });

  it('lets an entry severity override the rules map', () => {
    const spec = `version: 1\nrules: { claim: warning }\nclaims:\n  - { phrase: Marktführer, reason: r, severity: error }\n  - { phrase: Testsieger, reason: r }\n`;
    expect(lintDrafts(spec, { 'a.md': 'Marktführer und Testsieger.\n' }).map((f) => f.severity)).toEqual(['error', 'warning']);
  });
});

describe('findings', () => {
  it('are sorted by file, line, column and rule', () => {
    const findings = lintDrafts(SPEC(), { 'b.md': 'Marktführer gratis.\n', 'a.md': 'x\n\nGratis Marktführer.\n' });
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column}:${f.ruleId}`)).toEqual(['a.md:3:1:term', 'a.md:3:8:claim', 'b.md:1:1:claim', 'b.md:1:13:term']);
  });
});
