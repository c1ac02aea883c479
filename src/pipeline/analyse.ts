// One draft through every step that needs its text: bytes to text, Markdown to prose, front matter
// to team and channel, then the draft rules' findings and the corpus rules' summaries. What comes
// out is plain data, so it can cross from a worker thread and be cached; the text is dropped.

import { draftFromBytes } from '../drafts/load.js';
import type { ReadFailure } from '../drafts/read.js';
import { type DraftInfo, infoOf } from '../drafts/types.js';
import type { Finding } from '../engine/finding.js';
import { lintDraft, summarize } from '../engine/lint.js';
import type { Rule } from '../engine/rule.js';
import type { Spec } from '../spec/types.js';

export interface Analysed {
  info: DraftInfo;
  /** Each corpus rule's summary of the draft, by rule id. */
  summaries: Record<string, unknown>;
  /** The draft rules' findings; left out for a draft that is only context for the corpus rules. */
  findings?: Finding[];
}

export type Analysis = Analysed | ReadFailure;

export function analyseDraft(spec: Spec, rules: readonly Rule[], file: string, bytes: Uint8Array, withFindings: boolean): Analysis {
  const draft = draftFromBytes(spec, file, bytes);
  if ('failure' in draft) return draft;
  return {
    info: infoOf(draft),
    summaries: summarize(spec, draft, rules),
    ...(withFindings ? { findings: lintDraft(spec, draft, rules) } : {}),
  };
}
