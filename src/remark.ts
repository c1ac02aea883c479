// `onevoice/remark`: onevoice's rules as a unified (remark) plugin, for sites that build their
// Markdown with unified (remark-cli, Astro, Docusaurus, Next.js MDX). Findings become vfile
// messages, as remark-lint's do; the build's reporter shows them.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CACHE } from './pipeline/cache.js';
import { checkText, findSpec, formatUserError, isUserError, rules as allRules, type Finding, type Rule, type UserError } from './index.js';
import { HOMEPAGE } from './formatters/links.js';

export interface RemarkOnevoiceOptions {
  /** The spec file (relative to the working folder); otherwise found walking up from each file's folder, as the CLI finds it. */
  spec?: string;
  /**
   * Also run the corpus rules (missing-message, fact-conflict, duplicate, double-work), comparing
   * the file with the drafts on disk under the spec's folder, through the analysis cache. Off by
   * default: the per-draft rules read no other file.
   */
  corpus?: boolean;
  /** Folder of the analysis cache for `corpus: true` (default: node_modules/.cache/onevoice beside the spec); false for none. */
  cache?: string | false;
}

/** The part of a vfile the plugin uses (vfile 6). */
interface VFileLike {
  path?: string;
  cwd: string;
  value: unknown;
  message(reason: string, options?: { place?: { start: Point; end: Point }; ruleId?: string; source?: string }): VFileMessageLike;
}
interface Point {
  line: number;
  column: number;
}
interface VFileMessageLike {
  fatal?: boolean | null | undefined;
  url?: string | null | undefined;
  note?: string | null | undefined;
  actual?: string | null | undefined;
  expected?: string[] | null | undefined;
}

/** The help page of a rule, shipped in the package and on the project's site. */
export const ruleHelpUrl = (ruleId: string) => `${HOMEPAGE}/blob/main/docs/rules/${ruleId}.md`;

const draftRules: readonly Rule[] = allRules.filter((rule) => rule.scope === 'draft');

/**
 * The plugin: `unified().use(remarkParse).use(remarkOnevoice, { spec: 'onevoice.yaml' })`. It
 * checks the file's own text (its vfile value), not the tree, so that positions are the source's.
 * Errors are fatal messages, warnings non-fatal, infos neither (as remark-lint marks them).
 */
export default function remarkOnevoice(options: RemarkOnevoiceOptions = {}) {
  return async (_tree: unknown, file: VFileLike): Promise<void> => {
    const cwd = file.cwd || process.cwd();
    const draft = path.resolve(cwd, file.path ?? 'stdin.md');
    const given = typeof file.value === 'string' ? file.value : file.value instanceof Uint8Array ? Buffer.from(file.value).toString('utf8') : String(file.value ?? '');
    const { text, linesBefore } = withFrontMatter(draft, given);
    try {
      const spec = options.spec === undefined ? findSpec(path.dirname(draft)) : path.resolve(cwd, options.spec);
      const cache = options.corpus && options.cache !== false && spec !== undefined ? path.resolve(path.dirname(spec), options.cache ?? DEFAULT_CACHE) : undefined;
      const result = await checkText({
        text,
        file: draft,
        cwd,
        rules: options.corpus ? allRules : draftRules,
        ...(spec === undefined ? {} : { spec }),
        ...(cache === undefined ? {} : { cache }),
      });
      for (const finding of result.findings) {
        if (finding.file !== draft || finding.line <= linesBefore) continue;
        report(file, { ...finding, line: finding.line - linesBefore, endLine: finding.endLine - linesBefore }, (name) => path.relative(cwd, name).split(path.sep).join('/'));
      }
    } catch (error) {
      if (!isUserError(error)) throw error;
      const message = file.message(formatUserError(error as UserError, (name) => path.relative(cwd, name) || name).replace(/^onevoice: /, ''), { ruleId: 'spec', source: 'onevoice' });
      message.fatal = true;
    }
  };
}

/**
 * The file's text with the front matter a framework took off before unified saw it (Docusaurus
 * reads front matter apart and hands remark the rest): the front matter names the draft's team,
 * channel and language. `linesBefore` is how many lines of the text the vfile's value lacks.
 */
function withFrontMatter(draft: string, given: string): { text: string; linesBefore: number } {
  let disk: string;
  try {
    disk = readFileSync(draft, 'utf8');
  } catch {
    return { text: given, linesBefore: 0 };
  }
  if (disk === given || given === '' || !disk.endsWith(given)) return { text: given, linesBefore: 0 };
  const before = disk.slice(0, disk.length - given.length);
  if (!/^\uFEFF?(?:---|\+\+\+)\r?\n/.test(before) || !before.endsWith('\n')) return { text: given, linesBefore: 0 };
  return { text: disk, linesBefore: before.split('\n').length - 1 };
}

function report(file: VFileLike, finding: Finding, display: (file: string) => string): void {
  const place = { start: { line: finding.line, column: finding.column }, end: { line: finding.endLine, column: finding.endColumn } };
  const message = file.message(finding.message, { place, ruleId: finding.ruleId, source: 'onevoice' });
  // remark-lint's marks: an error is fatal, a warning is not, an info is neither.
  message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined;
  message.url = ruleHelpUrl(finding.ruleId);
  if (finding.excerpt !== undefined) message.actual = finding.excerpt;
  if (finding.fix) message.expected = [finding.fix.text];
  if (finding.related?.length) message.note = finding.related.map((r) => `${r.message}: ${display(r.file)}:${r.line}:${r.column}`).join('\n');
}
