// The reference for reading Markdown: prose, HTML and front matter taken from the mdast tree that
// remark-parse builds, as onevoice once did. Tests hold micromark's event reader to it. (Alt text
// is not in the tree with its positions: tests compare the other blocks.)

import type { Nodes, Parents, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { excludedEffect, htmlProse, type HtmlPiece } from '../src/markdown/html.js';
import { lineStarts } from '../src/markdown/positions.js';
import { BlockBuilder, isProse, maskNotProse, maskReferenceLabel, type Html, type MarkdownContent, type ProseBlock } from '../src/markdown/prose.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

/** A paragraph's state as its inline nodes are read: how deep inside inline `<code>` and the like. */
interface State {
  excluded: number;
}

function inline(node: Nodes, source: string, block: BlockBuilder, state: State): void {
  const start = node.position?.start.offset ?? 0;
  switch (node.type) {
    case 'text':
      if (state.excluded === 0) block.add(node.value, source, start, node.position?.end.offset ?? start + node.value.length);
      return;
    case 'break':
      if (state.excluded === 0) block.add('\n', source, start, start + 1);
      return;
    case 'html':
      if (state.excluded === 0) block.mask(start);
      state.excluded = Math.max(0, state.excluded + excludedEffect(node.value));
      return;
    case 'inlineCode':
    case 'image':
    case 'imageReference':
      if (state.excluded === 0) block.mask(start);
      return;
    case 'link':
    case 'linkReference': {
      const from = block.text.length;
      for (const child of node.children) inline(child, source, block, state);
      if (state.excluded === 0) maskReferenceLabel(block, from);
      return;
    }
    default:
      if ('children' in node) for (const child of node.children) inline(child, source, block, state);
  }
}

/** An HTML node's lines and line endings where they stand in the source (container prefixes are not in its value). */
function htmlPieces(node: Nodes & { value: string }, source: string, starts: number[]): HtmlPiece[] {
  const pieces: HtmlPiece[] = [];
  const firstLine = node.position?.start.line ?? 1;
  let from = node.position?.start.offset ?? 0;
  node.value.split(/(\r\n|\r|\n)/u).forEach((text, i) => {
    if (i % 2 === 1) {
      const at = source.indexOf(text, from);
      pieces.push({ text, start: at });
      from = at + text.length;
      return;
    }
    const lineStart = Math.max(from, starts[firstLine - 1 + i / 2] ?? from);
    const at = text === '' ? lineStart : source.indexOf(text, lineStart);
    if (text !== '') pieces.push({ text, start: at });
    from = at + text.length;
  });
  return pieces;
}

function html(node: Nodes, found: Html[]): void {
  if (node.type === 'html') found.push({ value: node.value, start: node.position?.start.offset ?? 0 });
  else if ('children' in node) for (const child of node.children) html(child, found);
}

/** What the event reader should find in `source`, read from remark-parse's tree. */
export function proseFromTree(source: string): MarkdownContent {
  const tree = processor.parse(source) as Root;
  const starts = lineStarts(source);
  const blocks: ProseBlock[] = [];
  const walk = (node: Parents, quoted: boolean) => {
    for (const child of node.children) {
      if (child.type === 'html') {
        blocks.push(...htmlProse(htmlPieces(child, source, starts), source, quoted).filter((block) => block.kind !== 'alt'));
      } else if (child.type === 'paragraph' || child.type === 'heading') {
        const builder = new BlockBuilder();
        inline(child, source, builder, { excluded: 0 });
        maskNotProse(builder);
        if (isProse(child.type, builder.text)) {
          blocks.push({ kind: child.type, depth: child.type === 'heading' ? child.depth : 0, quoted, text: builder.text, runs: builder.runs });
        }
      } else if (child.type === 'blockquote') {
        walk(child, true);
      } else if ('children' in child) {
        walk(child, quoted);
      }
    }
  };
  walk(tree, false);
  const found: Html[] = [];
  html(tree, found);
  const first = tree.children[0];
  return { blocks, html: found, frontMatter: first?.type === 'yaml' ? first.value : undefined };
}
