// Sections the spec leaves out (`ignore_sections`): a heading that matches, and everything under
// it up to the next heading of the same or a higher level, is not prose for any rule.

import { MASK, type ProseBlock } from './prose.js';

/** The heading as its pattern is matched: masked inline code and runs of spaces read as one space. */
function headingText(block: ProseBlock): string {
  return block.text.replaceAll(MASK, ' ').replace(/\s+/g, ' ').trim();
}

export function withoutSections(blocks: ProseBlock[], patterns: readonly RegExp[]): ProseBlock[] {
  let skipping = 0; // the depth of the heading being left out, 0 outside such a section
  return blocks.filter((block) => {
    // A front-matter title heads no section of the page: the Markdown's headings do.
    if (block.kind === 'heading' && block.depth > 0 && block.frontMatterKey === undefined) {
      if (skipping > 0 && block.depth > skipping) return false;
      const text = headingText(block);
      skipping = patterns.some((pattern) => pattern.test(text)) ? block.depth : 0;
    }
    return skipping === 0;
  });
}
