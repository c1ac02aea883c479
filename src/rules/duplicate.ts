// duplicate: a passage that stands identical or near-identical in another draft: work done twice.

import path from 'node:path';
import type { DraftInfo } from '../drafts/types.js';
import { resolve } from '../engine/lint.js';
import type { CorpusRule, Span } from '../engine/rule.js';
import type { Lang, Spec } from '../spec/types.js';
import { perSpec } from '../text/memo.js';
import { candidatePairs, decodeSignatures, dice, encodeSignatures, PERMUTATIONS, signature, Signatures } from '../text/minhash.js';
import { approvedShingles, letterGrams, passagesOf, wording } from '../text/passages.js';
import { sourceOffset } from '../text/prose.js';

// Fewer distinct content words than this say too little to call two passages copies.
const MIN_STEMS = 8;
// Stem sets of reworded copies at a letter similarity of 0.8 overlap by about half; a quarter is far off.
const MIN_STEM_JACCARD = 0.25;
const MAX_RELATED = 10;

/**
 * A draft's passages as its summary holds them: the signatures, which every check compares, and
 * the rest (where each passage stands, its words) as JSON text of its own, read only for drafts
 * that hold a candidate copy. A pre-commit check of one draft among thousands reads the rest of
 * a handful.
 */
interface Summary {
  /** The MinHash signatures of the passages' content stems, one after another, base64. */
  signatures: string;
  /** `Details`, as JSON. */
  details: string;
}

/** Per passage, in parallel lists (one JSON value per passage and field, not one object each). */
interface Details {
  /** Per passage: start line, start column, end line, end column, start offset, end offset. */
  spans: number[];
  excerpts: string[];
  words: number[];
  /** Content words, lowercase, space-separated: their letter 4-grams measure likeness. */
  contents: string[];
  /** Equal for passages worded alike to the letter. */
  wordings: string[];
}

const SPAN_FIELDS = 6;

/** One passage, unpacked when it is a candidate copy. */
interface Passage {
  draft: DraftInfo;
  span: Span;
  words: number;
  content: string;
  wording: string;
}

function unpack(draft: DraftInfo, details: Details, k: number): Passage {
  const [startLine, startColumn, endLine, endColumn, from, to] = details.spans.slice(k * SPAN_FIELDS, (k + 1) * SPAN_FIELDS) as [number, number, number, number, number, number];
  const excerpt = details.excerpts[k]!;
  return {
    draft,
    span: { start: { line: startLine, column: startColumn }, end: { line: endLine, column: endColumn }, range: [from, to], ...(excerpt === '' ? {} : { excerpt }) },
    words: details.words[k]!,
    content: details.contents[k]!,
    wording: details.wordings[k]!,
  };
}

/** Word triples of the texts the spec approves (boilerplate, core messages): repeating them is the point. */
const approvedOf = perSpec((spec: Spec) =>
  approvedShingles([
    ...spec.boilerplate.flatMap((b) => Object.entries(b.text).map(([lang, text]) => [text, lang] as [string, Lang])),
    ...spec.messages.flatMap((m) => [
      ...Object.entries(m.text).map(([lang, text]) => [text, lang] as [string, Lang]),
      ...Object.entries(m.variants).flatMap(([lang, texts]) => texts.map((text) => [text, lang] as [string, Lang])),
    ]),
  ]),
);

/** "identical" only for the same wording; a copy that differs in a number or two stays below 100 %. */
const likeness = (a: Passage, b: Passage, similarity: number) => (a.wording === b.wording ? 'identical' : `${Math.min(99, Math.floor(similarity * 100))} % alike`);

const rule: CorpusRule<Summary> = {
  id: 'duplicate',
  description: 'No passage stands twice: identical or reworded copies across drafts are duplicated work.',
  scope: 'corpus',
  defaultSeverity: 'warning',
  lazy: ['details'],
  messages: {
    'cross-team': 'Passage of {{words}} words stands {{alike}} in {{where}}, a draft of {{teams}}: the same work done by two teams',
    'same-team': 'Passage of {{words}} words stands {{alike}} in {{where}}',
  },
  summarize(spec, draft) {
    const passages = passagesOf(draft, spec.duplicates.minWords, approvedOf(spec)).filter((p) => p.stems.size >= MIN_STEMS);
    const spans = passages.map((p) => resolve(draft, { offset: sourceOffset(p.start.block, p.start.offset), end: sourceOffset(p.end.block, p.end.offset, true) }));
    const details: Details = {
      spans: spans.flatMap(({ start, end, range }) => [start.line, start.column, end.line, end.column, range![0], range![1]]),
      excerpts: spans.map((span) => span.excerpt ?? ''),
      words: passages.map((p) => p.words),
      contents: passages.map((p) => p.content.map((t) => t.lower).join(' ')),
      wordings: passages.map(wording),
    };
    return { signatures: encodeSignatures(passages.map((p) => signature(p.stems))), details: JSON.stringify(details) };
  },
  check({ spec, drafts, isChecked, report }) {
    // Signatures of every passage, with its draft; a passage is unpacked once it is a candidate.
    const parts = drafts.map(({ summary }) => decodeSignatures(summary.signatures));
    const signatures = Signatures.join(parts);
    const owners = new Int32Array(signatures.count);
    const places = new Int32Array(signatures.count);
    let at = 0;
    parts.forEach((part, owner) => {
      for (let k = 0; k < part.length / PERMUTATIONS; k++, at++) {
        owners[at] = owner;
        places[at] = k;
      }
    });
    const details = new Map<number, Details>();
    const unpacked = new Map<number, Passage>();
    const passage = (i: number) => {
      let found = unpacked.get(i);
      if (!found) {
        const owner = owners[i]!;
        const { draft, full } = drafts[owner]!;
        if (!details.has(owner)) details.set(owner, JSON.parse(full().details) as Details);
        unpacked.set(i, (found = unpack(draft, details.get(owner)!, places[i]!)));
      }
      return found;
    };
    const pairs = candidatePairs(
      signatures,
      (i) => owners[i]!,
      (i) => isChecked(drafts[owners[i]!]!.draft),
    );

    // Stems find the candidates; letter 4-grams, computed for candidates only, say how alike they are.
    const grams = new Map<Passage, Uint32Array>();
    const gramsOf = (p: Passage) => grams.get(p) ?? grams.set(p, letterGrams(p.content.split(' '))).get(p)!;
    const copies = new Map<Passage, { passage: Passage; similarity: number }[]>();
    const add = (a: Passage, b: Passage, similarity: number) => {
      const found = copies.get(a);
      if (found) found.push({ passage: b, similarity });
      else copies.set(a, [{ passage: b, similarity }]);
    };
    for (const [i, j] of pairs) {
      // Stems far apart: no rewording brings the letters close enough, so skip the measuring.
      if (signatures.estimatedJaccard(i, j) < MIN_STEM_JACCARD) continue;
      const [a, b] = [passage(i), passage(j)];
      const similarity = dice(gramsOf(a), gramsOf(b));
      if (similarity < spec.duplicates.threshold) continue;
      add(a, b, similarity);
      add(b, a, similarity);
    }

    for (const [copied, found] of copies) {
      if (!isChecked(copied.draft)) continue;
      found.sort((x, y) => y.similarity - x.similarity || (x.passage.draft.file < y.passage.draft.file ? -1 : x.passage.draft.file > y.passage.draft.file ? 1 : x.passage.span.start.line - y.passage.span.start.line));
      const team = copied.draft.team;
      const otherTeams = [...new Set(found.map((f) => f.passage.draft.team).filter((t): t is string => t !== undefined && team !== undefined && t !== team))];
      const best = found[0]!;
      const alike = likeness(copied, best.passage, best.similarity);
      const where = path.basename(best.passage.draft.file) + (found.length > 1 ? ` and ${found.length - 1} other draft${found.length > 2 ? 's' : ''}` : '');
      report(copied.draft, {
        messageId: otherTeams.length > 0 ? 'cross-team' : 'same-team',
        data: { words: copied.words, alike, where, teams: otherTeams.join(', ') },
        at: { span: copied.span },
        related: found.slice(0, MAX_RELATED).map((f) => ({
          draft: f.passage.draft,
          at: { span: f.passage.span },
          message: `${likeness(copied, f.passage, f.similarity)}${f.passage.draft.team ? ` (${f.passage.draft.team})` : ''}`,
        })),
      });
    }
  },
};

export default rule;
