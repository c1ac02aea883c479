// Drafts named by git: staged ones (pre-commit) or those changed since a ref (CI on a branch).
// git is spawned with an argument array, never through a shell.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { isDraftFile } from '../markdown/extensions.js';

function git(args: string[], cwd: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') throw new UsageError('git is not installed or not on the PATH');
    const reason =
      (failure.stderr ?? '')
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

/** Drafts added, copied, modified or renamed in the index. */
export function stagedDrafts(cwd: string): string[] {
  const top = topOf(cwd);
  return draftsIn(git(['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z'], cwd), top);
}

/** Drafts that differ between `ref` and the working tree, committed or not. */
export function draftsChangedSince(ref: string, cwd: string): string[] {
  if (ref.startsWith('-')) throw new UsageError(`--changed-since takes a git ref, not "${ref}"`);
  const top = topOf(cwd);
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  } catch {
    throw new UsageError(`--changed-since: "${ref}" is no commit, branch or tag of this repository`);
  }
  return draftsIn(git(['diff', '--name-only', '--diff-filter=ACMR', '-z', ref, '--'], cwd), top);
}
