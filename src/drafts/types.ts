// A draft as the rules see it: prose with positions, its team, channel, area and language.

import type { Lang } from '../spec/types.js';
import type { ProseBlock } from '../text/prose.js';

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';
  /** Rule ids; empty means every rule. */
  rules: string[];
  line: number;
  /** The line the comment ends on: `disable-next-line` counts from here. */
  endLine: number;
}

/** What parsing one draft yields; plain data, so it can be cached or sent between threads. */
export interface ParsedDraft {
  /** The text with any byte-order mark removed; offsets and columns count from here. */
  source: string;
  bom: boolean;
  lineStarts: number[];
  frontMatter: Record<string, unknown>;
  /** Where each front-matter key stands in the file. */
  frontMatterKeys: Record<string, { line: number; column: number }>;
  blocks: ProseBlock[];
  directives: Directive[];
}

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
  reviewedBy: string[];
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
