// The oracle for --fix's structural guarantee: remark-parse (with GFM and front matter) reads a
// draft before and after a pass of fixes, and the two trees must be the same but for the text
// values of the fixed spans: node types, nesting, URLs, titles, reference identifiers and labels,
// code, HTML and front matter all equal (but for the text of its prose values), and each fix inside
// one text node or a front matter.

import yaml from 'js-yaml';
import type { Nodes, Root } from 'mdast';
import { parse as parseToml } from 'smol-toml';
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

// Front matter keys whose values are prose (the spec's default `front_matter.prose`): a fix may
// change their values' text, and nothing else of the front matter.
const PROSE_KEYS = ['title', 'description', 'excerpt', 'summary'];

const isFrontMatter = (node: Nodes) => node.type === 'yaml' || (node.type as string) === 'toml';

function frontMatterData(node: Nodes): Record<string, unknown> {
  const value = (node as { value: string }).value;
  return ((node.type === 'yaml' ? yaml.load(value, { json: true }) : parseToml(value)) ?? {}) as Record<string, unknown>;
}

/** A front matter before and after fixes: the same keys and values, but for the text of fixed prose values. */
function compareFrontMatter(a: Nodes, b: Nodes, fixes: readonly Located[], where: string, problems: string[]): void {
  const [start, end] = offsets(a);
  const inside = fixes.filter((fix) => start <= fix.range[0] && fix.range[1] <= end);
  let x: Record<string, unknown>, y: Record<string, unknown>;
  try {
    [x, y] = [frontMatterData(a), frontMatterData(b)];
  } catch {
    // A front matter the strict readers refuse (site generators read it all the same): its text, fixed.
    const [u, v] = [(a as { value: string }).value, (b as { value: string }).value];
    if (u !== v && !someReplacedInOrder(u, v, inside)) problems.push(`${where}: front matter ${JSON.stringify(u)} became ${JSON.stringify(v)}, more than its fixes`);
    return;
  }
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) {
    const [u, v] = [x[key], y[key]];
    if (PROSE_KEYS.includes(key) && typeof u === 'string' && typeof v === 'string') {
      if (u !== v && !someReplacedInOrder(u, v, inside)) problems.push(`${where}: ${key} ${JSON.stringify(u)} became ${JSON.stringify(v)}, more than its fixes`);
    } else if (JSON.stringify(u) !== JSON.stringify(v)) problems.push(`${where}: front matter ${key} ${JSON.stringify(u)} became ${JSON.stringify(v)}`);
  }
}

function textNodes(node: Nodes, found: Nodes[] = []): Nodes[] {
  if (node.type === 'text' || isFrontMatter(node)) found.push(node);
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

/** As `replacedInOrder`, with any of the fixes left out: a front matter's fixes fall into several of its values. */
function someReplacedInOrder(before: string, after: string, fixes: readonly Located[], i = 0, from = 0, to = 0): boolean {
  if (i === fixes.length) return before.slice(from) === after.slice(to);
  if (someReplacedInOrder(before, after, fixes, i + 1, from, to)) return true;
  const { old, text } = fixes[i]!;
  for (let at = before.indexOf(old, from); at >= 0; at = before.indexOf(old, at + 1)) {
    const gap = before.slice(from, at);
    if (after.startsWith(gap, to) && after.startsWith(text, to + gap.length) && someReplacedInOrder(before, after, fixes, i + 1, at + old.length, to + gap.length + text.length)) return true;
  }
  return false;
}

function compare(a: Nodes, b: Nodes, fixes: readonly Located[], path: string, problems: string[]): void {
  const where = `${path}${a.type}@${a.position?.start.line ?? '?'}:${a.position?.start.column ?? '?'}`;
  if (a.type !== b.type) {
    problems.push(`${where}: became ${b.type}`);
    return;
  }
  if (isFrontMatter(a)) return compareFrontMatter(a, b, fixes, where, problems);
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
      problems.push(`fix ${JSON.stringify(fix.old)} → ${JSON.stringify(fix.text)} at ${fix.range[0]} is not inside one text node or front matter`);
  }
  compare(tree, parse(after), fixes, '', problems);
  return problems;
}
