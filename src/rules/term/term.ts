// term: avoid forms (inflected too), wrong casings of case-sensitive terms, unhyphenated compounds.

import type { DraftRule } from '../../engine/rule.js';
import type { Lang, Spec, Term } from '../../spec/types.js';
import { capitalise, respell, sameCasing } from './casing.js';
import { begunApart, emphasisAround, unhyphenatedCompound } from './compounds.js';
import { inOrganisationName } from '../../analysis/organisations.js';
import { inSentence } from '../../analysis/running-text.js';
import { languageOf } from '../../languages/index.js';
import { perLanguage } from '../../util/memo.js';
import { PhraseMatcher, type PhraseMatch } from '../../analysis/phrases.js';
import { isDefinitionLabel, linkAround } from '../../markdown/links.js';
import { sourceOffset, type ProseBlock } from '../../markdown/prose.js';
import { isIdentifierPart, startsSentence, tokenize, tokensOf } from '../../analysis/tokens.js';

interface TermForm {
  term: Term;
  kind: 'avoid' | 'use';
  /** An avoid form with capitals and no casing of its own leaves all-lowercase words alone ("radosgw" for `RadosGW`). */
  skipsLowercase?: boolean;
}

// Regular endings whose transfer from the avoid form to the term gives a safe fix ("kostenlosen" → "kostenfreien").
const TRANSFERABLE_ENDINGS = new Set(['', 's', 'e', 'n', 'en', 'er', 'es', 'em']);

const stems = (text: string, lang: Lang) =>
  tokenize(text, lang)
    .map((t) => t.stem)
    .join(' ');

/** The words of a phrase, lowercase, whatever joins them: "OK-Lab" and "OK Lab" have the same. */
const wordsOf = (text: string, lang: Lang) =>
  tokenize(text, lang)
    .map((t) => t.lower)
    .join(' ');

const holdsIn = (term: Term, lang: Lang) => term.lang === undefined || term.lang.includes(lang);

const matcherFor = perLanguage(
  (spec: Spec, lang: Lang) =>
    new PhraseMatcher<TermForm>(
      spec.terms
        .filter((term) => holdsIn(term, lang))
        .flatMap((term) => [
          ...term.avoid.map((avoid) => {
            const ownCase = term.avoidCase?.[avoid];
            return {
              text: avoid,
              // An avoid form that differs from the term only in casing can only be told apart by casing,
              // one that differs only in its joiners ("OK-Lab", "OK Lab") only by them, and one that
              // stems like the term ("heating pump", "heat pump") only by its own words.
              caseSensitive: ownCase ?? (term.caseSensitive || avoid.toLowerCase() === term.use.toLowerCase()),
              exact: stems(avoid, lang) === stems(term.use, lang),
              exactJoins: wordsOf(avoid, lang) === wordsOf(term.use, lang),
              payload: { term, kind: 'avoid' as const, skipsLowercase: ownCase === undefined && avoid !== avoid.toLowerCase() },
            };
          }),
          ...(term.caseSensitive || term.compound ? [{ text: term.use, caseSensitive: false, payload: { term, kind: 'use' as const } }] : []),
        ]),
      lang,
    ),
);

/**
 * Whether the span is in a link's text and the link's address spells it too ("[Opendata
 * Buddy](https://www.open3.at/…/opendata-buddy)"): the linked party's own name, not the draft's wording.
 */
function ownNameOfLink(block: ProseBlock, source: string, start: number, end: number): boolean {
  const link = linkAround(source, sourceOffset(block, start), sourceOffset(block, end, true));
  const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return link !== undefined && letters(link.url).includes(letters(block.text.slice(start, end)));
}

// A title, a colon and a capitalised subtitle, all of a link's text: "Open Source-Hardware: Mehr Wissen durch Teilen".
const TITLE_AND_SUBTITLE = /^[^:\n]*\p{L}[^:\n]*:[ \t]+\p{Lu}[^:]*$/u;

/**
 * Whether the span is in the title of a linked page: a link whose text is its whole paragraph or
 * list item, as in a changelog of pull requests ("- [Github: Fix color handling …](…/pull/13001)"),
 * or a link whose text is a title and subtitle ("in seinem Artikel [Open Source-Hardware: Mehr Wissen durch Teilen](…)").
 */
function inTitleLink(block: ProseBlock, source: string, start: number, end: number): boolean {
  // An image's description fills its brackets, but it names no linked page.
  if (block.kind === 'alt') return false;
  const link = linkAround(source, sourceOffset(block, start), sourceOffset(block, end, true));
  if (link === undefined) return false;
  return (
    (sourceOffset(block, 0) === link.textStart && sourceOffset(block, block.text.trimEnd().length, true) <= link.textEnd + 2) || TITLE_AND_SUBTITLE.test(source.slice(link.textStart, link.textEnd))
  );
}

/**
 * Whether the span is in the title of an event of others in a listing: a bold or italic span after
 * the listing's label, outside a sentence ("Mittwoch, 04.06.2025, online: **GIS@Lunch-Webinar: Open
 * Data-Angebot des BKG**"). The title is the organiser's, spelled as their calendar entry spells it.
 */
function inListedTitle(block: ProseBlock, source: string, start: number, end: number, lang: Lang): boolean {
  const emphasis = emphasisAround(source, sourceOffset(block, start), sourceOffset(block, end, true));
  return emphasis !== undefined && /:[ \t]*$/u.test(emphasis.before) && !inSentence(block, start, lang);
}

// A link to an issue or pull request, right before an opening parenthesis: "<https://github.com/o/r/issues/6850> (".
const ISSUE_LINK_BEFORE = /\/(?:issues|pull|pulls|merge_requests)\/\d+[^\s()<>]*[>)]?[ \t]*$/u;

/**
 * Whether the span is in parentheses right after a link to an issue or pull request: the issue's
 * title, quoted ("<https://github.com/rust-lang/crates.io/issues/6850> (Crates.io crate download
 * API is redirecting to invalid URL)").
 */
function inIssueTitle(block: ProseBlock, source: string, start: number, end: number): boolean {
  const open = block.text.lastIndexOf('(', start);
  if (open < 0 || block.text.slice(open, start).includes(')') || !block.text.slice(end).includes(')')) return false;
  const at = sourceOffset(block, open);
  return ISSUE_LINK_BEFORE.test(source.slice(Math.max(0, at - 300), at));
}

/**
 * Whether the avoid form glosses the term in parentheses, or the term glosses it ("[WebAssembly][]
 * (wasm)", "wasm (WebAssembly)"): the draft introduces the other name, it does not use it.
 */
function glossesTerm(text: string, start: number, end: number, term: Term): boolean {
  const use = term.use.toLowerCase();
  const opening = /\(\s*$/u.exec(text.slice(0, start));
  if (opening && /^\s*\)/u.test(text.slice(end)) && text.slice(0, opening.index).trimEnd().toLowerCase().endsWith(use)) return true;
  const gloss = /^\s*\(\s*([^()]*?)\s*\)/u.exec(text.slice(end));
  return gloss !== null && gloss[1]!.toLowerCase() === use;
}

/**
 * The term in place of an avoid form, carrying over a regular inflection ending; undefined where
 * unsafe. In a compound its words are hyphenated through (Durchkopplung): "OpenSource-Bibliotheken"
 * → "Open-Source-Bibliotheken", never "Open Source-Bibliotheken".
 */
function replacement(text: string, match: PhraseMatch<TermForm>, inCompound: boolean): string | undefined {
  const { term } = match.phrase.payload;
  const found = match.tokens;
  const words = match.phrase.words;
  for (let i = 0; i < found.length - 1; i++) if (found[i]!.lower !== words[i]!.lower) return undefined;
  const last = found[found.length - 1]!.lower;
  const lastWord = words[words.length - 1]!.lower;
  if (!last.startsWith(lastWord)) return undefined;
  const ending = last.slice(lastWord.length);
  if (!TRANSFERABLE_ENDINGS.has(ending)) return undefined;
  const fix = inCompound ? hyphenated(term.use + ending) : term.use + ending;
  // A capital at a sentence's start, unless it would write an avoid form again ("Crates.io" for `crates.io`).
  const capitalised = /^\p{Lu}/u.test(found[0]!.text) && startsSentence(text, match.start) && !term.avoid.includes(capitalise(fix));
  return capitalised ? capitalise(fix) : fix;
}

// A word hyphened to the span, and no more: "-Day" of "OpenData-Day", not of "OpenData-Day-Ableger".
const HYPHENED_WORD = /^-(\p{L}+)(?![\p{L}\p{N}-])/u;

/** Found text as the message shows it: a line break inside it is a space, as Markdown reads it. */
const oneLine = (text: string) => text.replace(/[ \t]*\n[ \t]*/gu, ' ');

/** A name's words hyphenated through, as the first part of a German compound: "Open Source" → "Open-Source". */
const hyphenated = (name: string) => name.replace(/[ \u00a0]+/gu, '-');

/**
 * Whether the span is joined by a hyphen to a word before or after it: part of a compound
 * ("OKLab-Treffen", "Berliner-OK-Lab"), also where the hyphen stands for a noun left out
 * ("OpenSource- und OpenData-Projekte", "(OpenSource-)Software").
 */
function joinedByHyphen(text: string, start: number, end: number): boolean {
  return /^-(?!-)/u.test(text.slice(end, end + 2)) || /[\p{L}\p{N}]-$/u.test(text.slice(Math.max(0, start - 2), start));
}

const rule: DraftRule = {
  id: 'term',
  description: 'Use the approved terms: no avoided forms, the approved casing, hyphenated compounds.',
  scope: 'draft',
  defaultSeverity: 'error',
  messages: {
    avoid: 'Unexpected `{{found}}`, expected `{{expected}}`',
    casing: 'Unexpected casing `{{found}}`, expected `{{expected}}`',
    compound: 'Unhyphenated compound `{{found}}`, expected `{{expected}}`',
  },
  check({ spec, draft, report }) {
    if (spec.terms.length === 0) return;
    const matcher = matcherFor(spec, draft.lang);
    // Compounds with a name take hyphens only in languages that build them so (German).
    const { compounds } = languageOf(draft.lang);
    for (const block of draft.blocks) {
      const { text } = block;
      // The label of a link reference definition is no prose, though read as such where its destination does not parse.
      const matches = matcher
        .find(text, tokensOf(block, draft.lang))
        .filter(
          (m) =>
            !isDefinitionLabel(draft.source, sourceOffset(block, m.start), sourceOffset(block, m.end, true)) &&
            !inListedTitle(block, draft.source, m.start, m.end, draft.lang) &&
            !inIssueTitle(block, draft.source, m.start, m.end),
        );
      // Two avoid forms of one term can match the same words ("Ebike", "eBike"): report them once.
      // An identifier (a crate, repository, file or domain name: "wasm-bindgen", "opendata.swiss")
      // is no word of prose, and an all-lowercase word is a program name or slug to a form with capitals.
      const avoided = matches.filter(
        (m, i) =>
          m.phrase.payload.kind === 'avoid' &&
          !isIdentifierPart(text, m.start, m.end) &&
          !glossesTerm(text, m.start, m.end, m.phrase.payload.term) &&
          // A company's name is its own spelling ("OpenSource Science B.V.").
          !inOrganisationName(text, m.end) &&
          !(m.phrase.payload.skipsLowercase && !/\p{Lu}/u.test(text.slice(m.start, m.end))) &&
          // Only a name (a form with capitals) is the linked party's own; and an address tells no
          // casing, so it speaks only for other letters or joins.
          !(/\p{Lu}/u.test(m.phrase.text) && m.phrase.text.toLowerCase() !== m.phrase.payload.term.use.toLowerCase() && ownNameOfLink(block, draft.source, m.start, m.end)) &&
          !(/\p{Lu}/u.test(m.phrase.text) && inTitleLink(block, draft.source, m.start, m.end)) &&
          !matches.slice(0, i).some((o) => o.phrase.payload.term === m.phrase.payload.term && o.phrase.payload.kind === 'avoid' && o.start === m.start && o.end === m.end),
      );
      for (const match of avoided) {
        const { term } = match.phrase.payload;
        const found = text.slice(match.start, match.end);
        const inCompound = compounds !== undefined && joinedByHyphen(text, match.start, match.end);
        // Hyphened to a noun that ends English names of events ("OpenData-Day"), it is an event's name,
        // written apart in English ("Open Data Day"): which spelling the event has, a person decides.
        const eventName = compounds !== undefined && compounds.foreignNameHeads.has(HYPHENED_WORD.exec(text.slice(match.end, match.end + 40))?.[1]?.toLowerCase() ?? '');
        const fix = eventName || (inCompound && begunApart(text, match.start)) ? undefined : replacement(text, match, inCompound);
        // Written as the term wants it after all: an avoid form that differs from the term only in its
        // joiners is the term hyphenated through, in a compound ("OK-Lab-Treffen").
        if (fix === found) continue;
        report({
          messageId: 'avoid',
          // The message names what the fix writes, inflection and hyphens included.
          data: { found: oneLine(found), expected: fix ?? term.use },
          at: { block, start: match.start, end: match.end },
          entry: term,
          ...(fix === undefined ? {} : { fix }),
        });
      }
      for (const match of matches) {
        const { term, kind } = match.phrase.payload;
        if (kind !== 'use' || avoided.some((a) => a.start < match.end && match.start < a.end)) continue;
        const found = text.slice(match.start, match.end);
        if (term.caseSensitive && !sameCasing(match.tokens, match.phrase.words) && !isIdentifierPart(text, match.start, match.end)) {
          const expected = respell(text, match.tokens, match.phrase.words);
          // A lowercase term may start a sentence with a capital.
          if (!(startsSentence(text, match.start) && capitalise(expected) === found)) {
            report({ messageId: 'casing', data: { found: oneLine(found), expected }, at: { block, start: match.start, end: match.end }, entry: term, fix: expected });
            continue;
          }
        }
        if (term.compound === 'hyphenate' && compounds) {
          const problem = unhyphenatedCompound({ block, source: draft.source, tokens: match.tokens, words: match.phrase.words }, compounds);
          // The title of a linked page keeps its spelling, its compounds too.
          if (!problem || inTitleLink(block, draft.source, match.start, match.end)) continue;
          report({
            messageId: 'compound',
            data: { found: oneLine(text.slice(match.start, problem.end)), expected: problem.expected },
            at: { block, start: match.start, end: problem.end },
            entry: term,
            ...(problem.fixable ? { fix: problem.expected } : {}),
          });
        }
      }
    }
  },
};

export default rule;
