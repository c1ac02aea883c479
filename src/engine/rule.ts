// What a rule module is, and the context it checks through: it only reads and calls report().
// A corpus rule works in two steps: `summarize` takes from one draft what the rule needs of it
// (plain data, computed where the draft is parsed), `check` compares the summaries of all drafts.
// How summaries are kept between runs is the pipeline's business: a warm run never parses an
// unchanged draft again.

import type { Draft, DraftInfo } from '../drafts/types.js';
import type { Severity, Spec, SpecEntry } from '../spec/types.js';
import type { SourcePosition } from '../errors.js';
import type { ProseSpan } from '../markdown/prose.js';
import type { Position } from '../markdown/positions.js';
import type { QuotedSentence } from './finding.js';

/** A span of prose in a block, a span or position of the draft's source, or a position in the spec file. */
export type Location =
  | ProseSpan
  | { offset: number; end: number }
  /** A line and column of the draft's file, such as a front-matter key. */
  | { line: number; column: number }
  | { spec: SourcePosition }
  /** A span resolved while the draft was at hand (see `SummaryContext.locate`): what summaries hold. */
  | { span: Span };

/** Where a finding stands in its draft, as line and column (1-based) and source offsets. */
export interface Span {
  start: Position;
  end: Position;
  range?: [number, number];
  /** The flagged text, at most 200 characters. */
  excerpt?: string;
  /** The sentence the span stands in, with the span marked. */
  sentence?: QuotedSentence;
}

/** The locations a corpus rule can report at without the draft's text. */
export type SummaryLocation = Extract<Location, { span: Span } | { line: number; column: number } | { spec: SourcePosition }>;

export interface RelatedDescriptor<D = Draft, L = Location> {
  draft: D;
  at: L;
  message: string;
}

export interface ReportDescriptor<D = Draft, L = Location> {
  messageId: string;
  data?: Record<string, string | number>;
  at: L;
  /** The spec entry behind the finding: its `ref` names it in the finding, its `severity` overrides the rule's. */
  entry?: Pick<SpecEntry, 'ref' | 'severity'>;
  /** Where no one entry is behind it: how the finding names the part of the spec (`areas`, a campaign). */
  ref?: string;
  severity?: Severity;
  related?: RelatedDescriptor<D, L>[];
  /**
   * Replacement text for the reported span. The engine keeps it only where it replaces words of one
   * text node and nothing else (src/markdown/fix-span.ts); elsewhere the finding has no fix.
   */
  fix?: string;
}

export interface DraftContext {
  spec: Spec;
  draft: Draft;
  report(descriptor: ReportDescriptor): void;
}

/** What a corpus rule summarizes a draft with: the draft at hand, and how to pin a location of it down. */
export interface SummaryContext {
  spec: Spec;
  draft: Draft;
  /** Line, column and offsets of a location in the draft, for a summary to report at later. */
  locate(at: Location): Span;
}

/** A draft as a corpus rule sees it: who wrote it, and the rule's own summary of it. */
export interface Summarized<S> {
  draft: DraftInfo;
  summary: S;
}

export interface CorpusContext<S> {
  spec: Spec;
  /** Every draft under the spec's folder, checked or not. */
  drafts: readonly Summarized<S>[];
  isChecked(draft: DraftInfo): boolean;
  /** Reports on `draft`, or on the spec file when `draft` is undefined. */
  report(draft: DraftInfo | undefined, descriptor: ReportDescriptor<DraftInfo, SummaryLocation>): void;
}

interface RuleBase {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Message templates by id, with `{{placeholders}}`. */
  messages: Record<string, string>;
  /**
   * The rule reports drafts that could not be read or parsed (`draft.problem`), and only those; no
   * other rule sees them. Its findings cannot be suppressed: such a draft has no comments to read.
   */
  reportsProblems?: true;
}

export interface DraftRule extends RuleBase {
  scope: 'draft';
  check(context: DraftContext): void;
}

export interface CorpusRule<S = unknown> extends RuleBase {
  scope: 'corpus';
  /** What the rule needs of one draft, as plain data that survives JSON (it is cached). */
  summarize(context: SummaryContext): S;
  /**
   * Fields of the summary that `check` reads of a few drafts only (where a passage has a candidate
   * copy, say): a warm run loads them for those drafts alone, when they are first read.
   */
  rarelyRead?: readonly string[];
  /**
   * Fields of the summary that hold bytes as base64 text (MinHash signatures, say): the corpus
   * snapshot keeps them as bytes in a file of their own, which a warm run reads without parsing or
   * decoding, and `check` then gets them as a Uint8Array.
   */
  bytes?: readonly string[];
  /**
   * A byte field whose keys say which drafts `check` can pair with a checked one at all: those that
   * share a key with it (the duplicate rule's LSH bands of its signatures). The corpus snapshot
   * keeps an index of keys to drafts, and a check of a few drafts reads the field of the drafts
   * that share a key with a checked one; of every other draft the snapshot holds, `check` gets the
   * field's length in bytes instead of its bytes.
   */
  keyed?: { field: string; keys(bytes: Uint8Array): Uint32Array };
  /**
   * The front-matter keys whose positions `check` reads in drafts other than the checked ones (a
   * related location at another draft's `campaign:`). The corpus snapshot keeps only these of a
   * draft's key positions: all of them were a fifth of its drafts file.
   */
  frontMatterKeys?: readonly string[];
  check(context: CorpusContext<S>): void;
}

// `any`: a list of rules holds corpus rules of many summary types; each sees only its own.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Rule = DraftRule | CorpusRule<any>;
