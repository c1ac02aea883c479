// The library API: what `import('onevoice')` gives, used as an editor or a CMS hook would.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, format, lint, loadSpec, parseSpec, ruleIds, rules, summarise, UsageError, type Report } from '../src/index.js';
import { FIXTURES, ROOT } from './helpers.js';

const SPEC = `version: 1
language: de
teams:
  marketing: { paths: ["marketing/**"] }
  communications: { paths: ["pr/**"] }
terms:
  - { use: kostenlos, avoid: [gratis] }
`;

const ANSWER =
  'Ab dem 1. Juni können alle Kundinnen und Kunden ihre Zählerstände direkt in der App melden, ohne Anmeldung und ohne zusätzliche Kosten, und erhalten die Abrechnung binnen drei Werktagen per E-Mail.';

describe('lint', () => {
  const spec = parseSpec(SPEC, '/content/onevoice.yaml');

  it('checks drafts held in memory, each alone and across them', () => {
    const findings = lint({
      spec,
      drafts: {
        'marketing/blog/app.md': `# Neu in der App\n\nDie App ist ab heute gratis.\n\n${ANSWER}\n`,
        'pr/faq/app.md': `# FAQ\n\n${ANSWER}\n`,
      },
    });
    expect(findings.map((f) => [path.relative('/content', f.file), f.line, f.column, f.ruleId, f.messageId])).toEqual([
      ['marketing/blog/app.md', 3, 22, 'term', 'avoid'],
      ['marketing/blog/app.md', 5, 1, 'duplicate', 'cross-team'],
      ['pr/faq/app.md', 3, 1, 'duplicate', 'cross-team'],
    ]);
    expect(findings[0]!.fix).toEqual({ text: 'kostenlos', range: [expect.any(Number), expect.any(Number)] });
  });

  it('reports only the drafts named in `checked`, the others being context', () => {
    const findings = lint({ spec, drafts: { 'marketing/a.md': ANSWER, 'pr/b.md': `Vorab.\n\n${ANSWER}` }, checked: ['pr/b.md'] });
    expect(findings.map((f) => [path.relative('/content', f.file), f.line, f.ruleId])).toEqual([['pr/b.md', 3, 'duplicate']]);
  });

  it('gives the same findings run after run (its memo tables are the run’s)', () => {
    const drafts = { 'pr/a.md': 'Der Tarif ist gratis, ganz gratis.\n' };
    const first = lint({ spec, drafts });
    expect(lint({ spec, drafts })).toEqual(first);
    expect(first).toHaveLength(2);
  });
});

describe('loadSpec and parseSpec', () => {
  it('accept the rule ids of the registry and refuse any other', () => {
    expect(parseSpec('version: 1\nrules: { duplicate: off }\n', '/x/onevoice.yaml').rules).toEqual({ duplicate: 'off' });
    expect(() => parseSpec('version: 1\nrules: { duplicates: off }\n', '/x/onevoice.yaml')).toThrow('unknown key "duplicates" in rules (did you mean "duplicate"?)');
    expect(ruleIds).toEqual(rules.map((rule) => rule.id));
  });

  it('reads a spec file', () => {
    expect(loadSpec(path.join(FIXTURES, 'demo', 'onevoice.yaml')).terms.length).toBeGreaterThan(0);
  });
});

describe('check and format', () => {
  it('checks a content repo with every rule and reports in any format of the command line', async () => {
    const cwd = path.join(FIXTURES, 'cli', 'basic');
    const result = await check({ cwd });
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((f) => path.isAbsolute(f.file))).toBe(true);
    const report: Report = {
      spec: result.spec.file,
      files: result.checked.map((d) => d.file),
      findings: result.findings,
      summary: summarise(result.findings, result.checked.length),
      displayPath: (file) => path.relative(cwd, file),
    };
    const json = JSON.parse(format('json', report)) as { spec: string; findings: { file: string }[] };
    expect(json.spec).toBe('onevoice.yaml');
    expect(json.findings.map((f) => f.file)).toEqual(result.findings.map((f) => path.relative(cwd, f.file)));
    expect(() => format('xml', report)).toThrow(UsageError);
  });
});

describe('the package entry', () => {
  it('is what package.json exports, built with its declarations', async () => {
    const entry = (await import(path.join(ROOT, 'dist', 'src', 'index.js'))) as Record<string, unknown>;
    expect(Object.keys(entry)).toEqual(expect.arrayContaining(['check', 'lint', 'loadSpec', 'parseSpec', 'rules', 'formatters', 'format', 'applyFixes']));
  });
});
