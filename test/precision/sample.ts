// Precision on real content: check one corpus of ../shared/corpora with the spec its team would
// write (fixtures/corpora/<name>.onevoice.yaml), count the findings per rule, and print a fixed-seed
// random sample of each rule's findings in context, to be read and judged by a person. With
// `--fixes`, a sample of what `--fix` would change instead: each changed stretch of words in its line.
//
//   npm run precision -- rust-blog [--per 20] [--seed 15] [--rule message-drift] [--counts] [--spec other.yaml]
//   npm run precision -- codefor-de --fixes [--per 15] [--seed 15]

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { diffChars, parsePatch } from 'diff';
import { check } from '../../src/index.js';
import type { Finding } from '../../src/engine/finding.js';
import { CORPORA } from '../bench/corpus.js';

const SOURCES: Record<string, string> = { 'rust-blog': 'posts', 'codefor-de': 'content' };
const SPECS = path.resolve(import.meta.dirname, '..', '..', '..', 'fixtures', 'corpora');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    per: { type: 'string', default: '20' },
    seed: { type: 'string', default: '15' },
    rule: { type: 'string' },
    counts: { type: 'boolean', default: false },
    spec: { type: 'string' },
    fixes: { type: 'boolean', default: false },
  },
});
const name = positionals[0] ?? '';
const source = SOURCES[name];
if (!source) throw new Error(`name a corpus: ${Object.keys(SOURCES).join(' or ')}`);

const folder = mkdtempSync(path.join(os.tmpdir(), `onevoice-precision-${name}-`));
try {
  cpSync(path.join(CORPORA, name, source), path.join(folder, source), { recursive: true });
  writeFileSync(path.join(folder, 'onevoice.yaml'), readFileSync(values.spec ?? path.join(SPECS, `${name}.onevoice.yaml`)));
  if (values.fixes) {
    sampleFixes(folder);
    process.exit(0);
  }
  const result = await check({ cwd: folder, patterns: [] });
  const byRule = new Map<string, Finding[]>();
  for (const finding of result.findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  const rules = [...byRule.keys()].sort();
  console.log(`# ${name}: ${result.findings.length} findings in ${result.checked.length} drafts`);
  for (const rule of rules) console.log(`- ${rule}: ${byRule.get(rule)!.length}`);
  if (!values.counts) {
    for (const rule of rules.filter((r) => !values.rule || r === values.rule)) {
      const sample = pick(byRule.get(rule)!, Number(values.per), seeded(Number(values.seed)));
      console.log(`\n## ${rule} (${sample.length} of ${byRule.get(rule)!.length})`);
      sample.forEach((finding, i) => console.log(`\n${i + 1}. ${show(finding, folder)}`));
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

/** A finding with its draft's lines around it, the flagged span marked with ⟦ ⟧. */
function show(finding: Finding, root: string): string {
  const rel = path.relative(root, finding.file);
  const head = `${rel}:${finding.line}:${finding.column} [${finding.severity}] ${finding.messageId}: ${finding.message}`;
  const related = (finding.related ?? []).slice(0, 3).map((r) => `\n   ↳ ${path.relative(root, r.file)}:${r.line}:${r.column} ${r.message ?? ''}`);
  let lines: string[];
  try {
    lines = readFileSync(finding.file, 'utf8').split(/\r?\n/);
  } catch {
    return head + related.join('');
  }
  const context: string[] = [];
  for (let n = Math.max(1, finding.line - 1); n <= Math.min(lines.length, finding.endLine + 1); n++) {
    let text = lines[n - 1]!;
    if (n === finding.line && n === finding.endLine) text = `${text.slice(0, finding.column - 1)}⟦${text.slice(finding.column - 1, finding.endColumn - 1)}⟧${text.slice(finding.endColumn - 1)}`;
    context.push(`   ${String(n).padStart(4)}| ${clip(text, finding.line === n ? finding.column : 1)}`);
  }
  return [head + related.join(''), ...context].join('\n');
}

function clip(text: string, column: number): string {
  if (text.length <= 240) return text;
  const start = Math.max(0, column - 120);
  return `${start > 0 ? '…' : ''}${text.slice(start, start + 240)}…`;
}

/** What `--fix` would change in the corpus: each changed stretch of words, sampled, in its line. */
function sampleFixes(root: string): void {
  const bin = path.resolve(import.meta.dirname, '..', '..', '..', 'bin', 'onevoice.js');
  const run = spawnSync(process.execPath, [bin, 'check', '--fix-dry-run'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status === 2) throw new Error(run.stderr);
  const changes: string[] = [];
  for (const patch of parsePatch(run.stdout)) {
    for (const hunk of patch.hunks) {
      // A run of removed lines and the added lines after it: the same lines before and after.
      let line = hunk.oldStart;
      let removed: { text: string; line: number }[] = [];
      let added: string[] = [];
      const pair = () => {
        if (removed.length === 0) return;
        const before = removed.map((r) => r.text).join('\n');
        const after = added.join('\n');
        // Changed stretches, one per changed word or words joined by a change ("Code for Germany
        // Netzwerk" → "Code-for-Germany-Netzwerk" is one): each widened to whole words.
        let [oldAt, newAt] = [0, 0];
        const stretches: [number, number, number, number][] = [];
        for (const part of diffChars(before, after)) {
          const length = part.value.length;
          if (!part.added && !part.removed) {
            [oldAt, newAt] = [oldAt + length, newAt + length];
            continue;
          }
          const last = stretches[stretches.length - 1];
          const from: [number, number] = part.added ? [oldAt, newAt] : [oldAt, newAt];
          if (last && !/\s/u.test(before.slice(last[1], oldAt))) {
            last[1] = part.removed ? oldAt + length : oldAt;
            last[3] = part.added ? newAt + length : newAt;
          } else stretches.push([from[0], part.removed ? oldAt + length : oldAt, from[1], part.added ? newAt + length : newAt]);
          if (part.removed) oldAt += length;
          else newAt += length;
        }
        for (const [oldStart, oldEnd, newStart, newEnd] of stretches) {
          const wordStart = (text: string, at: number) => at - (/\S*$/u.exec(text.slice(0, at))?.[0].length ?? 0);
          const wordEnd = (text: string, at: number) => at + (/^\S*/u.exec(text.slice(at))?.[0].length ?? 0);
          const [a, b] = [wordStart(before, oldStart), wordEnd(before, oldEnd)];
          const [c, d] = [wordStart(after, newStart), wordEnd(after, newEnd)];
          const lineStart = before.lastIndexOf('\n', a - 1) + 1;
          const lineEnd = before.indexOf('\n', b) === -1 ? before.length : before.indexOf('\n', b);
          const marked = `${before.slice(lineStart, a)}⟦${before.slice(a, b)} → ${after.slice(c, d)}⟧${before.slice(b, lineEnd)}`;
          const at = removed[0]!.line + before.slice(0, a).split('\n').length - 1;
          changes.push(`${patch.oldFileName?.replace(/^a\//, '')}:${at}\n   ${clip(marked, marked.indexOf('⟦') + 1)}`);
        }
        removed = [];
        added = [];
      };
      for (const text of hunk.lines) {
        if (text.startsWith('-')) {
          if (added.length > 0) pair();
          removed.push({ text: text.slice(1), line: line++ });
        } else if (text.startsWith('+')) added.push(text.slice(1));
        else {
          pair();
          line++;
        }
      }
      pair();
    }
  }
  const sample = pick(changes, Number(values.per), seeded(Number(values.seed)));
  console.log(`# ${name}: --fix would make ${changes.length} changes; ${sample.length} sampled (seed ${values.seed})`);
  sample.forEach((change, i) => console.log(`\n${i + 1}. ${change}`));
}

/** `count` findings drawn without replacement, in a fixed order for a given seed. */
function pick<T>(items: T[], count: number, random: () => number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

/** mulberry32: a small seeded generator, so a sample can be drawn again. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
