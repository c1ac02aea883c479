// Spec mistakes that used to pass silently: figures YAML misreads, units in the value, language
// names for codes, paths that match no draft; and `init`'s starters in German and English.

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSpec } from '../src/index.js';
import { lintDrafts, runCli } from './helpers.js';

const temp = (name: string) => mkdtempSync(path.join(os.tmpdir(), `onevoice-${name}-`));

/** A content repo on disk: the spec and drafts by path. */
function repo(name: string, files: Record<string, string>): string {
  const cwd = temp(name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true });
    writeFileSync(path.join(cwd, file), text);
  }
  return cwd;
}

const factSpec = (value: string, language = 'de') => `version: 1
language: ${language}
brand: Brisa Bikes
facts:
  - id: customers
    value: ${value}
    context: [Kunden, customers]
`;

const specError = (yaml: string) => {
  try {
    parseSpec(yaml, '/content/onevoice.yaml');
  } catch (error) {
    const { message, position } = error as Error & { position?: { line: number; column: number } };
    return { message, line: position?.line, column: position?.column };
  }
  return undefined;
};

describe('figures YAML reads otherwise than the spec means', () => {
  it.each([
    ['52.000', 'facts[0].value 52.000 is read as 52; quote it ("52.000") to read it as the spec\'s language (de) writes figures: 52000, or write 52 or 52000 without separators'],
    ['4.800', 'facts[0].value 4.800 is read as 4.8; quote it ("4.800") to read it as the spec\'s language (de) writes figures: 4800, or write 4.8 or 4800 without separators'],
    ['1,5', 'facts[0].value 1,5 is read as the text "1,5"; quote it ("1,5") to read it as the spec\'s language (de) writes figures: 1.5, or write 1.5'],
    ['010', 'facts[0].value 010 is read as 10; quote it ("010") to compare it as text, or write 10'],
  ])('value: %s is an error at the value, with the hint to quote it', (value, message) => {
    expect(specError(factSpec(value))).toEqual({ message, line: 6, column: 12 });
  });

  it('also where another number is expected', () => {
    expect(specError('version: 1\nduplicates:\n  min_words: 025\n')).toEqual({ message: 'duplicates.min_words 025 is read as 25; write 25', line: 3, column: 14 });
  });

  it('leaves figures that read alike alone: 14.90, 0.8, 1200, and 4.800 where English reads it as 4.8', () => {
    expect(parseSpec(factSpec('14.90'), '/content/onevoice.yaml').facts[0]).toMatchObject({ value: 14.9 });
    expect(parseSpec(factSpec('1200'), '/content/onevoice.yaml').facts[0]).toMatchObject({ value: 1200, kind: 'count' });
    expect(parseSpec(factSpec('4.800', 'en'), '/content/onevoice.yaml').facts[0]).toMatchObject({ value: 4.8 });
    expect(parseSpec('version: 1\nduplicates: { threshold: 0.80 }\n', '/content/onevoice.yaml').duplicates.threshold).toBe(0.8);
  });

  it('reads a quoted figure as the spec language writes it, and the CLI exits 2 on the plain one', async () => {
    expect(parseSpec(factSpec('"52.000"'), '/content/onevoice.yaml').facts[0]).toMatchObject({ value: 52000, kind: 'count' });
    expect(parseSpec(factSpec('"4,800"', 'en'), '/content/onevoice.yaml').facts[0]).toMatchObject({ value: 4800 });
    const cwd = repo('misread', { 'onevoice.yaml': factSpec('52.000'), 'pr/press/start.md': '# Start\n\nMehr als 52.000 Kunden fahren mit.\n' });
    expect(await runCli(['check'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'onevoice: onevoice.yaml:6:12: facts[0].value 52.000 is read as 52; quote it ("52.000") to read it as the spec\'s language (de) writes figures: 52000, or write 52 or 52000 without separators\n',
    });
  });
});

describe('a value with its unit in one string', () => {
  it.each([
    ['"29 Euro"', { value: 29, unit: 'EUR', kind: 'money' }],
    ['"14,90 €"', { value: 14.9, unit: 'EUR', kind: 'money' }],
    ['"99 %"', { value: 99, unit: '%', kind: 'percentage' }],
    ['"6 Wochen"', { value: 6, unit: 'Wochen', kind: 'duration' }],
  ])('%s is read as value and unit', (value, fact) => {
    expect(parseSpec(factSpec(value), '/content/onevoice.yaml').facts[0]).toMatchObject(fact);
  });

  it('"29 Euro" flags "30 Euro" in a draft and passes "29 Euro"', () => {
    const spec = `version: 1
language: de
facts:
  - id: price
    value: "29 Euro"
    context: [Monat, Abo]
`;
    const findings = lintDrafts(
      spec,
      {
        'marketing/ad/abo.md': '# Das Pendel-Abo\n\nDas Abo kostet 30 Euro im Monat, Wartung inklusive.\n',
        'pr/press/abo.md': '# Pendel-Abo startet\n\nDas Abo kostet 29 Euro im Monat.\n',
      },
      ['fact-mismatch'],
    );
    expect(findings.map((f) => [f.file, f.line, f.column, f.ruleId, f.message])).toEqual([['marketing/ad/abo.md', 3, 16, 'fact-mismatch', expect.stringContaining('29 EUR') as unknown]]);
  });

  it('refuses a figure with words that are no unit, naming the unit: key', () => {
    expect(specError(factSpec('"4,800 customers"', 'en'))).toEqual({
      message: 'facts[0].value "4,800 customers" holds a figure and words that are no unit; write value: 4800 and put "customers" in context, or give a unit apart with unit: (EUR, %, Wochen, km …)',
      line: 6,
      column: 12,
    });
  });

  it('keeps text that is no figure, and `kind: text`, as text', () => {
    expect(parseSpec(factSpec('"ISO 27001"'), '/content/onevoice.yaml').facts[0]).toMatchObject({ value: 'ISO 27001', kind: 'text' });
    expect(parseSpec(factSpec('"52.000"\n    kind: text'), '/content/onevoice.yaml').facts[0]).toMatchObject({ value: '52.000', kind: 'text' });
  });
});

describe('language names where a code belongs', () => {
  it.each([
    ['language: german', 'language "german" is not a language code; did you mean "de"?', 2, 11],
    ['language: Deutsch', 'language "Deutsch" is not a language code; did you mean "de"?', 2, 11],
    ['language: englisch', 'language "englisch" is not a language code; did you mean "en"?', 2, 11],
    ['terms:\n  - use: e-bike\n    lang: english', 'terms[0].lang "english" is not a language code; did you mean "en"?', 4, 11],
    ['languages:\n  english: ["en/**"]', '"english" in languages is not a language code; did you mean "en"?', 3, 3],
  ])('%s gets the code as hint', (yaml, message, line, column) => {
    expect(specError(`version: 1\n${yaml}\n`)).toEqual({ message, line, column });
  });
});

describe('paths that match no draft', () => {
  const spec = `version: 1
language: de
include: ["docs/README.md"]
languages:
  en: ["en/**"]
teams:
  marketing:      { paths: ["marketing/**"] }
  communications: { paths: ["pr/**"] }
channels:
  press: { paths: ["**/press/**"] }
  blog:  { paths: ["**/blog/**"] }
`;

  it('warn once each on stderr, at the entry, without changing the exit code', async () => {
    const cwd = repo('unmatched', {
      'onevoice.yaml': spec,
      'pr/press/start.md': '# Brisa startet\n\nBrisa macht den Arbeitsweg elektrisch.\n',
      'pr/press/zweite.md': '# Brisa wächst\n\nBrisa fährt in zwei neuen Städten.\n',
    });
    const { code, stdout, stderr } = await runCli(['check', '--format', 'json'], cwd);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ summary: { files: 2, errors: 0 } });
    expect(stderr).toBe(
      [
        'onevoice: onevoice.yaml:7:3: warning: team "marketing" paths match no draft',
        'onevoice: onevoice.yaml:11:3: warning: channel "blog" paths match no draft',
        'onevoice: onevoice.yaml:5:3: warning: language "en" paths match no draft',
        'onevoice: onevoice.yaml:3:11: warning: include "docs/README.md" matches no draft',
        '',
      ].join('\n'),
    );
  });

  it('say nothing in a repo without drafts yet', async () => {
    const cwd = repo('unmatched-empty', { 'onevoice.yaml': spec });
    expect(await runCli(['check'], cwd)).toMatchObject({ code: 0, stderr: "onevoice: no drafts (.md, .markdown, .mdx) under the spec's folder yet; nothing to check\n" });
  });
});

describe('init', () => {
  it('writes the German starter by default and prints the next step on stderr', async () => {
    const cwd = temp('init-de');
    expect(await runCli(['init'], cwd)).toEqual({ code: 0, stdout: 'wrote onevoice.yaml\n', stderr: 'next: edit onevoice.yaml, then run npx onevoice check\n' });
    expect(parseSpec(readFileSync(path.join(cwd, 'onevoice.yaml'), 'utf8'), path.join(cwd, 'onevoice.yaml'))).toMatchObject({ language: 'de', brand: 'Beispiel GmbH' });
  });

  it('--lang en writes an English starter and English sample drafts whose findings are English', async () => {
    const cwd = temp('init-en');
    expect(await runCli(['init', '--lang', 'en', '--example'], cwd)).toEqual({
      code: 0,
      stdout: 'wrote onevoice.yaml\nwrote pr/press/2026-05-12-launch.md\nwrote marketing/blog/2026-05-14-commute.md\n',
      stderr: 'next: edit onevoice.yaml, then run npx onevoice check\n',
    });
    const spec = parseSpec(readFileSync(path.join(cwd, 'onevoice.yaml'), 'utf8'), path.join(cwd, 'onevoice.yaml'));
    expect(spec).toMatchObject({ language: 'en', brand: 'Example Inc.' });
    const { code, stdout, stderr } = await runCli(['check', '--format', 'json', '--no-cache'], cwd);
    expect(code).toBe(1);
    // Every path of the starter matches a sample draft: no warning on a first check.
    expect(stderr).toBe('');
    const findings = (JSON.parse(stdout) as { findings: { ruleId: string; file: string; line: number; column: number }[] }).findings;
    expect(findings.map((f) => [f.file, f.line, f.column, f.ruleId])).toEqual([
      ['marketing/blog/2026-05-14-commute.md', 7, 6, 'fact-mismatch'],
      ['marketing/blog/2026-05-14-commute.md', 7, 46, 'claim'],
      ['pr/press/2026-05-12-launch.md', 8, 51, 'term'],
    ]);
  });

  it('takes the language by name too', async () => {
    const cwd = temp('init-english');
    expect((await runCli(['init', '--lang', 'English'], cwd)).code).toBe(0);
    expect(readFileSync(path.join(cwd, 'onevoice.yaml'), 'utf8')).toContain('\nlanguage: en ');
  });

  it('refuses a language it has no starter for', async () => {
    expect(await runCli(['init', '--lang', 'fr'], temp('init-fr'))).toEqual({ code: 2, stdout: '', stderr: 'onevoice: init writes a starter in de or en, not "fr"\n' });
  });
});
