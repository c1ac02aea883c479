// Drafts that `check` takes from git or stdin rather than from paths: --staged (the index),
// --changed-since (a ref), --stdin (one draft's text, piped in; an editor's text, for the language server).

import path from 'node:path';
import { asDraft } from '../check.js';
import { draftsChangedSince, staged } from '../drafts/git.js';
import type { DraftSource } from '../drafts/types.js';
import { UsageError } from '../errors.js';
import { DRAFT_EXTENSIONS_LIST, isDraftFile } from '../markdown/extensions.js';
import type { CliIO } from './io.js';

export interface SelectionFlags {
  staged?: boolean;
  changedSince?: string;
  stdin?: boolean;
  stdinFilename?: string;
  fix?: boolean;
}

export interface Selection {
  /** The drafts to check (absolute paths), where git or stdin names them. */
  files?: string[];
  /** Drafts as the index or stdin has them. */
  source?: DraftSource;
}

/** What `--staged`, `--changed-since` and `--stdin` select, checked for flags that contradict them. */
export async function selectedDrafts(flags: SelectionFlags, patterns: readonly string[], io: CliIO): Promise<Selection> {
  const chosen = (['staged', 'changedSince', 'stdin'] as const).filter((flag) => flags[flag] !== undefined && flags[flag] !== false);
  const option = { staged: '--staged', changedSince: '--changed-since', stdin: '--stdin' };
  if (chosen.length > 1) throw new UsageError(`${option[chosen[0]!]} and ${option[chosen[1]!]} do not go together`);
  if (flags.stdinFilename !== undefined && !flags.stdin) throw new UsageError('--stdin-filename names the draft read with --stdin; give --stdin too');
  // Fixes are written to the working copy, at offsets found in another text.
  if (flags.fix && (flags.staged || flags.stdin))
    throw new UsageError(`--fix writes drafts in place, and ${flags.staged ? '--staged checks the index' : '--stdin reads no file'}: use one or the other`);
  if (flags.staged) {
    const { files, source } = staged(io.cwd);
    return { files, source };
  }
  if (flags.changedSince !== undefined) return { files: draftsChangedSince(flags.changedSince, io.cwd) };
  if (!flags.stdin) return {};
  if (patterns.length > 0) throw new UsageError('--stdin checks the text piped in: give its name with --stdin-filename, and no paths');
  const name = flags.stdinFilename ?? 'stdin.md';
  if (!isDraftFile(name)) throw new UsageError(`--stdin-filename takes a draft's name ${DRAFT_EXTENSIONS_LIST}`, name);
  if (!io.stdin) throw new UsageError('--stdin: there is no standard input to read');
  return asDraft(path.resolve(io.cwd, name), await readAll(io.stdin));
}

async function readAll(input: NonNullable<CliIO['stdin']>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
