// A draft as the rules see it: prose with positions, its team, channel, area and language.

import type { Lang } from '../spec/types.js';
import type { ParsedDraft } from '../markdown/parsed.js';
import type { SourcePosition } from '../errors.js';

export type { Directive, ParsedDraft } from '../markdown/parsed.js';

export interface Draft extends ParsedDraft {
  /** Absolute path. */
  file: string;
  /** Path relative to the spec's folder, with `/`: what team and channel paths match. */
  specPath: string;
  title?: string;
  team?: string;
  channel?: string;
  area?: string;
  campaign?: string;
  lang: Lang;
  /** What named the language: the front matter, the spec's path map, the file's suffix (`index.en.md`), the text, or the spec's `language`. */
  langSource: LangSource;
  reviewedBy: string[];
  /** The day the draft is dated (YYYY-MM-DD): front matter `date`, else a dated file name. */
  date?: string;
  /** Selected by the spec's `ignore`: no part of the corpus, though read to know it. */
  ignored?: true;
  /**
   * Why the draft could not be read or parsed: then it has no text, front matter or prose, only
   * the `parse` rule reports on it, and it is no part of the corpus the cross-draft rules compare.
   */
  problem?: DraftProblem;
}

export type LangSource = 'front-matter' | 'path' | 'suffix' | 'detected' | 'spec';

/** A draft's read or parse error as plain data: a `DraftError`'s code, message and position. */
export interface DraftProblem {
  code: string;
  message: string;
  position?: SourcePosition;
}

/**
 * What is known of a draft without its text: who wrote it for what, where its front-matter keys
 * and suppression comments stand. Corpus rules see drafts as this and their own summary.
 */
export type DraftInfo = Omit<Draft, 'source' | 'bom' | 'lineStarts' | 'frontMatter' | 'blocks'>;

/** A draft's info alone, without its text: what is kept of it once its rules have run. */
export function infoOf(draft: Draft): DraftInfo {
  const { source: _source, bom: _bom, lineStarts: _lineStarts, frontMatter: _frontMatter, blocks: _blocks, ...info } = draft;
  return info;
}

/**
 * Drafts as something other than the disk holds them: the git index (`--staged`), a text piped in
 * (`--stdin`). Drafts it has no bytes for are read from the disk.
 */
export interface DraftSource {
  /** Every file of the corpus as this source has it (absolute paths), in place of the drafts on disk. */
  corpus?: readonly string[];
  /** The bytes of drafts whose text differs from the disk's (or that the disk lacks), by absolute path. */
  bytes: ReadonlyMap<string, Uint8Array>;
  /** The bytes are a text being edited (an editor's, unsaved): analysed, but kept in no cache, as no later run will see them again. */
  transient?: true;
}
