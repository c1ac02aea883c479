// The rule tester fails the cases it must: a deliberately broken rule (an unfilled placeholder, an
// undeclared message id), findings other than the expected ones, a wrong or missing fix output.

import { describe, expect, it } from 'vitest';
import type { DraftRule } from '../src/engine/rule.js';
import { verifyInvalid, verifyValid } from './rule-tester.js';

const SPEC = 'version: 1\nlanguage: de\n';
const TEXT = 'Unsere Probefahrt ist gratis. Das Abo ist monatlich kündbar.\n';

/** Flags every "gratis" with message id `messageId`, filling `{{word}}` only when `fill` says so. */
function gratisRule(messageId: string, fill: boolean): DraftRule {
  return {
    id: 'term',
    description: 'A fake rule that flags "gratis", for testing the tester.',
    scope: 'draft',
    defaultSeverity: 'error',
    messages: { avoid: 'Unexpected `{{word}}`' },
    check({ draft, report }) {
      for (const block of draft.blocks) {
        for (const match of block.text.matchAll(/gratis/g)) {
          report({ messageId, ...(fill ? { data: { word: match[0] } } : {}), at: { block, start: match.index, end: match.index + match[0].length }, fix: 'kostenfrei' });
        }
      }
    },
  };
}

const flagged = { spec: SPEC, text: TEXT, errors: [{ messageId: 'avoid', line: 1, column: 23 }], output: TEXT.replace('gratis', 'kostenfrei') };

describe('the rule tester', () => {
  it('passes a case the rule meets: findings, message data and output', () => {
    expect(() => verifyInvalid(gratisRule('avoid', true), { ...flagged, errors: [{ ...flagged.errors[0]!, endColumn: 29, data: { word: 'gratis' } }] })).not.toThrow();
    expect(() => verifyValid(gratisRule('avoid', true), { spec: SPEC, text: 'Die Probefahrt ist kostenfrei.\n' })).not.toThrow();
  });

  it('fails a message whose placeholder is left unfilled', () => {
    expect(() => verifyInvalid(gratisRule('avoid', false), flagged)).toThrow(/left placeholders unfilled/);
  });

  it('fails a report with a message id the rule does not declare', () => {
    expect(() => verifyInvalid(gratisRule('forbidden', true), flagged)).toThrow(/do not declare/);
    expect(() => verifyInvalid(gratisRule('avoid', true), { ...flagged, errors: [{ messageId: 'forbidden', line: 1, column: 23 }] })).toThrow(/does not declare/);
  });

  it('fails findings at other places, other named fields, and a finding in a valid case', () => {
    const rule = gratisRule('avoid', true);
    expect(() => verifyInvalid(rule, { ...flagged, errors: [{ messageId: 'avoid', line: 1, column: 24 }] })).toThrow(/file:line:column/);
    expect(() => verifyInvalid(rule, { ...flagged, errors: [...flagged.errors, { messageId: 'avoid', line: 1, column: 50 }] })).toThrow(/file:line:column/);
    expect(() => verifyInvalid(rule, { ...flagged, errors: [{ ...flagged.errors[0]!, message: 'Unexpected `umsonst`' }] })).toThrow(/draft\.md:1:23 avoid/);
    expect(() => verifyInvalid(rule, { ...flagged, errors: [{ ...flagged.errors[0]!, severity: 'warning' }] })).toThrow(/draft\.md:1:23 avoid/);
    expect(() => verifyValid(rule, { spec: SPEC, text: TEXT })).toThrow();
  });

  it('fails a wrong output, and fixes without an expected output', () => {
    const rule = gratisRule('avoid', true);
    expect(() => verifyInvalid(rule, { ...flagged, output: TEXT })).toThrow(/after fixing/);
    const { output: _, ...withoutOutput } = flagged;
    expect(() => verifyInvalid(rule, withoutOutput)).toThrow(/give the expected `output`/);
  });
});
