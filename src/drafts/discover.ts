// Which files are drafts: explicit files, folders and globs, or everything under the spec's folder.
// Discovery leaves out what is no content: files a .gitignore names (from the spec's folder down),
// the repository's own files (README, CHANGELOG, CONTRIBUTING, LICENSE, CODE_OF_CONDUCT) and
// vendor folders; a file named on the command line or matched by the spec's `include` is a draft
// all the same. The spec's `ignore` always wins.

import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { escapePath, glob, isDynamicPattern } from 'tinyglobby';
import { describeIoError, DraftError, UsageError } from '../errors.js';
import { DRAFT_EXTENSIONS_LIST, DRAFT_GLOB, isDraftFile } from '../markdown/extensions.js';
import type { Spec } from '../spec/types.js';

/** Folders of other people's code and packages that content repos carry: no drafts of theirs. */
export const VENDOR_FOLDERS = ['node_modules', 'bower_components', 'jspm_packages', 'vendor', '_vendor'];
const VENDOR_GLOBS = VENDOR_FOLDERS.map((folder) => `**/${folder}/**`);
const VENDOR_PATH = new RegExp(`(?:^|/)(?:${VENDOR_FOLDERS.join('|')})/`);

// The repository's own files, in any case and with any Markdown extension (README.md, Changelog.markdown, readme.de.md).
const PROJECT_FILE = /^(?:readme|changelog|contributing|license|licence|code[_-]of[_-]conduct)(?:\.[\w-]+)?\.(?:md|markdown|mdx)$/i;

export function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

// The rest of a path, past its folder, with a `.` or `..` part, an empty part or a trailing separator: not as `path.relative` gives it.
const UNUSUAL = /^\/|(?:^|\/)\.{1,2}(?:\/|$)|\/\/|\/$/;

/**
 * `path.relative(root, file)` for many files: a file under `root`, as the walk gives them, is
 * sliced; `path.relative` resolved both paths anew each time (25 ms for the 4,428 drafts at 4×).
 */
export function relativeTo(root: string): (file: string) => string {
  const base = path.resolve(root);
  const prefix = base.endsWith(path.sep) ? base : `${base}${path.sep}`;
  if (path.sep !== '/') return (file) => path.relative(root, file);
  return (file) => (file.startsWith(prefix) && file.length > prefix.length && !UNUSUAL.test(file.slice(prefix.length)) ? file.slice(prefix.length) : path.relative(root, file));
}

/** Whether a file under the spec's folder is excluded by the spec's `ignore`. */
export function ignoredBySpec(spec: Spec): (file: string) => boolean {
  const matches = picomatch(spec.ignore, { dot: true });
  return (file) => {
    const relative = toPosix(path.relative(spec.root, file));
    return !relative.startsWith('../') && matches(relative);
  };
}

/**
 * The .gitignore files from the spec's folder down, each read once: a file is ignored as git
 * ignores it, the deeper .gitignore deciding over the higher one, the last matching line of one
 * over the lines before it.
 */
class GitIgnores {
  private readonly byFolder = new Map<string, Ignore | undefined>();
  /** Per folder, the folders from the spec's folder down to it that hold a .gitignore: most repos have none, and a file in such a folder is decided at once. */
  private readonly chains = new Map<string, readonly string[]>();

  constructor(private readonly root: string) {}

  private rulesOf(folder: string): Ignore | undefined {
    if (this.byFolder.has(folder)) return this.byFolder.get(folder);
    const file = path.join(folder, '.gitignore');
    let rules: Ignore | undefined;
    if (existsSync(file)) {
      try {
        rules = ignore().add(readFileSync(file, 'utf8'));
      } catch {
        rules = undefined;
      }
    }
    this.byFolder.set(folder, rules);
    return rules;
  }

  private chainOf(folder: string): readonly string[] {
    let chain = this.chains.get(folder);
    if (chain === undefined) {
      const relative = path.relative(this.root, folder);
      if (relative === '') chain = this.rulesOf(folder) ? [folder] : [];
      else if (relative.startsWith('..') || path.isAbsolute(relative)) chain = [];
      else {
        const above = this.chainOf(path.dirname(folder));
        chain = this.rulesOf(folder) ? [...above, folder] : above;
      }
      this.chains.set(folder, chain);
    }
    return chain;
  }

  /** Whether git ignores the file at `relative`, its path from the spec's folder (as `path.relative` gives it). */
  ignores(relative: string): boolean {
    if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
    const file = path.join(this.root, relative);
    let ignored = false;
    for (const folder of this.chainOf(path.dirname(file))) {
      const verdict = this.rulesOf(folder)!.test(toPosix(path.relative(folder, file)));
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }
}

/**
 * Whether discovery leaves a file out that it found by walking a folder or by a glob: a vendor
 * folder's, a repository file, or one a .gitignore names; unless the spec's `include` lists it.
 */
export function leftOutByDiscovery(spec: Spec): (file: string) => boolean {
  const included = picomatch(spec.include, { dot: true });
  const gitignores = new GitIgnores(spec.root);
  const fromRoot = relativeTo(spec.root);
  return (file) => {
    const native = fromRoot(file);
    const relative = toPosix(native);
    const inside = !relative.startsWith('../') && !path.isAbsolute(relative);
    if (inside && spec.include.length > 0 && included(relative)) return false;
    return PROJECT_FILE.test(path.basename(file)) || VENDOR_PATH.test(inside ? relative : toPosix(file)) || gitignores.ignores(native);
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
  const leftOut = leftOutByDiscovery(spec);
  const files = (await draftsUnder(spec.root, [...spec.ignore, ...VENDOR_GLOBS, ...skipped])).filter((file) => !leftOut(file));
  // What the spec includes may lie in a vendor folder, which the walk above does not enter.
  const included =
    spec.include.length === 0 ? [] : (await glob(spec.include, { cwd: spec.root, absolute: true, ignore: spec.ignore, followSymbolicLinks: false, expandDirectories: false })).filter(isDraftFile);
  return [...new Set([...files, ...included].map(path.normalize))].sort();
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

/**
 * The drafts named on the command line (files, folders, globs), relative to `cwd`. A file named
 * is a draft whatever discovery would say of it; in a folder or by a glob, what discovery leaves
 * out stays out.
 */
export async function filesFromPatterns(patterns: string[], cwd: string, spec: Spec): Promise<NamedFiles> {
  const specIgnores = ignoredBySpec(spec);
  const leftOut = leftOutByDiscovery(spec);
  const ignored = (file: string) => specIgnores(file) || leftOut(file);
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
      if (!specIgnores(absolute)) found.add(absolute);
      continue;
    }
    if (stats?.isDirectory()) {
      const files = (await draftsUnder(absolute, VENDOR_GLOBS)).filter((file) => !ignored(file));
      if (files.length === 0) throw new UsageError(`no drafts ${DRAFT_EXTENSIONS_LIST} in this folder`, pattern);
      for (const file of files) found.add(path.normalize(file));
      continue;
    }
    if (isDynamicPattern(pattern)) {
      const files = (await glob(toPosix(pattern), { cwd, absolute: true, ignore: VENDOR_GLOBS, expandDirectories: false })).map(path.normalize).filter((file) => !ignored(file));
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
