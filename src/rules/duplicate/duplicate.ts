// duplicate: a passage that stands identical or near-identical in another draft: work done twice.

import picomatch from 'picomatch';
import type { DraftInfo } from '../../drafts/types.js';
import { draftNames } from '../../drafts/names.js';
import type { CorpusRule, Span, Summarized } from '../../engine/rule.js';
import type { Lang, Spec } from '../../spec/types.js';
import { perSpec, runTable } from '../../util/memo.js';
import { bandKeys, candidatePairs, dice, encodeSignatures, signature, Signatures } from './minhash.js';
import { approvedShingles, headingName, letterGrams, passagesOf, sectionsOf, wording } from './passages.js';
import { sourceOffset } from '../../markdown/prose.js';
import { analyseMessages } from '../../analysis/messages/messages.js';
import { linkedSlugs, pageSlug } from '../../markdown/links.js';

// Fewer distinct content words than this say too little to call two passages copies.
const MIN_STEMS = 8;
// Stem sets of reworded copies at a letter similarity of 0.8 overlap by about half; a quarter is far off.
const MIN_STEM_JACCARD = 0.25;
// Related locations a finding lists; the message says how many more drafts hold a copy.
const MAX_RELATED = 5;
// Content with a letter 4-gram: two letters in a row (a word is padded with a space each side).
const HAS_GRAM = /\S\S/;

/**
 * A draft's passages as its summary holds them: the signatures, which every check compares, and
 * the details (where each passage stands, its words) and links, read only for drafts that hold a
 * candidate copy: a pre-commit check of one draft among thousands reads those of a handful.
 */
interface Summary {
  /**
   * The MinHash signatures of the passages' content stems, one after another: base64, or bytes from
   * the corpus snapshot; or, for a draft that shares no band with a checked one, their length in
   * bytes alone (see `keyed`).
   */
  signatures: string | Uint8Array | number;
  /** The names of the draft's headings: those many drafts of a team share mark its running sections. */
  headings: string[];
  /** The page names (slugs) the draft links to: a draft that links to the one it repeats follows up on it. */
  links: string[];
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
  /** The names of the headings each passage stands under. */
  sections: string[][];
}

const SPAN_FIELDS = 6;

/** One passage, unpacked when it is a candidate copy. */
interface Passage {
  draft: DraftInfo;
  span: Span;
  words: number;
  content: string;
  wording: string;
  sections: string[];
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
    sections: details.sections[k]!,
  };
}

/**
 * Word triples of the texts the spec approves (boilerplate, core messages) or declares templates
 * (`duplicates.allow`): repeating them is the point.
 */
const approvedOf = perSpec((spec: Spec) =>
  approvedShingles([
    ...spec.duplicates.allow.texts.map((text) => [text, spec.language] as [string, Lang]),
    ...spec.boilerplate.flatMap((b) => Object.entries(b.text).map(([lang, text]) => [text, lang] as [string, Lang])),
    ...spec.messages.flatMap((m) => [
      ...Object.entries(m.text).map(([lang, text]) => [text, lang] as [string, Lang]),
      ...Object.entries(m.variants).flatMap(([lang, texts]) => texts.map((text) => [text, lang] as [string, Lang])),
    ]),
  ]),
);

/**
 * How alike copied passages (one, or several in a row) are: "identical" only when every part is
 * worded alike, else the least alike part's share; a copy that differs in a number or two stays below 100 %.
 */
function likenessOf(parts: readonly (readonly [Passage, Passage, number])[]): string {
  const shares = parts.filter(([a, b]) => a.wording !== b.wording).map(([, , similarity]) => Math.min(99, Math.floor(similarity * 100)));
  return shares.length === 0 ? 'identical' : `${Math.min(...shares)} % alike`;
}

/**
 * Every passage of the corpus by number, in draft order: its signature, and its details, read
 * from its draft's summary once a passage of that draft is a candidate.
 */
class Passages {
  readonly signatures: Signatures;
  /** Passages of the corpus, also those of drafts whose signatures were left unread. */
  readonly corpusCount: number;
  private readonly owners: Int32Array;
  private readonly places: Int32Array;

  constructor(private readonly drafts: readonly Summarized<Summary>[]) {
    const { signatures, counts, corpusCount } = Signatures.decode(drafts.map(({ summary }) => summary.signatures));
    this.signatures = signatures;
    this.corpusCount = corpusCount;
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
  const pairs = candidatePairs(signatures, (i) => passages.owner(i), wanted, passages.corpusCount);
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

/** Two drafts of one team, or of no declared team: their copies are one team's. */
const sameTeam = (a: DraftInfo, b: DraftInfo) => a.team === undefined || b.team === undefined || a.team === b.team;

const allowedDrafts = perSpec((spec: Spec) => (spec.duplicates.allow.paths.length > 0 ? picomatch(spec.duplicates.allow.paths, { dot: true }) : () => false));

/**
 * Per team, the names of headings that stand in `templateMin` drafts of it or more: the running
 * sections of a series (a newsletter's "Veranstaltungen", a status report's "Planning"), which each
 * issue fills anew and carries entries of into the next.
 */
function runningSections(drafts: readonly Summarized<Summary>[], templateMin: number): Map<string | undefined, Set<string>> {
  const counts = new Map<string | undefined, Map<string, number>>();
  for (const { draft, summary } of drafts) {
    let byName = counts.get(draft.team);
    if (!byName) counts.set(draft.team, (byName = new Map()));
    for (const name of summary.headings) byName.set(name, (byName.get(name) ?? 0) + 1);
  }
  return new Map([...counts].map(([team, byName]) => [team, new Set([...byName].filter(([, count]) => count >= templateMin).map(([name]) => name))]));
}

/** Passages joined by copying within one team: copies of copies are one template. */
interface Group {
  drafts: Set<DraftInfo>;
  /** The passage in the first draft by path: where a template is reported. */
  first: number;
  members: number[];
}

/** The groups of passages that `joined` copies link, by union-find over the copies found. */
function groupsOf(copies: Map<number, number[]>, joined: (i: number, j: number) => boolean, draftOf: (i: number) => DraftInfo): Map<number, Group> {
  const parent = new Map<number, number>();
  const root = (i: number): number => {
    let r = i;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(i, r);
    return r;
  };
  for (const [i, found] of copies) {
    if (!parent.has(i)) parent.set(i, i);
    for (let m = 0; m < found.length; m += 2) {
      const j = found[m]!;
      if (!parent.has(j)) parent.set(j, j);
      if (joined(i, j)) parent.set(root(i), root(j));
    }
  }
  const groups = new Map<number, Group>();
  const byRoot = new Map<number, Group>();
  for (const i of parent.keys()) {
    const r = root(i);
    let group = byRoot.get(r);
    if (!group) byRoot.set(r, (group = { drafts: new Set(), first: i, members: [] }));
    group.drafts.add(draftOf(i));
    group.members.push(i);
    const [a, b] = [draftOf(i).specPath, draftOf(group.first).specPath];
    if (a < b || (a === b && i < group.first)) group.first = i;
    groups.set(i, group);
  }
  return groups;
}

/** Where a list of drafts is named: the first few, then how many more. */
function listed(names: readonly string[], shown: number): string {
  if (names.length <= shown) return names.join(', ');
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

/** A passage found copied, before it is reported: passages in a row that copy the same drafts are one finding. */
interface Pending {
  index: number;
  passage: Passage;
  messageId: 'cross-team' | 'same-team' | 'template';
  teams: string[];
  /** The closest copy in each other draft (a template's: every draft of it, by path). */
  copies: { passage: Passage; similarity: number }[];
  /** A template's drafts. */
  count: number;
}

/**
 * The pending findings in runs: passages that follow each other under one heading of a draft and
 * copy the same drafts (a paragraph or a section copied whole) make one run, reported as one finding.
 */
function runsOfOneCopy(pending: Pending[]): Pending[][] {
  const sorted = [...pending].sort((a, b) => a.index - b.index);
  const sameCopies = (a: Pending, b: Pending) =>
    a.messageId === b.messageId && a.count === b.count && a.copies.length === b.copies.length && a.copies.every((c, k) => c.passage.draft === b.copies[k]!.passage.draft);
  const runs: Pending[][] = [];
  for (const p of sorted) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    const sameSection = last !== undefined && last.passage.sections.join('\n') === p.passage.sections.join('\n');
    if (run && last && last.passage.draft === p.passage.draft && last.index + 1 === p.index && sameSection && sameCopies(last, p)) run.push(p);
    else runs.push([p]);
  }
  return runs;
}

/** One span from the start of the first to the end of the last. */
function joined(spans: Span[]): Span {
  const first = spans.reduce((a, b) => (b.range![0] < a.range![0] ? b : a));
  const last = spans.reduce((a, b) => (b.range![1] > a.range![1] ? b : a));
  if (first === last) return first;
  return { start: first.start, end: last.end, range: [first.range![0], last.range![1]], ...(first.excerpt === undefined ? {} : { excerpt: first.excerpt }) };
}

const rule: CorpusRule<Summary> = {
  id: 'duplicate',
  description: 'No passage stands twice: identical or reworded copies across drafts are duplicated work.',
  scope: 'corpus',
  defaultSeverity: 'warning',
  // The links were a quarter of the corpus snapshot, which every pre-commit check reads.
  rarelyRead: ['details', 'links'],
  bytes: ['signatures'],
  // Two passages pair only where they share a band: a check of a few drafts reads the signatures of those that share one.
  keyed: { field: 'signatures', keys: bandKeys },
  messages: {
    'cross-team': 'Passage of {{words}} words stands {{alike}} in {{where}}, a draft of {{teams}}: two teams keep the same text',
    'same-team': 'Passage of {{words}} words stands {{alike}} in {{where}}',
    template: 'Passage of {{words}} words stands in {{count}} drafts{{team}}, this one first: a template; declare it in the spec (`duplicates.allow`) or reword the copies',
  },
  summarize({ spec, draft, locate }) {
    // A sentence that conveys a core message, as the message rules read it, is approved text too.
    const conveying = analyseMessages(spec, draft).flatMap((c) => (c.status === 'conveyed' && c.at ? [c.at] : []));
    const passages = passagesOf(draft, spec.duplicates.minWords, approvedOf(spec), conveying).filter((p) => p.stems.size >= MIN_STEMS);
    const spans = passages.map((p) => locate({ offset: sourceOffset(p.start.block, p.start.offset), end: sourceOffset(p.end.block, p.end.offset, true) }));
    const sections = sectionsOf(draft);
    const details: Details = {
      spans: spans.flatMap(({ start, end, range }) => [start.line, start.column, end.line, end.column, range![0], range![1]]),
      excerpts: spans.map((span) => span.excerpt ?? ''),
      words: passages.map((p) => p.words),
      contents: passages.map((p) => p.content.map((t) => t.lower).join(' ')),
      wordings: passages.map(wording),
      sections: passages.map((p) => sections.get(p.start.block) ?? []),
    };
    const headings = [...new Set(draft.blocks.filter((b) => b.kind === 'heading' && b.frontMatterKey === undefined).map((b) => headingName(b, draft.lang)))].filter((name) => name !== '');
    return { signatures: encodeSignatures(passages.map((p) => signature(p.stems))), headings, links: linkedSlugs(draft.source), details };
  },
  check({ spec, drafts, isChecked, report }) {
    const passages = new Passages(drafts);
    const allowed = allowedDrafts(spec);
    const copies = findCopies(passages, spec.duplicates.threshold, (i) => isChecked(passages.draftOf(i)) && !allowed(passages.draftOf(i).specPath));
    const name = draftNames(drafts);
    const { templateMin } = spec.duplicates;
    const running = runningSections(drafts, templateMin);
    // Both copies under a heading of one name that the team's drafts share: an entry carried over.
    const carriedOver = (a: Passage, b: Passage) => a.sections.some((section) => b.sections.includes(section) && running.get(a.draft.team)?.has(section));
    // A draft that links to the draft it repeats follows up on it in the open ("mostly copy-pasted
    // from last year's post"): whoever wrote it knows of the copy.
    // A draft's links are read when it holds a copy.
    const summaries = new Map(drafts.map(({ draft, summary }) => [draft, summary]));
    const links = new Map<DraftInfo, Set<string>>();
    const linksOf = (draft: DraftInfo) => links.get(draft) ?? links.set(draft, new Set(summaries.get(draft)!.links)).get(draft)!;
    const followsUp = (a: DraftInfo, b: DraftInfo) => linksOf(a).has(pageSlug(b.specPath)) || linksOf(b).has(pageSlug(a.specPath));
    const unpacked = new Map<number, Passage>();
    const passage = (i: number) => unpacked.get(i) ?? unpacked.set(i, passages.unpack(i)).get(i)!;
    // Copies in declared drafts are templates already: they make no template of a copy elsewhere.
    const groups = groupsOf(
      copies,
      (i, j) => {
        const [a, b] = [passage(i), passage(j)];
        return sameTeam(a.draft, b.draft) && !allowed(a.draft.specPath) && !allowed(b.draft.specPath) && !carriedOver(a, b);
      },
      (i) => passages.draftOf(i),
    );

    // A team's dated draft repeating another of its dated drafts reuses the team's published text
    // (next year's survey, the point release after the release, a series' standing paragraph):
    // not work done twice.
    const reuses = (a: DraftInfo, b: DraftInfo) => sameTeam(a, b) && a.date !== undefined && b.date !== undefined;
    // Of two dated drafts the later holds the copy; the earlier is where the text first stood.
    const isLater = (a: DraftInfo, b: DraftInfo) => a.date !== undefined && b.date !== undefined && a.date > b.date;
    const pending: Pending[] = [];

    for (const [i, found] of copies) {
      const copied = passage(i);
      if (!isChecked(copied.draft) || allowed(copied.draft.specPath)) continue;
      // The closest copy in each other draft: one related location per draft.
      const closest = new Map<DraftInfo, { passage: Passage; similarity: number }>();
      for (let m = 0; m < found.length; m += 2) {
        const copy = passage(found[m]!);
        const similarity = found[m + 1]!;
        const known = closest.get(copy.draft);
        if (!known || similarity > known.similarity) closest.set(copy.draft, { passage: copy, similarity });
      }
      const matches = [...closest.values()].sort(
        (x, y) => y.similarity - x.similarity || (x.passage.draft.specPath < y.passage.draft.specPath ? -1 : x.passage.draft.specPath > y.passage.draft.specPath ? 1 : 0),
      );
      const team = copied.draft.team;
      // Entries carried from one issue's running section into the next are not work done twice.
      const kept = matches.filter((f) => !followsUp(copied.draft, f.passage.draft) && (!sameTeam(copied.draft, f.passage.draft) || !carriedOver(copied, f.passage)));
      if (kept.length === 0) continue;
      const group = groups.get(i)!;
      if (group.drafts.size >= templateMin) {
        // A template of the team: reported once, at its first draft; its copies in other teams'
        // drafts are reported there.
        if (group.first !== i) continue;
        const others = new Map<DraftInfo, Passage>();
        for (const member of group.members) if (passages.draftOf(member) !== copied.draft && !others.has(passages.draftOf(member))) others.set(passages.draftOf(member), passage(member));
        const shown = [...others.values()].sort((x, y) => (x.draft.specPath < y.draft.specPath ? -1 : 1)).map((other) => ({ passage: other, similarity: 0 }));
        pending.push({ index: i, passage: copied, messageId: 'template', teams: [], copies: shown, count: group.drafts.size });
        continue;
      }
      // A passage the team published before (or the same day) is its own text reused, whoever else
      // copied it; a copy dated after this draft is reported at that copy.
      if (kept.some((f) => reuses(copied.draft, f.passage.draft) && !isLater(f.passage.draft, copied.draft))) continue;
      const sources = kept.filter((f) => !reuses(copied.draft, f.passage.draft) && !isLater(f.passage.draft, copied.draft));
      if (sources.length === 0) continue;
      const otherTeams = [...new Set(sources.map((f) => f.passage.draft.team).filter((t): t is string => t !== undefined && team !== undefined && t !== team))];
      // Another team's copy comes first: it is what the finding is about.
      const shown = otherTeams.length > 0 ? [...sources.filter((f) => !sameTeam(copied.draft, f.passage.draft)), ...sources.filter((f) => sameTeam(copied.draft, f.passage.draft))] : sources;
      pending.push({ index: i, passage: copied, messageId: otherTeams.length > 0 ? 'cross-team' : 'same-team', teams: otherTeams, copies: shown, count: 0 });
    }

    for (const run of runsOfOneCopy(pending)) {
      const [first, last] = [run[0]!, run.at(-1)!];
      const copied = first.passage;
      const words = run.reduce((sum, p) => sum + p.passage.words, 0);
      // Per other draft, the stretch its copies cover and how alike they are.
      const related = first.copies.map((f) => {
        const mates = run.map((p) => p.copies.find((c) => c.passage.draft === f.passage.draft)!);
        const alike =
          first.messageId === 'template'
            ? mates.every((m, k) => m.passage.wording === run[k]!.passage.wording)
              ? 'identical'
              : 'alike'
            : likenessOf(run.map((p, k) => [p.passage, mates[k]!.passage, mates[k]!.similarity] as const));
        return { draft: f.passage.draft, span: joined(mates.map((m) => m.passage.span)), alike };
      });
      const team = copied.draft.team;
      report(copied.draft, {
        messageId: first.messageId,
        data:
          first.messageId === 'template'
            ? { words, count: first.count, team: team === undefined ? '' : ` of ${team}` }
            : {
                words,
                alike: related[0]!.alike,
                where: listed(
                  related.map((r) => name(r.draft)),
                  1,
                ),
                teams: first.teams.join(', '),
              },
        ...(first.messageId === 'template' ? { severity: 'info' as const } : {}),
        at: { span: joined([copied.span, last.passage.span]) },
        related: related.slice(0, MAX_RELATED).map((r) => ({ draft: r.draft, at: { span: r.span }, message: interned(`${r.alike}${r.draft.team ? ` (${r.draft.team})` : ''}`) })),
      });
    }
  },
};

export default rule;
