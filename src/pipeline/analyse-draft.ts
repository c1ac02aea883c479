// One draft through every step that needs its text: bytes to text, Markdown to prose, front matter
// to team and channel, then the draft rules' findings and the corpus rules' summaries. What comes
// out is plain data, so it can cross from a worker thread and be cached; the text is dropped.

import { draftFromBytes } from '../drafts/load.js';
import type { ReadFailure } from '../drafts/read.js';
import { analyse, type DraftAnalysis } from '../engine/lint.js';
import type { Rule } from '../engine/rule.js';
import type { Spec } from '../spec/types.js';

/** A draft's analysis, or why it could not be read or parsed. */
export type Analysis = DraftAnalysis | ReadFailure;

export function analyseDraft(spec: Spec, rules: readonly Rule[], file: string, bytes: Uint8Array, withFindings: boolean): Analysis {
  const draft = draftFromBytes(spec, file, bytes);
  if ('failure' in draft) return draft;
  return analyse(spec, draft, rules, withFindings);
}
