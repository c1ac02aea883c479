// One draft through every step that needs its text: bytes to text, Markdown to prose, front matter
// to team and channel, then the draft rules' findings and the corpus rules' summaries. What comes
// out is plain data, so it can cross from a worker thread and be cached; the text is dropped.

import { draftFromBytes } from '../drafts/load.js';
import type { ReadFailure } from '../drafts/read.js';
import { analyse, type DraftAnalysis, type Summaries } from '../engine/lint.js';
import type { CorpusRule, Rule } from '../engine/rule.js';
import type { Spec } from '../spec/types.js';
import { latin1Json } from '../util/json-text.js';

/** A draft's analysis, or why it could not be read or parsed. */
export type Analysis = DraftAnalysis | ReadFailure;

/** Summary fields of each corpus rule of one kind (rarely read, or bytes), by rule id. */
export type SummaryFields = ReadonlyMap<string, readonly string[]>;
/** The summary fields each corpus rule reads of a few drafts only, by rule id. */
export type RarelyRead = SummaryFields;

const fieldsByRules = { rarelyRead: new WeakMap<readonly Rule[], SummaryFields>(), bytes: new WeakMap<readonly Rule[], SummaryFields>() };

/** Once per list of rules, not per draft. */
export function summaryFieldsOf(rules: readonly Rule[], kind: 'rarelyRead' | 'bytes'): SummaryFields {
  let found = fieldsByRules[kind].get(rules);
  if (!found) fieldsByRules[kind].set(rules, (found = new Map(rules.flatMap((rule) => (rule.scope === 'corpus' && rule[kind] ? [[rule.id, rule[kind]] as const] : [])))));
  return found;
}

export const rarelyReadOf = (rules: readonly Rule[]): RarelyRead => summaryFieldsOf(rules, 'rarelyRead');

/** The keyed byte field of each corpus rule that has one (see `CorpusRule.keyed`), by rule id. */
export type KeyedFields = ReadonlyMap<string, NonNullable<CorpusRule['keyed']>>;

const keyedByRules = new WeakMap<readonly Rule[], KeyedFields>();

export function keyedFieldsOf(rules: readonly Rule[]): KeyedFields {
  let found = keyedByRules.get(rules);
  if (!found) keyedByRules.set(rules, (found = new Map(rules.flatMap((rule) => (rule.scope === 'corpus' && rule.keyed ? [[rule.id, rule.keyed] as const] : [])))));
  return found;
}

/** The front-matter keys whose positions the corpus rules read in other drafts (see `CorpusRule.frontMatterKeys`). */
export const frontMatterKeysOf = (rules: readonly Rule[]): ReadonlySet<string> => new Set(rules.flatMap((rule) => (rule.scope === 'corpus' ? (rule.frontMatterKeys ?? []) : [])));

/**
 * The analysis as the pipeline carries and keeps it: the rarely read summary fields packed as JSON
 * text, one byte a character, which crosses threads as one string and is parsed for the few drafts
 * whose fields are read (see `readOnDemand` in analyse-drafts.ts). Thousands of drafts' passage
 * details as objects took a third more memory, and time to collect.
 */
export function analyseDraft(spec: Spec, rules: readonly Rule[], file: string, bytes: Uint8Array, withFindings: boolean): Analysis {
  const draft = draftFromBytes(spec, file, bytes);
  if ('failure' in draft) return draft;
  const analysis = analyse(spec, draft, rules, withFindings);
  if (analysis.summaries) pack(analysis.summaries, rarelyReadOf(rules));
  return analysis;
}

function pack(summaries: Summaries, rarelyRead: RarelyRead): void {
  for (const [id, fields] of rarelyRead) {
    const summary = summaries[id] as Record<string, unknown> | null | undefined;
    if (typeof summary !== 'object' || summary === null) continue;
    for (const field of fields) if (field in summary) summary[field] = latin1Json(summary[field]);
  }
}
