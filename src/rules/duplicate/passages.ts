// Passages of a draft for duplicate detection: runs of whole sentences of at least `minWords`
// words, short blocks (list items, FAQ lines) joined, text approved in the spec left out.

import type { Draft } from '../../drafts/types.js';
import type { Lang } from '../../spec/types.js';
import type { ProseBlock, ProseSpan } from '../../markdown/prose.js';
import { sentencesOf } from '../../analysis/sentences.js';
import { isQuoted, quotesOf } from '../../analysis/quotes.js';
import { languageOf } from '../../languages/index.js';
import { tokenize, type Token } from '../../analysis/tokens.js';
import { fnv1a } from './minhash.js';

export interface Passage {
  draft: Draft;
  /** First and last prose position: block and offset. */
  start: { block: ProseBlock; offset: number };
  end: { block: ProseBlock; offset: number };
  words: number;
  /** Stems of the content words: what finds candidate copies. */
  stems: Set<string>;
  /** The content words, whose letter 4-grams measure how alike two candidates are. */
  content: Token[];
  /** Every word in order: equal wording makes two copies identical. */
  tokens: Token[];
}

const SHINGLE = 3;
const GRAM = 4;

/**
 * The letter 4-grams of words, with their edges, hashed to numbers: a reworded copy keeps most of
 * them where it swaps "bezahlen" for "zahlen" or "weiter" for "weiterhin", which whole words or
 * stems would not.
 */
export function letterGrams(words: Iterable<string>): Uint32Array {
  const grams: number[] = [];
  for (const lower of words) {
    const padded = ` ${lower} `;
    for (let i = 0; i + GRAM <= padded.length; i++) {
      let hash = 0x811c9dc5;
      for (let k = i; k < i + GRAM; k++) hash = Math.imul(hash ^ padded.charCodeAt(k), 0x01000193);
      grams.push(hash >>> 0);
    }
  }
  // Sorted, without repeats: a quarter of the memory of a Set, and two of them compare in one merge.
  const sorted = Uint32Array.from(grams).sort();
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i]!;
  return sorted.slice(0, unique);
}

function shingles(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= tokens.length; i++)
    out.push(
      tokens
        .slice(i, i + SHINGLE)
        .map((t) => t.lower)
        .join(' '),
    );
  return out;
}

/** Word triples of approved texts (boilerplate, core messages): repeating them is the point. */
export function approvedShingles(texts: Iterable<[string, Lang]>): Set<string> {
  const set = new Set<string>();
  for (const [text, lang] of texts) for (const shingle of shingles(tokenize(text, lang))) set.add(shingle);
  return set;
}

interface Sentence {
  block: ProseBlock;
  start: number;
  end: number;
  tokens: Token[];
}

const approvedWords = new WeakMap<ReadonlySet<string>, Set<string>>();

/** A sentence most of whose word triples are approved text is no one's own work to duplicate. */
function isApproved(tokens: readonly Token[], approved: ReadonlySet<string>): boolean {
  if (approved.size === 0) return false;
  // An approved triple needs three words of approved text: most sentences have fewer, and are done.
  let words = approvedWords.get(approved);
  if (!words) approvedWords.set(approved, (words = new Set([...approved].flatMap((shingle) => shingle.split(' ')))));
  let found = 0;
  for (const token of tokens) if (words.has(token.lower) && ++found === SHINGLE) break;
  if (found < SHINGLE) return false;
  const own = shingles(tokens);
  return own.length > 0 && own.filter((s) => approved.has(s)).length >= own.length / 2;
}

/** Whether most words of a sentence stand in quotation marks. */
const quotation = (block: ProseBlock, tokens: readonly Token[]) => quotesOf(block).length > 0 && tokens.filter((t) => isQuoted(block, t.start, t.end)).length * 2 > tokens.length;

/**
 * A paragraph of `minWords` words or more is cut, from its start, into runs of whole sentences
 * (a short rest joins the last run), so that a copied paragraph is cut the same way wherever it
 * stands; shorter blocks in a row (list items, FAQ lines) are joined until they are long enough.
 */
export function passagesOf(draft: Draft, minWords: number, approved: ReadonlySet<string>, conveying: readonly ProseSpan[] = []): Passage[] {
  const stop = languageOf(draft.lang).stopWords;
  const passages: Passage[] = [];
  const count = (run: readonly Sentence[]) => run.reduce((sum, s) => sum + s.tokens.length, 0);
  const emit = (run: readonly Sentence[]) => {
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last || count(run) < minWords) return;
    const tokens: Token[] = [];
    const content: Token[] = [];
    const stems = new Set<string>();
    for (const sentence of run) {
      for (const token of sentence.tokens) {
        tokens.push(token);
        if (stop.has(token.lower)) continue;
        content.push(token);
        stems.add(token.stem);
      }
    }
    passages.push({ draft, start: { block: first.block, offset: first.start }, end: { block: last.block, offset: last.end }, words: tokens.length, stems, content, tokens });
  };
  let short: Sentence[] = [];
  const flushShort = () => {
    emit(short);
    short = [];
  };
  for (const block of draft.blocks) {
    // A front-matter value (a description, an excerpt) stands alone: it runs on into no paragraph.
    const alone = block.frontMatterKey !== undefined;
    if (alone) flushShort();
    // A heading starts a new passage: what follows it is another subject. A block quote cites
    // its source (often another draft): quoting is not writing the same thing again.
    if (block.kind === 'heading' || block.quoted) {
      flushShort();
      continue;
    }
    // Sentences of approved text, or that convey a core message in other words, and sentences
    // mostly in quotation marks (a law, someone's statement), which cite their source as a block
    // quote does, make no passage.
    const sentences: Sentence[] = [];
    let leftOut = false;
    for (const sentence of sentencesOf(block, draft.lang)) {
      const conveys = conveying.some((span) => span.block === block && span.start <= sentence.start && sentence.end <= span.end);
      if (conveys || isApproved(sentence.tokens, approved) || quotation(block, sentence.tokens)) {
        leftOut = true;
        continue;
      }
      sentences.push({ block, start: sentence.start, end: sentence.end, tokens: sentence.tokens });
    }
    // What is left of a paragraph without its approved or quoted sentences is a fragment: joined
    // to the blocks around it, it would cut them differently from their copies elsewhere.
    if (leftOut && count(sentences) < minWords) {
      flushShort();
      continue;
    }
    if (count(sentences) < minWords) {
      short.push(...sentences);
      if (count(short) >= minWords || alone) flushShort();
      continue;
    }
    flushShort();
    let run: Sentence[] = [];
    const runs: Sentence[][] = [];
    for (const sentence of sentences) {
      run.push(sentence);
      if (count(run) >= minWords) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length > 0) runs[runs.length - 1]!.push(...run);
    runs.forEach(emit);
  }
  flushShort();
  return passages;
}

// Additions in brackets ("Veranstaltungen (Kalender/Karte)") and numbers ("What's in 1.61.0 stable")
// vary from one issue of a series to the next; the heading's name is what is left.
const BRACKETED = /\([^()]*\)|\[[^\]]*\]/g;
const HAS_DIGIT = /\d/;

/** A heading's name: its words in lowercase, bracketed additions and numbers aside. */
export function headingName(block: ProseBlock, lang: Lang): string {
  return tokenize(
    block.text.replace(BRACKETED, (bracketed) => ' '.repeat(bracketed.length)),
    lang,
  )
    .filter((t) => !HAS_DIGIT.test(t.text))
    .map((t) => t.lower)
    .join(' ');
}

/** Per block of a draft, the names of the headings it stands under, outermost first. */
export function sectionsOf(draft: Draft): Map<ProseBlock, string[]> {
  const sections = new Map<ProseBlock, string[]>();
  let open: { depth: number; name: string }[] = [];
  for (const block of draft.blocks) {
    // A front-matter title heads no section: the Markdown's headings do.
    if (block.frontMatterKey !== undefined) {
      if (block.kind !== 'heading') sections.set(block, []);
      continue;
    }
    if (block.kind === 'heading') {
      open = [...open.filter((h) => h.depth < block.depth), { depth: block.depth, name: headingName(block, draft.lang) }];
      continue;
    }
    sections.set(
      block,
      open.map((h) => h.name).filter((name) => name !== ''),
    );
  }
  return sections;
}

/**
 * A hash of a passage's words in order, casing aside: equal for copies worded alike to the letter.
 * Two chains of seeded 32-bit hashes, each word hashed with the hash of the words before it as its
 * seed; read word by word, without joining the words, they took two thirds of the time of SHA-256
 * of the joined text.
 */
export function wording(passage: Passage): string {
  let first = 0;
  let second = 0x5bd1e995;
  for (const token of passage.tokens) {
    first = fnv1a(token.lower, first);
    second = fnv1a(token.lower, second);
  }
  return `${first.toString(36)}.${second.toString(36)}`;
}
