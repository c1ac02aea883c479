// Which files are drafts: explicit files, folders and globs, or everything under the spec's folder.

import { statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { escapePath, glob, isDynamicPattern } from 'tinyglobby';
import { describeIoError, DraftError, UsageError } from '../errors.js';
import { DRAFT_EXTENSIONS_LIST, DRAFT_GLOB } from '../markdown/extensions.js';
import type { Spec } from '../spec/types.js';

const ALWAYS_IGNORED = ['**/node_modules/**'];

export function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/** Whether a file under the spec's folder is excluded by the spec's `ignore`. */
export function ignoredBySpec(spec: Spec): (file: string) => boolean {
  const matches = picomatch([...spec.ignore, ...ALWAYS_IGNORED], { dot: true });
  return (file) => {
    const relative = toPosix(path.relative(spec.root, file));
    return !relative.startsWith('../') && matches(relative);
  };
}

async function draftsUnder(folder: string, ignore: string[]): Promise<string[]> {
  // Dot-folders (.git, .github) are skipped: tinyglobby leaves them out unless `dot` is set.
  return glob(DRAFT_GLOB, { cwd: folder, absolute: true, ignore, followSymbolicLinks: false, expandDirectories: false });
}

/**
 * Every draft of the corpus: all drafts under the spec's folder, minus `ignore`. The analysis
 * cache's folder, where it lies among the drafts, is not walked: it holds thousands of files.
 */
export async function corpusFiles(spec: Spec, cache?: string): Promise<string[]> {
  const relative = cache === undefined ? '..' : toPosix(path.relative(spec.root, cache));
  const skipped = relative.startsWith('..') || path.isAbsolute(relative) || relative === '' ? [] : [`${escapePath(relative)}/**`];
  const files = await draftsUnder(spec.root, [...spec.ignore, ...ALWAYS_IGNORED, ...skipped]);
  return files.map(path.normalize).sort();
}

/**
 * The corpus from a list of files held elsewhere (the git index): those a walk of the spec's folder
 * would find, that is drafts under it that no dot-folder holds and `ignore` does not exclude.
 */
export function corpusFrom(spec: Spec, files: readonly string[]): string[] {
  const ignored = ignoredBySpec(spec);
  return files
    .filter((file) => {
      const relative = toPosix(path.relative(spec.root, file));
      return !relative.startsWith('../') && !path.isAbsolute(relative) && picomatch.isMatch(relative, DRAFT_GLOB) && !ignored(file);
    })
    .map(path.normalize)
    .sort();
}

export interface NamedFiles {
  files: string[];
  /** Named files that cannot be read (missing, a dangling link, a link loop): reported alone. */
  unreadable: DraftError[];
}

/** The drafts named on the command line (files, folders, globs), relative to `cwd`. */
export async function filesFromPatterns(patterns: string[], cwd: string, spec: Spec): Promise<NamedFiles> {
  const ignored = ignoredBySpec(spec);
  const found = new Set<string>();
  const unreadable: DraftError[] = [];
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    let stats;
    let failure: unknown;
    try {
      stats = statSync(absolute);
    } catch (error) {
      failure = error;
    }
    if (stats?.isFile()) {
      if (!ignored(absolute)) found.add(absolute);
      continue;
    }
    if (stats?.isDirectory()) {
      const files = (await draftsUnder(absolute, ALWAYS_IGNORED)).filter((file) => !ignored(file));
      if (files.length === 0) throw new UsageError(`no drafts ${DRAFT_EXTENSIONS_LIST} in this folder`, pattern);
      for (const file of files) found.add(path.normalize(file));
      continue;
    }
    if (isDynamicPattern(pattern)) {
      const files = (await glob(toPosix(pattern), { cwd, absolute: true, ignore: ALWAYS_IGNORED, expandDirectories: false })).map(path.normalize).filter((file) => !ignored(file));
      if (files.length === 0) throw new UsageError('no drafts match this pattern', pattern);
      for (const file of files) found.add(file);
      continue;
    }
    // A path that names nothing is a mistyped path (or command): the run stops there, before any report.
    const code = (failure as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError('no such file or folder', pattern);
    unreadable.push(new DraftError('draft-read', `cannot read: ${describeIoError(failure)}`, absolute));
  }
  return { files: [...found].sort(), unreadable };
}
