// A rule tester in the manner of ESLint's RuleTester: per rule, valid and invalid cases of a spec
// and drafts, the findings each must give (file, line, column, message id and what else the case
// names) and, where the rule fixes, the drafts after fixing. It also fails a case whose message
// keeps a `{{placeholder}}` or whose report uses a message id the rule does not declare.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/engine/finding.js';
import type { CorpusRule, DraftRule, Rule } from '../src/engine/rule.js';
import { applyFixes } from '../src/fix.js';
import { rules } from '../src/rules/index.js';
import type { Severity } from '../src/spec/types.js';
import { lintWith, VIRTUAL_ROOT } from './helpers.js';

/** Where a case's single `text` is, unless it names a `file`. */
const DEFAULT_FILE = 'draft.md';

interface CaseBase {
  /** The test's name; the draft text when left out. */
  name?: string;
  /** The spec, as YAML. */
  spec: string;
  /** One draft: its text, at `file`. */
  text?: string;
  file?: string;
  /** Several drafts, by path under the spec's folder (corpus rules need them). */
  drafts?: Record<string, string>;
  /** The drafts checked (reported on); the others only take part in comparisons. All by default. */
  only?: string[];
}

export type ValidCase = CaseBase;

export interface RelatedError {
  /** Relative to the spec's folder. */
  file?: string;
  line: number;
  column: number;
  message?: string;
}

export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  /** The draft (or `onevoice.yaml`); a single-draft case's draft by default. */
  file?: string;
  endLine?: number;
  endColumn?: number;
  /** The whole message; or `data` to fill the message id's template with. */
  message?: string | RegExp;
  data?: Record<string, string | number>;
  severity?: Severity;
  /** The spec entry behind the finding; `undefined` when it must name none. */
  ref?: string | undefined;
  team?: string;
  excerpt?: string;
  related?: RelatedError[];
}

export interface InvalidCase extends CaseBase {
  errors: ExpectedError[];
  /** The draft after applying every fix: the text, or texts by file. Required when findings carry fixes. */
  output?: string | Record<string, string>;
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

const fill = (template: string, data: Record<string, string | number>) => template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));

function draftsOf(testCase: CaseBase): Record<string, string> {
  if (testCase.drafts && testCase.text !== undefined) throw new Error('a case gives either `text` or `drafts`, not both');
  if (testCase.drafts) return testCase.drafts;
  if (testCase.text === undefined) throw new Error('a case needs `text` or `drafts`');
  return { [testCase.file ?? DEFAULT_FILE]: testCase.text };
}

/**
 * The rule, its reports checked on the way: a message id it does not declare is noted (and the
 * report dropped) rather than left to the engine, so the tester says so whatever the engine does.
 */
function watched(rule: Rule, undeclared: string[]): Rule {
  const declared = (messageId: string) => {
    if (Object.hasOwn(rule.messages, messageId)) return true;
    undeclared.push(messageId);
    return false;
  };
  if (rule.scope === 'draft') {
    const draftRule: DraftRule = {
      ...rule,
      check: (context) =>
        rule.check({
          ...context,
          report: (descriptor) => {
            if (declared(descriptor.messageId)) context.report(descriptor);
          },
        }),
    };
    return draftRule;
  }
  const corpusRule: CorpusRule = {
    ...rule,
    check: (context) =>
      rule.check({
        ...context,
        report: (draft, descriptor) => {
          if (declared(descriptor.messageId)) context.report(draft, descriptor);
        },
      }),
  };
  return corpusRule;
}

/** Lints a case with the rule alone; fails on undeclared message ids and unfilled placeholders. */
function findingsOf(rule: Rule, testCase: CaseBase): Finding[] {
  const undeclared: string[] = [];
  const only = testCase.only ? { checked: testCase.only } : {};
  const findings = lintWith(testCase.spec, draftsOf(testCase), { rules: [watched(rule, undeclared)], ...only });
  expect(undeclared, `rule ${rule.id} reported message ids its messages do not declare`).toEqual([]);
  const unfilled = findings.flatMap((f) => [f.message, ...(f.related ?? []).map((r) => r.message)]).filter((message) => message.includes('{{'));
  expect(unfilled, `rule ${rule.id} left placeholders unfilled`).toEqual([]);
  return findings;
}

interface Located {
  file: string;
  line: number;
  column: number;
  messageId: string;
}

const key = (f: Located) => `${f.file}:${f.line}:${f.column} ${f.messageId}`;
const byPosition = (a: Located, b: Located) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.messageId.localeCompare(b.messageId);

/** The fields the expected error names, of the finding and of the error, to compare. */
function named(rule: Rule, finding: Finding, error: ExpectedError): { actual: Record<string, unknown>; expected: Record<string, unknown> } {
  const actual: Record<string, unknown> = {};
  const expected: Record<string, unknown> = {};
  for (const field of ['endLine', 'endColumn', 'severity', 'ref', 'team', 'excerpt'] as const) {
    if (!(field in error)) continue;
    actual[field] = finding[field];
    expected[field] = error[field];
  }
  if (error.message !== undefined || error.data !== undefined) {
    actual['message'] = finding.message;
    expected['message'] = error.message ?? fill(rule.messages[error.messageId] ?? '', error.data ?? {});
  }
  if (error.related) {
    actual['related'] = (finding.related ?? []).map((r, index) => {
      const wanted = error.related?.[index];
      return {
        line: r.line,
        column: r.column,
        ...(wanted?.file === undefined ? {} : { file: path.relative(VIRTUAL_ROOT, r.file) }),
        ...(wanted?.message === undefined ? {} : { message: r.message }),
      };
    });
    expected['related'] = error.related;
  }
  return { actual, expected };
}

/** Fails unless the case gives exactly the expected findings and, where the rule fixes, the output. */
export function verifyInvalid(rule: Rule, testCase: InvalidCase): void {
  const drafts = draftsOf(testCase);
  const files = Object.keys(drafts);
  const errors = testCase.errors.map((error) => ({ ...error, file: error.file ?? (files.length === 1 ? files[0]! : '(the case names no file)') })).sort(byPosition);
  for (const error of errors) {
    if (!Object.hasOwn(rule.messages, error.messageId)) throw new Error(`the case expects message id ${error.messageId}, which rule ${rule.id} does not declare`);
  }
  const findings = findingsOf(rule, testCase).sort(byPosition);
  expect(findings.map(key), 'findings (file:line:column messageId)').toEqual(errors.map(key));
  findings.forEach((finding, index) => {
    const { actual, expected } = named(rule, finding, errors[index]!);
    expect(actual, key(finding)).toMatchObject(expected);
  });
  verifyOutput(testCase, drafts, findings);
}

function verifyOutput(testCase: InvalidCase, drafts: Record<string, string>, findings: Finding[]): void {
  const fixed: Record<string, string> = {};
  for (const [file, text] of Object.entries(drafts)) {
    const replacements = findings.filter((f) => f.file === file && f.fix).map((f) => f.fix!);
    if (replacements.length) fixed[file] = applyFixes(text, replacements).text;
  }
  if (testCase.output === undefined) {
    expect(Object.keys(fixed), 'the findings carry fixes: give the expected `output`').toEqual([]);
    return;
  }
  const output = typeof testCase.output === 'string' ? { [Object.keys(drafts)[0]!]: testCase.output } : testCase.output;
  const files = [...new Set([...Object.keys(output), ...Object.keys(fixed)])].sort();
  const actual = Object.fromEntries(files.map((file) => [file, fixed[file] ?? drafts[file]]));
  const expected = Object.fromEntries(files.map((file) => [file, output[file] ?? drafts[file]]));
  expect(actual, 'the drafts after fixing').toEqual(expected);
}

/** Fails unless the case gives no finding. */
export function verifyValid(rule: Rule, testCase: ValidCase): void {
  expect(findingsOf(rule, testCase).map(key)).toEqual([]);
}

const nameOf = (testCase: CaseBase) => testCase.name ?? testCase.text ?? Object.keys(testCase.drafts ?? {}).join(' + ');

/** Registers a `describe` block for the rule with an `it` per valid and invalid case. */
export function ruleTester(rule: Rule, cases: RuleCases): void {
  describe(`rule ${rule.id}`, () => {
    describe('valid', () => {
      for (const testCase of cases.valid) it(nameOf(testCase), () => verifyValid(rule, testCase));
    });
    describe('invalid', () => {
      for (const testCase of cases.invalid) it(nameOf(testCase), () => verifyInvalid(rule, testCase));
    });
  });
}

/** A rule of the registry by its id. */
export function ruleNamed(id: string): Rule {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}
