// The oracle for --fix's structural guarantee: remark-parse (with GFM and front matter) reads a
// draft before and after a pass of fixes, and the two trees must be the same but for the text
// values of the fixed spans: node types, nesting, URLs, titles, reference identifiers and labels,
// code, HTML, front matter all equal, and each fix inside one text node.

import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Replacement } from '../src/fix.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

// A pass's text after is the next pass's text before: parsed once.
let last: { text: string; tree: Root } | undefined;

function parse(text: string): Root {
  if (last?.text !== text) last = { text, tree: processor.parse(text.replace(/^\uFEFF/u, '')) as Root };
  return last.tree;
}

interface Located {
  old: string;
  text: string;
  range: [number, number];
}

function textNodes(node: Nodes, found: Nodes[] = []): Nodes[] {
  if (node.type === 'text') found.push(node);
  if ('children' in node) for (const child of node.children) textNodes(child, found);
  return found;
}

const offsets = (node: Nodes): [number, number] => [node.position?.start.offset ?? -1, node.position?.end.offset ?? -1];

/** Whether `after` is `before` with each fix's old text replaced by its new one, in order, somewhere. */
function replacedInOrder(before: string, after: string, fixes: readonly Located[], i = 0, from = 0, to = 0): boolean {
  if (i === fixes.length) return before.slice(from) === after.slice(to);
  const { old, text } = fixes[i]!;
  for (let at = before.indexOf(old, from); at >= 0; at = before.indexOf(old, at + 1)) {
    const gap = before.slice(from, at);
    if (after.startsWith(gap, to) && after.startsWith(text, to + gap.length) && replacedInOrder(before, after, fixes, i + 1, at + old.length, to + gap.length + text.length)) return true;
  }
  return false;
}

function compare(a: Nodes, b: Nodes, fixes: readonly Located[], path: string, problems: string[]): void {
  const where = `${path}${a.type}@${a.position?.start.line ?? '?'}:${a.position?.start.column ?? '?'}`;
  if (a.type !== b.type) {
    problems.push(`${where}: became ${b.type}`);
    return;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (key === 'position' || key === 'children' || (key === 'value' && a.type === 'text')) continue;
    const [x, y] = [JSON.stringify((a as unknown as Record<string, unknown>)[key]), JSON.stringify((b as unknown as Record<string, unknown>)[key])];
    if (x !== y) problems.push(`${where}: ${key} ${x} became ${y}`);
  }
  if (a.type === 'text' && b.type === 'text' && a.value !== b.value) {
    const [start, end] = offsets(a);
    const inside = fixes.filter((fix) => start <= fix.range[0] && fix.range[1] <= end);
    if (!replacedInOrder(a.value, b.value, inside)) problems.push(`${where}: text ${JSON.stringify(a.value.slice(0, 80))} became ${JSON.stringify(b.value.slice(0, 80))}, more than its fixes`);
  }
  const [ac, bc] = ['children' in a ? a.children : [], 'children' in b ? b.children : []] as [Nodes[], Nodes[]];
  if (ac.length !== bc.length) {
    problems.push(`${where}: ${ac.length} children became ${bc.length}`);
    return;
  }
  ac.forEach((child, i) => compare(child, bc[i]!, fixes, `${where} > `, problems));
}

/**
 * What a pass of fixes changed in the draft's Markdown beyond the text of the fixed spans: empty
 * when the guarantee holds. `replacements` are the pass's, as offsets in `before` after any BOM.
 */
export function structuralChanges(before: string, after: string, replacements: readonly Replacement[]): string[] {
  const source = before.replace(/^\uFEFF/u, '');
  const fixes = replacements.map((r) => ({ old: source.slice(r.range[0], r.range[1]), text: r.text, range: r.range }));
  const tree = parse(before);
  const problems: string[] = [];
  const texts = textNodes(tree).map(offsets);
  for (const fix of fixes) {
    if (!texts.some(([start, end]) => start <= fix.range[0] && fix.range[1] <= end))
      problems.push(`fix ${JSON.stringify(fix.old)} → ${JSON.stringify(fix.text)} at ${fix.range[0]} is not inside one text node`);
  }
  compare(tree, parse(after), fixes, '', problems);
  return problems;
}
