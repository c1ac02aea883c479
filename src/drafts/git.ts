// Drafts named by git: staged ones (pre-commit), with the corpus as the index holds it, or those
// changed since a ref (CI on a branch). git is spawned with an argument array, never through a shell.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { isDraftFile } from '../markdown/extensions.js';
import { SPEC_NAMES } from '../spec/load.js';
import type { DraftSource } from './types.js';

function git(args: string[], cwd: string): string;
function git(args: string[], cwd: string, input: string): Buffer;
function git(args: string[], cwd: string, input?: string): string | Buffer {
  try {
    if (input !== undefined) return execFileSync('git', args, { cwd, input, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') throw new UsageError('git is not installed or not on the PATH');
    const reason =
      String(failure.stderr ?? '')
        .trim()
        .split('\n')[0]
        ?.replace(/^fatal: /, '') || failure.message;
    throw new UsageError(`git ${args[0]} failed: ${reason}`);
  }
}

/** The repository's top folder; asked first, since outside a repository `git diff` means something else. */
function topOf(cwd: string): string {
  return git(['rev-parse', '--show-toplevel'], cwd).trim();
}

/** Absolute paths of the draft files in a NUL-separated list of paths relative to the repository's top. */
function draftsIn(list: string, top: string): string[] {
  return list
    .split('\0')
    .filter(isDraftFile)
    .map((file) => path.resolve(top, file));
}

/** The drafts to commit and the corpus as it would be committed. */
export interface Staged {
  /** Drafts added, copied, modified or renamed in the index. */
  files: string[];
  /** Every draft in the index; the text of those drafts and specs whose working copy differs (or is gone) comes from the index. */
  source: DraftSource;
}

/**
 * What a commit would hold: the staged drafts, and every draft of the index with the index's text.
 * A draft staged for deletion is no part of it, nor is one that was never added; a draft (or spec)
 * whose working copy has changes not staged is read from the index (`git cat-file --batch`), the
 * others from the disk, where the analysis cache knows them.
 */
export function staged(cwd: string): Staged {
  const top = topOf(cwd);
  const files = draftsIn(git(['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z'], top), top);
  // The drafts and specs of the index, by absolute path.
  const drafts = new Map<string, string>();
  const specs = new Map<string, string>();
  // `<mode> <object> <stage>\t<path>`; submodules, symbolic links and the stages of a merge conflict are no drafts.
  for (const line of git(['ls-files', '--stage', '-z'], top).split('\0')) {
    const match = /^(100644|100755) ([0-9a-f]+) 0\t(.+)$/s.exec(line);
    if (!match) continue;
    if (isDraftFile(match[3]!)) drafts.set(path.resolve(top, match[3]!), match[2]!);
    else if (SPEC_NAMES.includes(path.posix.basename(match[3]!))) specs.set(path.resolve(top, match[3]!), match[2]!);
  }
  const unstaged = new Set(
    git(['diff', '--name-only', '-z'], top)
      .split('\0')
      .filter(Boolean)
      .map((file) => path.resolve(top, file)),
  );
  const fromIndex = [...drafts, ...specs].filter(([file]) => unstaged.has(file));
  return { files, source: { corpus: [...drafts.keys()], bytes: fromIndex.length === 0 ? new Map() : readBlobs(fromIndex, top) } };
}

/** The text of each `[file, object]` from one `git cat-file --batch`. */
function readBlobs(objects: [string, string][], top: string): Map<string, Uint8Array> {
  const out = git(['cat-file', '--batch'], top, objects.map(([, object]) => `${object}\n`).join(''));
  const bytes = new Map<string, Uint8Array>();
  let at = 0;
  for (const [file, object] of objects) {
    // Each object: `<object> blob <size>\n<content>\n`.
    const headerEnd = out.indexOf(10, at);
    const header = out.subarray(at, headerEnd).toString('latin1').split(' ');
    if (header[0] !== object || header[1] !== 'blob') throw new UsageError(`git cat-file gave no text for ${path.relative(top, file)}`);
    const size = Number(header[2]);
    bytes.set(file, out.subarray(headerEnd + 1, headerEnd + 1 + size));
    at = headerEnd + 1 + size + 1;
  }
  return bytes;
}

/** Drafts that differ between `ref` and the working tree, committed or not. */
export function draftsChangedSince(ref: string, cwd: string): string[] {
  if (ref.startsWith('-')) throw new UsageError(`--changed-since takes a git ref, not "${ref}"`);
  const top = topOf(cwd);
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  } catch {
    // A CI checkout fetches one commit by default: the ref may well exist, only not in this clone.
    if (git(['rev-parse', '--is-shallow-repository'], cwd).trim() === 'true')
      throw new UsageError(`--changed-since: "${ref}" is not in this shallow clone; fetch the history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)`);
    throw new UsageError(`--changed-since: "${ref}" is no commit, branch or tag of this repository`);
  }
  return draftsIn(git(['diff', '--name-only', '--diff-filter=ACMR', '-z', ref, '--'], cwd), top);
}
