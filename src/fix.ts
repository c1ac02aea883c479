// --fix: applies the safe fixes of findings to their drafts until none is left, byte for byte
// elsewhere; writes each draft atomically, or shows what it would change as a unified diff.

import { chmodSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { resolveDraft } from './drafts/load.js';
import type { Finding } from './engine/finding.js';
import { lintDraft } from './engine/lint.js';
import type { Rule } from './engine/rule.js';
import { describeIoError, DraftError } from './errors.js';
import { parseDraft } from './markdown/parse.js';
import type { Spec } from './spec/types.js';

export interface Replacement {
  /** Offsets in the draft's text after any byte-order mark, as findings carry them. */
  range: [number, number];
  text: string;
}

/** `text` with the replacements made, the later first; one that overlaps another is left out. `made` lists those made, in source order. */
export function applyFixes(text: string, replacements: readonly Replacement[]): { text: string; applied: number; made: Replacement[] } {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const ordered = [...replacements].sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1]);
  let out = text;
  const made: Replacement[] = [];
  let limit = Infinity;
  for (const replacement of ordered) {
    const { range } = replacement;
    if (range[1] > limit) continue;
    out = out.slice(0, range[0] + bom) + replacement.text + out.slice(range[1] + bom);
    limit = range[0];
    made.unshift(replacement);
  }
  return { text: out, applied: made.length, made };
}

/**
 * Writes `text` to `file` through a temporary file in the same folder and a rename, so that the
 * draft is either the old or the new one, never half written; the file's mode is kept.
 */
export function writeAtomically(file: string, text: string, rename: (from: string, to: string) => void = renameSync): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.onevoice-${process.pid}.tmp`);
  try {
    const { mode } = statSync(file);
    writeFileSync(temporary, text, { mode });
    chmodSync(temporary, mode);
    rename(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new DraftError('draft-read', `cannot write the fixed draft: ${describeIoError(error)}`, file);
  }
}

/** A draft as --fix leaves it: its text before and after, and how many fixes made the difference. */
export interface FixedDraft {
  file: string;
  before: string;
  after: string;
  fixes: number;
}

export interface FixOutcome {
  /** The drafts whose text the fixes change, in the order of the findings. */
  drafts: FixedDraft[];
  /** Drafts that cannot be fixed (not UTF-8, unreadable): reported, the others fixed. */
  errors: DraftError[];
  /** Drafts that still had fixes to make after the last pass. */
  unfinished: string[];
}

/** As ESLint does: enough for fixes that make way for others ("NORDLICHT ENERGIE Tarif" → casing, then the compound), short of a loop. */
export const MAX_PASSES = 10;

/** A draft's text, or an error where it would not be written back byte for byte. */
function readForFixing(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new DraftError('draft-read', `cannot read the draft to fix it: ${describeIoError(error)}`, file);
  }
  const text = bytes.toString('utf8');
  // Text that does not survive decoding (invalid UTF-8, UTF-16) would lose bytes on the way back.
  if (!Buffer.from(text, 'utf8').equals(bytes)) throw new DraftError('draft-read', 'not valid UTF-8: not fixed', file);
  return text;
}

/** One pass over one draft: its text before and after, and the replacements made (offsets in `before`, after any byte-order mark). */
export interface FixPass {
  file: string;
  before: string;
  after: string;
  replacements: readonly Replacement[];
}

export interface FixOptions {
  /** Reads a draft's text; by default from disk, refusing what would not be written back byte for byte. */
  read?: (file: string) => string;
  /** Sees every pass (tests hold each to the structural guarantee). */
  onPass?: (pass: FixPass) => void;
}

/**
 * The drafts as --fix leaves them, in memory: the fixes of `findings` applied, each fixed draft
 * checked again by the draft rules (only they fix) and fixed again, until no fix is left or after
 * `MAX_PASSES` passes. Nothing is written.
 */
export function fixToFixedPoint(spec: Spec, rules: readonly Rule[], findings: readonly Finding[], { read = readForFixing, onPass }: FixOptions = {}): FixOutcome {
  const byFile = new Map<string, Replacement[]>();
  for (const finding of findings) {
    if (finding.fix) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), { range: finding.fix.range, text: finding.fix.text }]);
  }
  const outcome: FixOutcome = { drafts: [], errors: [], unfinished: [] };
  for (const [file, first] of byFile) {
    let before: string;
    try {
      before = read(file);
    } catch (error) {
      if (error instanceof DraftError) outcome.errors.push(error);
      else throw error;
      continue;
    }
    let text = before;
    let fixes = 0;
    let replacements = first;
    for (let pass = 1; replacements.length > 0; pass++) {
      if (pass > MAX_PASSES) {
        outcome.unfinished.push(file);
        break;
      }
      const fixed = applyFixes(text, replacements);
      if (fixed.text === text) break;
      onPass?.({ file, before: text, after: fixed.text, replacements: fixed.made });
      text = fixed.text;
      fixes += fixed.applied;
      replacements = fixesOf(spec, rules, file, text);
    }
    if (text !== before) outcome.drafts.push({ file, before, after: text, fixes });
  }
  return outcome;
}

/** The fixes the draft rules find in a draft's text, as a check of it would. */
function fixesOf(spec: Spec, rules: readonly Rule[], file: string, text: string): Replacement[] {
  const draft = resolveDraft(spec, file, parseDraft(text, file));
  return lintDraft(spec, draft, rules).flatMap((finding) => (finding.fix ? [{ range: finding.fix.range, text: finding.fix.text }] : []));
}

/** Writes the fixed drafts, each atomically; a draft that cannot be written is an error of its own. */
export function writeFixedDrafts(drafts: readonly FixedDraft[]): DraftError[] {
  const errors: DraftError[] = [];
  for (const draft of drafts) {
    try {
      writeAtomically(draft.file, draft.after);
    } catch (error) {
      if (error instanceof DraftError) errors.push(error);
      else throw error;
    }
  }
  return errors;
}

/** A unified diff of what the fixes change, with `a/` and `b/` paths as git writes them (`git apply` takes it). */
export function fixDiff(drafts: readonly FixedDraft[], show: (file: string) => string): string {
  return drafts.map((draft) => createTwoFilesPatch(`a/${show(draft.file)}`, `b/${show(draft.file)}`, draft.before, draft.after, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY })).join('');
}
