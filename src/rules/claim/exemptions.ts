// Where a forbidden claim's words are not the draft's own claim: negated ("not … bug-free", "kein
// Marktführer"), quoted (from others, an old slogan), part of a name or title ("Das Erste", a link
// text naming a page), or backed in its sentence by a measurement, a percentage, a citation or a link.

import type { ClaimExemption, Lang } from '../../spec/types.js';
import { languageOf } from '../../languages/index.js';
import { isQuoted } from '../../analysis/quotes.js';
import { quantitiesOf } from '../../analysis/numbers.js';
import { sentencesOf } from '../../analysis/sentences.js';
import { startsSentence, tokensOf, type Token } from '../../analysis/tokens.js';
import { linkAround, referenceLabels } from '../../markdown/links.js';
import { sourceOffset, type ProseBlock } from '../../markdown/prose.js';

/** A claim found in a block: `start` to `end`, with the spec phrase's words as written (none for a pattern). */
export interface FoundClaim {
  block: ProseBlock;
  source: string;
  lang: Lang;
  start: number;
  end: number;
  phraseWords?: readonly string[];
}

/** How many words before a claim a negation still turns it around: "not inherently secure, or bug-free". */
const NEGATION_REACH = 5;

// A figure with a unit of measurement after it: "3.2 ms", "2x", "40 %", "1.5 GB".
const MEASURED = /\d(?:[.,]\d+)?\s?(?:%|×|x(?![\p{L}])|[kMGT]i?B(?![\p{L}])|[mµn]?s(?![\p{L}])|fps(?![\p{L}]))/gu;

/** The first exemption of `exempt` that holds for the claim, or undefined where the claim stands. */
export function exemption(claim: FoundClaim, exempt: ReadonlySet<ClaimExemption>): ClaimExemption | undefined {
  if (exempt.has('quoted') && isQuoted(claim.block, claim.start, claim.end)) return 'quoted';
  if (exempt.has('negated') && negated(claim)) return 'negated';
  if (exempt.has('named') && named(claim)) return 'named';
  if (exempt.has('backed') && backed(claim)) return 'backed';
  return undefined;
}

function sentenceOf({ block, lang, start }: FoundClaim) {
  return sentencesOf(block, lang).find((sentence) => sentence.start <= start && start < sentence.end) ?? { start: 0, end: block.text.length, tokens: tokensOf(block, lang) };
}

/** A negation among the few words before the claim in its sentence, with no clause mark (; : ( —) between. */
function negated(claim: FoundClaim): boolean {
  const { text } = claim.block;
  const { isNegation } = languageOf(claim.lang);
  const before = sentenceOf(claim).tokens.filter((token) => token.end <= claim.start);
  let after = claim.start;
  for (const token of before.slice(-NEGATION_REACH).reverse()) {
    if (/[;:()\u2014\u2013]/u.test(text.slice(token.end, after))) return false;
    if (isNegation(token.lower)) return true;
    after = token.start;
  }
  return false;
}

/**
 * Part of a name or title: a word the phrase writes lowercase stands capitalised, not at a
 * sentence's start ("Das Erste", "The Fastest Way Home"), or the claim is inside a link's text (the
 * title of the page it links).
 */
function named({ block, source, lang, start, end, phraseWords }: FoundClaim): boolean {
  const tokens = tokensOf(block, lang).filter((token) => token.start >= start && token.end <= end);
  const title = (token: Token) => /^\p{Lu}/u.test(token.text) && !startsSentence(block.text, token.start);
  // A pattern has no spelling of its own: its words all capitalised ("The Fastest") make a title.
  const words = tokens.filter((token) => /\p{L}/u.test(token.text));
  const capitalised = phraseWords ? tokens.some((token, i) => title(token) && !/^\p{Lu}/u.test(phraseWords[i] ?? '')) : words.length > 1 && words.every(title);
  if (capitalised) return true;
  return linkAround(source, sourceOffset(block, start), sourceOffset(block, end, true)) !== undefined;
}

/**
 * Backed in its sentence: a measurement or a percentage other than the claim's own, a footnote or
 * a link (one that opens the sentence names its subject rather than a source).
 */
function backed(claim: FoundClaim): boolean {
  const { block, source, lang, start, end } = claim;
  const sentence = sentenceOf(claim);
  const outside = (from: number, to: number) => to <= start || from >= end;
  // A percentage ("at 86%"); a count or a price ("4,800 customers", "ab 39 Euro") measures nothing the claim says.
  const percentage = quantitiesOf(block, lang).some((q) => q.unit === '%' && q.start >= sentence.start && q.end <= sentence.end && outside(q.start, q.end));
  if (percentage) return true;
  for (const match of block.text.slice(sentence.start, sentence.end).matchAll(MEASURED)) {
    if (outside(sentence.start + match.index, sentence.start + match.index + match[0].length)) return true;
  }
  const from = sourceOffset(block, sentence.start);
  const to = sourceOffset(block, sentence.end, true);
  const markup = source.slice(from, to);
  // A link's text ends in "](" or "][", or "]" for a shortcut reference; HTML links and footnotes.
  const labels = referenceLabels(source);
  for (const link of markup.matchAll(/\]\(|\]\[|\[\^|<a\s|<https?:|\[([^\]\n]+)\](?![(:[])/gu)) {
    if (link[1] !== undefined && !labels.has(link[1].trim().toLowerCase().replace(/\s+/gu, ' '))) continue;
    const opening = link[1] !== undefined ? link.index : markup.lastIndexOf('[', link.index);
    // The sentence's text starts inside the link's text when its "[" stands before the sentence.
    const opensSentence = !link[0].startsWith('<') && !link[0].startsWith('[^') && !/[\p{L}\p{N}]/u.test(markup.slice(0, Math.max(opening, 0)));
    if (!opensSentence) return true;
  }
  return false;
}
