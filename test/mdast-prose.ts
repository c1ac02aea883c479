// The reference for reading Markdown: prose, HTML and front matter taken from the mdast tree that
// remark-parse builds, as onevoice once did. Tests hold micromark's event reader to it.

import type { Nodes, Parents, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { BlockBuilder, isProse, maskNotProse, maskReferenceLabel, type Html, type MarkdownContent, type ProseBlock } from '../src/markdown/prose.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

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
      block.mask(start);
      return;
    case 'link':
    case 'linkReference': {
      const from = block.text.length;
      for (const child of node.children) inline(child, source, block);
      maskReferenceLabel(block, from);
      return;
    }
    default:
      if ('children' in node) for (const child of node.children) inline(child, source, block);
  }
}

function html(node: Nodes, found: Html[]): void {
  if (node.type === 'html') found.push({ value: node.value, start: node.position?.start.offset ?? 0 });
  else if ('children' in node) for (const child of node.children) html(child, found);
}

/** What the event reader should find in `source`, read from remark-parse's tree. */
export function proseFromTree(source: string): MarkdownContent {
  const tree = processor.parse(source) as Root;
  const blocks: ProseBlock[] = [];
  const walk = (node: Parents, quoted: boolean) => {
    for (const child of node.children) {
      if (child.type === 'paragraph' || child.type === 'heading') {
        const builder = new BlockBuilder();
        inline(child, source, builder);
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
