import { describe, expect, it } from 'vitest';
import { lintDrafts } from '../helpers.js';

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

const findings = (drafts: Record<string, string>, rule: string) => lintDrafts(SPEC, drafts, [rule]);

describe('fact-mismatch', () => {
  it('reports a wrong figure, amount and date with both values', () => {
    const text = 'Mehr als 5.000 Kund:innen fahren mit uns.\nDas Abo kostet 49 € im Monat.\nMarktstart ist der 15. April 2026.\n';
    expect(findings({ 'a.md': text }, 'fact-mismatch').map((f) => [f.line, f.column, f.messageId, f.message, f.ref])).toEqual([
      [1, 10, 'mismatch', 'Fact `customers` is stated as 5.000; approved is 4.800', 'customers'],
      [2, 16, 'mismatch', 'Fact `price` is stated as 49 €; approved is 39 EUR', 'price'],
      [3, 20, 'mismatch', 'Fact `launch` is stated as 15. April 2026; approved is 14. April 2026', 'launch'],
    ]);
  });

  it('reads English drafts the English way', () => {
    const text = '---\nlang: en\n---\nMore than 4,800 customers. The launch is on April 14, 2026, at €39 a month. Over 5,200 customers by May.\n';
    expect(findings({ 'a.md': text }, 'fact-mismatch').map((f) => [f.line, f.column, f.message])).toEqual([[4, 82, 'Fact `customers` is stated as 5,200; approved is 4,800']]);
  });

  it('reads a unit word of the spec in any inflection', () => {
    const text = 'Die Probefahrt dauert 14 Tage. Probefahrt: 30 Tage, Rückgabe in 2 Wochen.\n';
    expect(findings({ 'a.md': text }, 'fact-mismatch').map((f) => [f.column, f.message])).toEqual([[23, 'Fact `trial` is stated as 14; approved is 30 Tage']]);
  });

  it('ignores qualifiers, years, page counts, other units and other numbers', () => {
    const text = [
      'Seit 2019 vertrauen uns über 4.800 Kunden.',
      'Unsere Kunden lesen das 48-seitige Handbuch auf Seite 12.',
      'Kunden sparen 30 Prozent, und das für 39 Euro im Monat.',
      'Kunden erreichen uns unter Tel. 0341 123456.',
      'Der Marktstart ist der 14.04.2026; Anmeldung bis zum 1. April.',
      'Unsere Kunden kommen aus 5 neuen Städten, beraten von 24 Teilnehmern am 13.05 in der Berger Straße 175 um 11 Uhr.',
    ].join('\n\n');
    expect(findings({ 'a.md': text }, 'fact-mismatch')).toEqual([]);
  });
});

describe('fact-conflict', () => {
  it('reports the drafts that disagree with most, with related locations and teams', () => {
    const drafts = {
      'pr/press/a.md': 'Die Brisa Days finden am 16. Mai 2026 statt.\n',
      'pr/press/b.md': '---\nlang: en\n---\nBrisa Days take place on May 16, 2026.\n',
      'marketing/social/c.md': 'Save the date: Brisa Days am 23.05.2026!\n',
    };
    const list = findings(drafts, 'fact-conflict');
    expect(list.map((f) => [f.file, f.line, f.column, f.team, f.message])).toEqual([
      ['marketing/social/c.md', 1, 30, 'marketing', 'Fact `event-date` is stated as 23.05.2026 here, but as 16. Mai 2026 in 2 other statements'],
    ]);
    expect(list[0]?.related?.map((r) => [r.line, r.column, r.message])).toEqual([
      [1, 26, 'states 16. Mai 2026 (communications) in a.md'],
      [4, 26, 'states May 16, 2026 (communications) in b.md'],
    ]);
  });

  it('reports both sides of a tie, and nothing when drafts agree', () => {
    const tie = findings({ 'pr/a.md': 'Brisa Days: 16. Mai 2026.\n', 'marketing/b.md': 'Brisa Days: 23. Mai 2026.\n' }, 'fact-conflict');
    expect(tie.map((f) => f.file)).toEqual(['marketing/b.md', 'pr/a.md']);
    expect(findings({ 'pr/a.md': 'Brisa Days am 16. Mai.\n', 'marketing/b.md': 'Brisa Days: 16.05.2026\n' }, 'fact-conflict')).toEqual([]);
  });

  it('reports only on checked drafts but compares the whole corpus', async () => {
    const { check } = await import('../../src/check.js');
    const { rules } = await import('../../src/rules/index.js');
    const { FIXTURES } = await import('../helpers.js');
    const path = await import('node:path');
    const folder = path.join(FIXTURES, 'rules', 'fact-conflict');
    const result = await check({ cwd: folder, patterns: ['marketing/social'], rules: rules.filter((r) => r.id === 'fact-conflict') });
    expect(result.findings.map((f) => `${path.relative(folder, f.file)}:${f.line}`)).toEqual(['marketing/social/2026-06-instagram.md:5']);
  });
});
