// Every rule is complete: an id that is its file name and a known rule id, messages,
// a fixture folder, a page in docs/rules and a README section linking to it.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';
import { ruleIds } from '../src/rules/index.js';
import { FIXTURES, ROOT } from './helpers.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe.each(rules.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  it('is named after its file and is a rule id of the brief', () => {
    expect(existsSync(path.join(ROOT, 'src', 'rules', `${id}.ts`)) || existsSync(path.join(ROOT, 'src', 'rules', id, `${id}.ts`))).toBe(true);
    expect(ruleIds).toContain(id);
  });

  it('describes itself and has messages', () => {
    expect(rule.description.length).toBeGreaterThan(20);
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    expect(['error', 'warning', 'info']).toContain(rule.defaultSeverity);
  });

  it('has a fixture folder, a docs page and a README section linking to the page', () => {
    expect(existsSync(path.join(FIXTURES, 'rules', id, 'onevoice.yaml'))).toBe(true);
    expect(existsSync(path.join(ROOT, 'docs', 'rules', `${id}.md`))).toBe(true);
    const section = readme.split(`### \`${id}\`\n`)[1]?.split(/^#{2,3} /m)[0];
    expect(section).toContain(`(docs/rules/${id}.md)`);
  });
});

describe('the rule list', () => {
  it('has each rule once', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });
});
