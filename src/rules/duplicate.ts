// duplicate: a passage that stands identical or near-identical in another draft: work done twice.

import path from 'node:path';
import { resolve } from '../engine/lint.js';
import type { CorpusRule, Span } from '../engine/rule.js';
import type { Lang, Spec } from '../spec/types.js';
import { perSpec } from '../text/memo.js';
import { candidatePairs, decodeSignature, dice, encodeSignature, estimatedJaccard, signature } from '../text/minhash.js';
import { approvedShingles, letterGrams, passagesOf, wording } from '../text/passages.js';
import { sourceOffset } from '../text/prose.js';

// Fewer distinct content words than this say too little to call two passages copies.
const MIN_STEMS = 8;
// Stem sets of reworded copies at a letter similarity of 0.8 overlap by about half; a quarter is far off.
const MIN_STEM_JACCARD = 0.25;
const MAX_RELATED = 10;

/** A passage as a draft's summary holds it: enough to find its copies and say how alike they are. */
interface Copyable {
  span: Span;
  words: number;
  /** The MinHash signature of its content stems, base64. */
  signature: string;
  /** Its content words, lowercase, space-separated: their letter 4-grams measure likeness. */
  content: string;
  /** Equal for passages worded alike to the letter. */
  wording: string;
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
const likeness = (a: Copyable, b: Copyable, similarity: number) => (a.wording === b.wording ? 'identical' : `${Math.min(99, Math.floor(similarity * 100))} % alike`);

const rule: CorpusRule<Copyable[]> = {
  id: 'duplicate',
  description: 'No passage stands twice: identical or reworded copies across drafts are duplicated work.',
  scope: 'corpus',
  defaultSeverity: 'warning',
  messages: {
    'cross-team': 'Passage of {{words}} words stands {{alike}} in {{where}}, a draft of {{teams}}: the same work done by two teams',
    'same-team': 'Passage of {{words}} words stands {{alike}} in {{where}}',
  },
  summarize(spec, draft) {
    return passagesOf(draft, spec.duplicates.minWords, approvedOf(spec))
      .filter((p) => p.stems.size >= MIN_STEMS)
      .map((p) => ({
        span: resolve(draft, { offset: sourceOffset(p.start.block, p.start.offset), end: sourceOffset(p.end.block, p.end.offset, true) }),
        words: p.words,
        signature: encodeSignature(signature(p.stems)),
        content: p.content.map((t) => t.lower).join(' '),
        wording: wording(p),
      }));
  },
  check({ spec, drafts, isChecked, report }) {
    const passages = drafts.flatMap(({ draft, summary }, index) => summary.map((copyable) => ({ ...copyable, draft, index })));
    const signatures = passages.map((p) => decodeSignature(p.signature));
    type Passage = (typeof passages)[number];
    const pairs = candidatePairs(
      signatures,
      (i) => passages[i]!.index,
      (i) => isChecked(passages[i]!.draft),
    );

    // Stems find the candidates; letter 4-grams, computed for candidates only, say how alike they are.
    const grams = new Map<Passage, Set<number>>();
    const gramsOf = (p: Passage) => grams.get(p) ?? grams.set(p, letterGrams(p.content.split(' '))).get(p)!;
    const copies = new Map<Passage, { passage: Passage; similarity: number }[]>();
    const add = (a: Passage, b: Passage, similarity: number) => {
      const found = copies.get(a);
      if (found) found.push({ passage: b, similarity });
      else copies.set(a, [{ passage: b, similarity }]);
    };
    for (const [i, j] of pairs) {
      const [a, b] = [passages[i]!, passages[j]!];
      // Stems far apart: no rewording brings the letters close enough, so skip the measuring.
      if (estimatedJaccard(signatures[i]!, signatures[j]!) < MIN_STEM_JACCARD) continue;
      const similarity = dice(gramsOf(a), gramsOf(b));
      if (similarity < spec.duplicates.threshold) continue;
      add(a, b, similarity);
      add(b, a, similarity);
    }

    for (const [passage, found] of copies) {
      if (!isChecked(passage.draft)) continue;
      found.sort((x, y) => y.similarity - x.similarity || (x.passage.draft.file < y.passage.draft.file ? -1 : x.passage.draft.file > y.passage.draft.file ? 1 : x.passage.span.start.line - y.passage.span.start.line));
      const team = passage.draft.team;
      const otherTeams = [...new Set(found.map((f) => f.passage.draft.team).filter((t): t is string => t !== undefined && team !== undefined && t !== team))];
      const best = found[0]!;
      const alike = likeness(passage, best.passage, best.similarity);
      const where = path.basename(best.passage.draft.file) + (found.length > 1 ? ` and ${found.length - 1} other draft${found.length > 2 ? 's' : ''}` : '');
      report(passage.draft, {
        messageId: otherTeams.length > 0 ? 'cross-team' : 'same-team',
        data: { words: passage.words, alike, where, teams: otherTeams.join(', ') },
        at: { span: passage.span },
        related: found.slice(0, MAX_RELATED).map((f) => ({
          draft: f.passage.draft,
          at: { span: f.passage.span },
          message: `${likeness(passage, f.passage, f.similarity)}${f.passage.draft.team ? ` (${f.passage.draft.team})` : ''}`,
        })),
      });
    }
  },
};

export default rule;
