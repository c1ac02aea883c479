// Where a forbidden claim's words are not the draft's own claim: negated ("not … bug-free", "kein
// Marktführer"), quoted (from others, an old slogan), part of a name or title ("Das Erste", a link
// text naming a page), backed in its sentence by a measurement, a percentage, a citation or a link,
// an ordinal that counts rather than ranks ("das erste Mal"), or a target set for a year ("bis 2035").

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
  if (exempt.has('counted') && counted(claim)) return 'counted';
  if (exempt.has('targeted') && targeted(claim)) return 'targeted';
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

/** How many words after "first" its noun and the scope it ranks in may take: "das erste OK Lab in …". */
const SCOPE_REACH = 5;

/**
 * An ordinal of first-ness that counts rather than ranks: it claims to be first only within a
 * scope, a place or a kind after its noun ("das erste Lab in Rheinland-Pfalz", "the first … to
 * offer") or a word such as "weltweit" beside it. Without one it counts occurrences ("das erste
 * Mal"), one of a set ("das erste von 31 Kapiteln") or a step of a story ("Das erste Hindernis").
 */
function counted(claim: FoundClaim): boolean {
  const words = languageOf(claim.lang).claims;
  if (!words) return false;
  const { text } = claim.block;
  const tokens = sentenceOf(claim).tokens;
  const first = tokens.findIndex((token) => token.start >= claim.start && token.end <= claim.end && words.first.has(token.lower));
  if (first === -1) return false;
  if (tokens.slice(Math.max(first - 2, 0), first).some((token) => words.scopeAround.has(token.lower))) return false;
  const next = tokens[first + 1];
  if (next && /^[\s\p{L}]*$/u.test(text.slice(tokens[first]!.end, next.start)) && (words.occurrences.has(next.lower) || words.partitive.has(next.lower))) return true;
  let before = tokens[first]!.end;
  for (const token of tokens.slice(first + 1, first + 1 + SCOPE_REACH)) {
    // A clause mark ends the noun phrase: what follows no longer scopes the rank.
    if (/[,;:()\u2014\u2013.!?]/u.test(text.slice(before, token.start))) break;
    // "in 2024" dates the first, it sets no scope.
    if (words.scopeAround.has(token.lower) || (words.scopeAfter.has(token.lower) && !/^\s*\d/u.test(text.slice(token.end)))) return false;
    before = token.end;
  }
  return true;
}

/** Set as a target for a year, in the claim's sentence: "100 % erneuerbare Energie bis 2035", "carbon-neutral by 2030". */
function targeted(claim: FoundClaim): boolean {
  const words = languageOf(claim.lang).claims;
  if (!words) return false;
  const { text } = claim.block;
  return sentenceOf(claim).tokens.some((token) => words.untilYear.has(token.lower) && /^\s+(?:(?:zum|dem|the)\s+(?:Jahr|year)\s+)?(?:19|20)\d\d\b/iu.test(text.slice(token.end)));
}
