// What parsing one draft yields: its text, front matter, prose blocks and suppression comments.

import type { ProseBlock } from './prose.js';

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
