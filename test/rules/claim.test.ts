import { describe, expect, it } from 'vitest';
import { at, lintDrafts } from '../helpers.js';

const SPEC = `
version: 1
language: de
claims:
  - phrase: Marktführer
    reason: "Alleinstellung nur mit Beleg (§ 5 UWG)"
  - phrase: market leader
    reason: Superlatives need proof
  - pattern: "\\\\b(?:Nr\\\\.\\\\s?1|#1)\\\\b"
    reason: "Number-one claims need a source"
    severity: warning
`;

const check = (text: string) => lintDrafts(SPEC, { 'pr/press/release.md': text }, ['claim']);

describe('claim', () => {
  it('flags a claim phrase with its reason', () => {
    expect(check('Brisa ist Marktführer in Leipzig.\n')).toMatchObject([
      { ruleId: 'claim', messageId: 'forbidden', severity: 'error', line: 1, column: 11, endColumn: 22, ref: 'claims[0]', message: 'Forbidden claim `Marktführer`: Alleinstellung nur mit Beleg (§ 5 UWG)' },
    ]);
  });

  it('matches inflected forms and any casing', () => {
    expect(at(check('Als Marktführers Antwort: MARKTFÜHRER.\n'))).toEqual([
      [1, 5, 'forbidden'],
      [1, 27, 'forbidden'],
    ]);
  });

  it('matches multi-word phrases across a line break', () => {
    expect(at(lintDrafts(SPEC, { 'a.md': '---\nlang: en\n---\nThe market\nleaders in e-bikes.\n' }, ['claim']))).toEqual([[4, 5, 'forbidden']]);
  });

  it('matches regex patterns case-insensitively with the entry severity', () => {
    expect(check('Wir sind die nr.1 und Nr. 1 im Test.\n').map((f) => [f.column, f.severity, f.ref])).toEqual([
      [14, 'warning', 'claims[2]'],
      [23, 'warning', 'claims[2]'],
    ]);
  });

  it('never matches code, URLs or HTML comments', () => {
    expect(check('Siehe `Marktführer` und https://example.com/marktfuehrer-nr-1 <!-- Marktführer -->.\n')).toEqual([]);
  });
});
