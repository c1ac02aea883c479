// Every rule has its page in docs/rules/<id>.md, naming each of its message ids, and the page's
// examples are true: the invalid example gives exactly the findings (and fix) the page shows, the
// valid one gives none.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';
import { ROOT } from './helpers.js';
import { type ExpectedError, type InvalidCase, verifyInvalid, verifyValid } from './rule-tester.js';

interface Fence {
  info: string;
  text: string;
}

/** The fenced blocks of a part of a page, with their info strings. */
function fences(markdown: string): Fence[] {
  return [...markdown.matchAll(/^(`{3,})([^\n`]*)\n([\s\S]*?)^\1$/gm)].map((m) => ({ info: m[2]!.trim(), text: m[3]! }));
}

/** The page's examples: `### Invalid`, then `### Valid`, which ends the page (drafts may hold headings). */
function examples(page: string): { invalid: string; valid: string } {
  const [, invalid, valid] = page.split(/^### (?:Invalid|Valid)\n/m);
  if (valid === undefined || !page.includes('\n### Invalid\n') || page.indexOf('\n### Invalid\n') > page.indexOf('\n### Valid\n')) {
    throw new Error('the page ends with "### Invalid" and "### Valid" examples');
  }
  return { invalid: invalid!, valid };
}

/** An example as a rule-tester case: the spec, the drafts by file, the findings, the fixed drafts. */
function exampleCase(markdown: string): InvalidCase {
  const blocks = fences(markdown);
  const spec = blocks.find((f) => f.info === 'yaml onevoice.yaml');
  if (!spec) throw new Error('the example has no ```yaml onevoice.yaml block');
  const drafts: Record<string, string> = {};
  const output: Record<string, string> = {};
  const errors: ExpectedError[] = [];
  for (const { info, text } of blocks) {
    const [language, file, fixed] = info.split(/\s+/);
    if (language === 'markdown' && file) (fixed === 'fixed' ? output : drafts)[file] = text;
    if (info === 'text findings') {
      for (const line of text.trimEnd().split('\n')) {
        const m = /^(\S+):(\d+):(\d+) ([\w-]+): (.+)$/.exec(line);
        if (!m) throw new Error(`a finding is written file:line:column messageId: message, not "${line}"`);
        errors.push({ file: m[1]!, line: Number(m[2]), column: Number(m[3]), messageId: m[4]!, message: m[5]! });
      }
    }
  }
  return { spec: spec.text, drafts, errors, ...(Object.keys(output).length ? { output } : {}) };
}

describe.each(rules.map((rule) => [rule.id, rule] as const))('docs/rules/%s.md', (id, rule) => {
  const page = readFileSync(path.join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8');

  it("is the rule's page and names each of its message ids", () => {
    expect(page.startsWith(`# \`${id}\`\n`)).toBe(true);
    for (const messageId of Object.keys(rule.messages)) expect(page).toContain(`\`${messageId}\``);
  });

  it('shows an invalid example that gives exactly the findings it shows', () => {
    const example = exampleCase(examples(page).invalid);
    expect(example.errors.length).toBeGreaterThan(0);
    verifyInvalid(rule, example);
  });

  it('shows a valid example that gives no finding', () => {
    const { errors, ...example } = exampleCase(examples(page).valid);
    expect(errors).toEqual([]);
    verifyValid(rule, example);
  });
});
