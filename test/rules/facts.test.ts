import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { FIXTURES } from '../helpers.js';
import { ruleNamed, ruleTester } from '../rule-tester.js';

const SPEC = `
version: 1
language: de
teams:
  marketing:      { paths: ["marketing/**"] }
  communications: { paths: ["pr/**"] }
facts:
  - id: customers
    value: 4800
    context: [Kunden, "Kund:innen", customers]
  - id: price
    value: 39
    unit: EUR
    context: [Monat, month]
  - id: launch
    value: 2026-04-14
    context: [Marktstart, launch]
  - id: event-date
    context: [Brisa Days]
  - id: trial
    value: 30
    unit: Tage
    context: [Probefahrt]
`;

ruleTester(ruleNamed('fact-mismatch'), {
  valid: [
    {
      spec: SPEC,
      name: 'ignores qualifiers, years, page counts, other units and other numbers',
      text: [
        'Seit 2019 vertrauen uns über 4.800 Kunden.',
        'Unsere Kunden lesen das 48-seitige Handbuch auf Seite 12.',
        'Kunden sparen 30 Prozent, und das für 39 Euro im Monat.',
        'Kunden erreichen uns unter Tel. 0341 123456.',
        'Der Marktstart ist der 14.04.2026; Anmeldung bis zum 1. April.',
        'Unsere Kunden kommen aus 5 neuen Städten, beraten von 24 Teilnehmern am 13.05 in der Berger Straße 175 um 11 Uhr.',
      ].join('\n\n'),
    },
  ],
  invalid: [
    {
      spec: SPEC,
      name: 'reports a wrong figure, amount and date with both values',
      text: 'Mehr als 5.000 Kund:innen fahren mit uns.\nDas Abo kostet 49 € im Monat.\nMarktstart ist der 15. April 2026.\n',
      errors: [
        { messageId: 'mismatch', line: 1, column: 10, message: 'Fact `customers` is stated as 5.000; approved is 4.800', ref: 'customers' },
        { messageId: 'mismatch', line: 2, column: 16, message: 'Fact `price` is stated as 49 €; approved is 39 EUR', ref: 'price' },
        { messageId: 'mismatch', line: 3, column: 20, message: 'Fact `launch` is stated as 15. April 2026; approved is 14. April 2026', ref: 'launch' },
      ],
    },
    {
      spec: SPEC,
      name: 'reads English drafts the English way',
      text: '---\nlang: en\n---\nMore than 4,800 customers. The launch is on April 14, 2026, at €39 a month. Over 5,200 customers by May.\n',
      errors: [{ messageId: 'mismatch', line: 4, column: 82, message: 'Fact `customers` is stated as 5,200; approved is 4,800' }],
    },
    {
      spec: SPEC,
      name: 'reads a unit word of the spec in any inflection',
      text: 'Die Probefahrt dauert 14 Tage. Probefahrt: 30 Tage, Rückgabe in 2 Wochen.\n',
      errors: [{ messageId: 'mismatch', line: 1, column: 23, message: 'Fact `trial` is stated as 14; approved is 30 Tage' }],
    },
  ],
});

ruleTester(ruleNamed('fact-conflict'), {
  valid: [{ spec: SPEC, name: 'reports nothing when drafts agree', drafts: { 'pr/a.md': 'Brisa Days am 16. Mai.\n', 'marketing/b.md': 'Brisa Days: 16.05.2026\n' } }],
  invalid: [
    {
      spec: SPEC,
      name: 'reports the drafts that disagree with most, with related locations and teams',
      drafts: {
        'pr/press/a.md': 'Die Brisa Days finden am 16. Mai 2026 statt.\n',
        'pr/press/b.md': '---\nlang: en\n---\nBrisa Days take place on May 16, 2026.\n',
        'marketing/social/c.md': 'Save the date: Brisa Days am 23.05.2026!\n',
      },
      errors: [
        {
          file: 'marketing/social/c.md',
          messageId: 'conflict',
          line: 1,
          column: 30,
          team: 'marketing',
          message: 'Fact `event-date` is stated as 23.05.2026 here; the drafts state 16. Mai 2026 (2 drafts), 23. Mai 2026 (1)',
          related: [
            { line: 1, column: 26, message: 'states 16. Mai 2026 (communications) in a.md' },
            { line: 4, column: 26, message: 'states May 16, 2026 (communications) in b.md' },
          ],
        },
      ],
    },
    {
      spec: SPEC,
      name: 'reports both sides of a tie',
      drafts: { 'pr/a.md': 'Brisa Days: 16. Mai 2026.\n', 'marketing/b.md': 'Brisa Days: 23. Mai 2026.\n' },
      errors: [
        { file: 'marketing/b.md', messageId: 'conflict', line: 1, column: 13 },
        { file: 'pr/a.md', messageId: 'conflict', line: 1, column: 13 },
      ],
    },
    {
      spec: SPEC,
      name: 'reports only on the checked drafts but compares the whole corpus',
      drafts: { 'pr/a.md': 'Brisa Days: 16. Mai 2026.\n', 'marketing/b.md': 'Brisa Days: 23. Mai 2026.\n' },
      only: ['marketing/b.md'],
      errors: [{ file: 'marketing/b.md', messageId: 'conflict', line: 1, column: 13 }],
    },
  ],
});

describe('fact-conflict in a content repo', () => {
  it('reports only on checked drafts but compares the whole corpus', async () => {
    const folder = path.join(FIXTURES, 'rules', 'fact-conflict');
    const result = await check({ cwd: folder, patterns: ['marketing/social'], rules: [ruleNamed('fact-conflict')] });
    expect(result.findings.map((f) => `${path.relative(folder, f.file)}:${f.line}`)).toEqual(['marketing/social/2026-06-instagram.md:5']);
  });
});
