// --fix: applies the safe fixes of findings to their drafts, byte for byte elsewhere, atomically.

import { chmodSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from './engine/finding.js';
import { describeIoError, DraftError } from './errors.js';

export interface Replacement {
  /** Offsets in the draft's text after any byte-order mark, as findings carry them. */
  range: [number, number];
  text: string;
}

/** `text` with the replacements made, the later first; one that overlaps another is left out. */
export function applyFixes(text: string, replacements: readonly Replacement[]): { text: string; applied: number } {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const ordered = [...replacements].sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1]);
  let out = text;
  let applied = 0;
  let limit = Infinity;
  for (const { range, text: replacement } of ordered) {
    if (range[1] > limit) continue;
    out = out.slice(0, range[0] + bom) + replacement + out.slice(range[1] + bom);
    limit = range[0];
    applied++;
  }
  return { text: out, applied };
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

/** Applies the fixes of `findings` (absolute `file`s) to their drafts; returns how many were made. */
export function fixDrafts(findings: readonly Finding[]): number {
  const byFile = new Map<string, Replacement[]>();
  for (const finding of findings) {
    if (!finding.fix) continue;
    byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), { range: finding.fix.range, text: finding.fix.text }]);
  }
  let total = 0;
  for (const [file, replacements] of byFile) {
    const bytes = readFileSync(file);
    const before = bytes.toString('utf8');
    // Text that does not survive decoding (invalid UTF-8) would lose bytes on the way back.
    if (!Buffer.from(before, 'utf8').equals(bytes)) throw new DraftError('draft-read', 'not valid UTF-8: not fixed', file);
    const { text, applied } = applyFixes(before, replacements);
    if (text !== before) writeAtomically(file, text);
    total += applied;
  }
  return total;
}
