// What a rule module is, and the context it checks through: it only reads and calls report().

import type { Draft } from '../drafts/types.js';
import type { Severity, Spec } from '../spec/types.js';
import type { SourcePosition } from '../errors.js';
import type { ProseBlock } from '../text/prose.js';

/** A span of prose in a block, a span or position of the draft's source, or a position in the spec file. */
export type Location =
  | { block: ProseBlock; start: number; end: number }
  | { offset: number; end: number }
  /** A line and column of the draft's file, such as a front-matter key. */
  | { line: number; column: number }
  | { spec: SourcePosition };

export interface RelatedDescriptor {
  draft: Draft;
  at: Location;
  message: string;
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  at: Location;
  /** The spec entry behind the finding (its id, or `terms[0]`); its severity overrides the rule's. */
  ref?: string;
  severity?: Severity;
  related?: RelatedDescriptor[];
  /** Replacement text for the reported span. */
  fix?: string;
}

export interface DraftContext {
  spec: Spec;
  draft: Draft;
  report(descriptor: ReportDescriptor): void;
}

export interface CorpusContext {
  spec: Spec;
  /** Every draft under the spec's folder, checked or not. */
  drafts: readonly Draft[];
  isChecked(draft: Draft): boolean;
  /** Reports on `draft`, or on the spec file when `draft` is undefined. */
  report(draft: Draft | undefined, descriptor: ReportDescriptor): void;
}

interface RuleBase {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Message templates by id, with `{{placeholders}}`. */
  messages: Record<string, string>;
}

export interface DraftRule extends RuleBase {
  scope: 'draft';
  check(context: DraftContext): void;
}

export interface CorpusRule extends RuleBase {
  scope: 'corpus';
  check(context: CorpusContext): void;
}

export type Rule = DraftRule | CorpusRule;
