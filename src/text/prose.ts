// The one place that decides what counts as prose: text of paragraphs, headings and cells,
// without code, inline code, HTML, URLs, shortcodes or front matter, mapped back to source offsets.

import type { Nodes, Parents, Root } from 'mdast';

/** A run of prose whose characters map one-to-one onto the source: `[textStart, sourceStart, length]`. */
export type Run = [number, number, number];

export interface ProseBlock {
  kind: 'heading' | 'paragraph';
  /** Heading depth, 0 for other blocks. */
  depth: number;
  /** Inside a block quote. */
  quoted: boolean;
  text: string;
  runs: Run[];
}

/** Stands in for inline code, HTML and the like: not a letter, so it never joins two words. */
export const MASK = '\uFFFC';

// Bare URLs, e-mail addresses and Hugo/Liquid shortcodes in running text are not prose.
const NOT_PROSE = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>()"]*[^\s<>()".,;:!?'"]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\{\{[<%][\s\S]*?[%>]\}\}|\{%[\s\S]*?%\}/giu;

class BlockBuilder {
  text = '';
  runs: Run[] = [];

  /** Appends `value`, aligned with the source slice it came from. */
  add(value: string, source: string, start: number, end: number): void {
    const slice = source.slice(start, end);
    if (slice === value) {
      this.push(value, start, value.length);
      return;
    }
    // Escapes, entities and container prefixes (`> `, list indents) make value and source differ:
    // walk both and start a new run wherever they part.
    let j = start;
    let runText = this.text.length;
    let runSource = j;
    let runLength = 0;
    for (let i = 0; i < value.length; i++) {
      const char = value[i]!;
      if (source[j] !== char) {
        if (runLength > 0) this.runs.push([runText, runSource, runLength]);
        let found = -1;
        for (let k = j; k < Math.min(end, j + 16); k++) {
          if (source[k] === char) {
            found = k;
            break;
          }
        }
        runText = this.text.length + i;
        runSource = found >= 0 ? found : Math.min(j, end - 1);
        runLength = 0;
        j = found >= 0 ? found : j;
      }
      if (source[j] === char) j++;
      runLength++;
    }
    if (runLength > 0) this.runs.push([runText, runSource, runLength]);
    this.text += value;
  }

  /** Appends a mask for something that is not prose but separates words. */
  mask(start: number, width = 1): void {
    this.push(MASK.repeat(width), start, width);
  }

  private push(value: string, sourceStart: number, length: number): void {
    const last = this.runs[this.runs.length - 1];
    if (last && last[0] + last[2] === this.text.length && last[1] + last[2] === sourceStart) last[2] += length;
    else this.runs.push([this.text.length, sourceStart, length]);
    this.text += value;
  }
}

function inline(node: Nodes, source: string, block: BlockBuilder): void {
  const start = node.position?.start.offset ?? 0;
  switch (node.type) {
    case 'text':
      block.add(node.value, source, start, node.position?.end.offset ?? start + node.value.length);
      return;
    case 'break':
      block.add('\n', source, start, start + 1);
      return;
    case 'inlineCode':
    case 'html':
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      block.mask(start);
      return;
    default:
      if ('children' in node) for (const child of node.children) inline(child, source, block);
  }
}

function maskNotProse(block: BlockBuilder): void {
  block.text = block.text.replace(NOT_PROSE, (match) => MASK.repeat(match.length));
}

/** Every prose block of a parsed draft, in document order. */
export function extractProse(tree: Root, source: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const walk = (node: Parents, quoted: boolean) => {
    for (const child of node.children) {
      if (child.type === 'paragraph' || child.type === 'heading' || child.type === 'tableCell') {
        const builder = new BlockBuilder();
        inline(child, source, builder);
        maskNotProse(builder);
        if (/[\p{L}\p{N}]/u.test(builder.text)) {
          blocks.push({
            kind: child.type === 'heading' ? 'heading' : 'paragraph',
            depth: child.type === 'heading' ? child.depth : 0,
            quoted,
            text: builder.text,
            runs: builder.runs,
          });
        }
      } else if (child.type === 'blockquote') {
        walk(child, true);
      } else if ('children' in child && child.type !== 'footnoteDefinition') {
        walk(child, quoted);
      }
      // code, html, yaml/toml front matter, definitions, thematic breaks: not prose.
    }
  };
  walk(tree, false);
  return blocks;
}

/** The source offset of a prose offset; `end` maps an exclusive end offset. */
export function sourceOffset(block: ProseBlock, offset: number, end = false): number {
  const target = end ? offset - 1 : offset;
  const runs = block.runs;
  let low = 0;
  let high = runs.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (runs[mid]![0] <= target) low = mid;
    else high = mid - 1;
  }
  const run = runs[low];
  if (!run) return 0;
  const within = Math.min(Math.max(target - run[0], 0), run[2] - 1);
  return run[1] + within + (end ? 1 : 0);
}
