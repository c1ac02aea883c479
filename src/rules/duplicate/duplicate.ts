// duplicate: a passage that stands identical or near-identical in another draft: work done twice.

import path from 'node:path';
import type { DraftInfo } from '../../drafts/types.js';
import type { CorpusRule, Span, Summarized } from '../../engine/rule.js';
import type { Lang, Spec } from '../../spec/types.js';
import { perSpec, runTable } from '../../util/memo.js';
import { candidatePairs, dice, encodeSignatures, signature, Signatures } from './minhash.js';
import { approvedShingles, letterGrams, passagesOf, wording } from './passages.js';
import { sourceOffset } from '../../markdown/prose.js';

// Fewer distinct content words than this say too little to call two passages copies.
const MIN_STEMS = 8;
// Stem sets of reworded copies at a letter similarity of 0.8 overlap by about half; a quarter is far off.
const MIN_STEM_JACCARD = 0.25;
const MAX_RELATED = 10;
// Content with a letter 4-gram: two letters in a row (a word is padded with a space each side).
const HAS_GRAM = /\S\S/;

/**
 * A draft's passages as its summary holds them: the signatures, which every check compares, and
 * the details (where each passage stands, its words), read only for drafts that hold a candidate
 * copy: a pre-commit check of one draft among thousands reads the details of a handful.
 */
interface Summary {
  /** The MinHash signatures of the passages' content stems, one after another, base64. */
  signatures: string;
  details: Details;
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

/**
 * Every passage of the corpus by number, in draft order: its signature, and its details, read
 * from its draft's summary once a passage of that draft is a candidate.
 */
class Passages {
  readonly signatures: Signatures;
  private readonly owners: Int32Array;
  private readonly places: Int32Array;

  constructor(private readonly drafts: readonly Summarized<Summary>[]) {
    const { signatures, counts } = Signatures.decode(drafts.map(({ summary }) => summary.signatures));
    this.signatures = signatures;
    this.owners = new Int32Array(signatures.count);
    this.places = new Int32Array(signatures.count);
    let at = 0;
    counts.forEach((count, owner) => {
      for (let k = 0; k < count; k++, at++) {
        this.owners[at] = owner;
        this.places[at] = k;
      }
    });
  }

  owner(i: number): number {
    return this.owners[i]!;
  }

  draftOf(i: number): DraftInfo {
    return this.drafts[this.owners[i]!]!.draft;
  }

  private detailsOf(i: number): Details {
    return this.drafts[this.owners[i]!]!.summary.details;
  }

  content(i: number): string {
    return this.detailsOf(i).contents[this.places[i]!]!;
  }

  unpack(i: number): Passage {
    return unpack(this.draftOf(i), this.detailsOf(i), this.places[i]!);
  }
}

/**
 * Passages that stand in another draft at the given likeness or more, one of the two `wanted`: per
 * passage, its copies and their likeness, one after the other (copy, likeness, copy, …), in the
 * order they were found.
 */
function findCopies(passages: Passages, threshold: number, wanted: (i: number) => boolean): Map<number, number[]> {
  const { signatures } = passages;
  const pairs = candidatePairs(signatures, (i) => passages.owner(i), wanted);
  // Stems find the candidates; letter 4-grams, computed for candidates only, say how alike they are.
  const grams = new Map<number, Uint32Array>();
  const gramsOf = (i: number) => grams.get(i) ?? grams.set(i, letterGrams(passages.content(i).split(' '))).get(i)!;
  const copies = new Map<number, number[]>();
  const add = (i: number, j: number, similarity: number) => {
    const found = copies.get(i);
    if (found) found.push(j, similarity);
    else copies.set(i, [j, similarity]);
  };
  for (let k = 0; k < pairs.length; k++) {
    const [i, j] = [pairs.first(k), pairs.second(k)];
    // Stems far apart: no rewording brings the letters close enough, so skip the measuring.
    if (signatures.estimatedJaccard(i, j) < MIN_STEM_JACCARD) continue;
    // The same content words have the same letters: a copy to the letter is not measured.
    const content = passages.content(i);
    const similarity = content === passages.content(j) && HAS_GRAM.test(content) ? 1 : dice(gramsOf(i), gramsOf(j));
    if (similarity < threshold) continue;
    add(i, j, similarity);
    add(j, i, similarity);
  }
  return copies;
}

/** One string for each related-location message: thousands of findings say "identical (team)". */
const relatedMessages = runTable<string, string>();
const interned = (text: string) => relatedMessages.get(text) ?? relatedMessages.set(text, text).get(text)!;

const rule: CorpusRule<Summary> = {
  id: 'duplicate',
  description: 'No passage stands twice: identical or reworded copies across drafts are duplicated work.',
  scope: 'corpus',
  defaultSeverity: 'warning',
  rarelyRead: ['details'],
  messages: {
    'cross-team': 'Passage of {{words}} words stands {{alike}} in {{where}}, a draft of {{teams}}: the same work done by two teams',
    'same-team': 'Passage of {{words}} words stands {{alike}} in {{where}}',
  },
  summarize({ spec, draft, locate }) {
    const passages = passagesOf(draft, spec.duplicates.minWords, approvedOf(spec)).filter((p) => p.stems.size >= MIN_STEMS);
    const spans = passages.map((p) => locate({ offset: sourceOffset(p.start.block, p.start.offset), end: sourceOffset(p.end.block, p.end.offset, true) }));
    const details: Details = {
      spans: spans.flatMap(({ start, end, range }) => [start.line, start.column, end.line, end.column, range![0], range![1]]),
      excerpts: spans.map((span) => span.excerpt ?? ''),
      words: passages.map((p) => p.words),
      contents: passages.map((p) => p.content.map((t) => t.lower).join(' ')),
      wordings: passages.map(wording),
    };
    return { signatures: encodeSignatures(passages.map((p) => signature(p.stems))), details };
  },
  check({ spec, drafts, isChecked, report }) {
    const passages = new Passages(drafts);
    const copies = findCopies(passages, spec.duplicates.threshold, (i) => isChecked(passages.draftOf(i)));

    for (const [i, found] of copies) {
      const copied = passages.unpack(i);
      if (!isChecked(copied.draft)) continue;
      const matches = Array.from({ length: found.length / 2 }, (_, m) => ({ passage: passages.unpack(found[2 * m]!), similarity: found[2 * m + 1]! }));
      matches.sort(
        (x, y) =>
          y.similarity - x.similarity || (x.passage.draft.file < y.passage.draft.file ? -1 : x.passage.draft.file > y.passage.draft.file ? 1 : x.passage.span.start.line - y.passage.span.start.line),
      );
      const team = copied.draft.team;
      const otherTeams = [...new Set(matches.map((f) => f.passage.draft.team).filter((t): t is string => t !== undefined && team !== undefined && t !== team))];
      const best = matches[0]!;
      const alike = likeness(copied, best.passage, best.similarity);
      const where = path.basename(best.passage.draft.file) + (matches.length > 1 ? ` and ${matches.length - 1} other draft${matches.length > 2 ? 's' : ''}` : '');
      report(copied.draft, {
        messageId: otherTeams.length > 0 ? 'cross-team' : 'same-team',
        data: { words: copied.words, alike, where, teams: otherTeams.join(', ') },
        at: { span: copied.span },
        related: matches.slice(0, MAX_RELATED).map((f) => ({
          draft: f.passage.draft,
          at: { span: f.passage.span },
          message: interned(`${likeness(copied, f.passage, f.similarity)}${f.passage.draft.team ? ` (${f.passage.draft.team})` : ''}`),
        })),
      });
    }
  },
};

export default rule;
