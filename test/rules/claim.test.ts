import { ruleNamed, ruleTester } from '../rule-tester.js';

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

/** A German press release of the communications team. */
const release = { spec: SPEC, file: 'pr/press/release.md' };

ruleTester(ruleNamed('claim'), {
  valid: [{ ...release, name: 'never matches code, URLs or HTML comments', text: 'Siehe `Marktführer` und https://example.com/marktfuehrer-nr-1 <!-- Marktführer -->.\n' }],
  invalid: [
    {
      ...release,
      name: 'flags a claim phrase with its reason',
      text: 'Brisa ist Marktführer in Leipzig.\n',
      errors: [{ messageId: 'forbidden', severity: 'error', line: 1, column: 11, endColumn: 22, ref: 'claims[0]', message: 'Forbidden claim `Marktführer`: Alleinstellung nur mit Beleg (§ 5 UWG)' }],
    },
    {
      ...release,
      name: 'matches inflected forms and any casing',
      text: 'Als Marktführers Antwort: MARKTFÜHRER.\n',
      errors: [
        { messageId: 'forbidden', line: 1, column: 5 },
        { messageId: 'forbidden', line: 1, column: 27 },
      ],
    },
    {
      spec: SPEC,
      file: 'a.md',
      name: 'matches multi-word phrases across a line break',
      text: '---\nlang: en\n---\nThe market\nleaders in e-bikes.\n',
      errors: [{ messageId: 'forbidden', line: 4, column: 5 }],
    },
    {
      ...release,
      name: 'matches regex patterns case-insensitively with the entry severity',
      text: 'Wir sind die nr.1 und Nr. 1 im Test.\n',
      errors: [
        { messageId: 'forbidden', line: 1, column: 14, severity: 'warning', ref: 'claims[2]' },
        { messageId: 'forbidden', line: 1, column: 23, severity: 'warning', ref: 'claims[2]' },
      ],
    },
  ],
});
