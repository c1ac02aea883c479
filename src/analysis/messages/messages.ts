// Does a draft convey a core message? Compares windows of sentences — as many as the message has,
// or one more — with the message's text and variants in the draft's language on stems of content
// words (how a word stands in a sentence: traces.ts), each sentence of the message on its own
// terms, then looks for what changes the content in the message's place: another number for the
// same thing, a negation of its claim, a swapped key term. Shared by missing-message,
// message-drift and `onevoice coverage`.

import type { Draft } from '../../drafts/types.js';
import type { CoreMessage, Lang, Spec } from '../../spec/types.js';
import { perDraft, perLanguage } from '../../util/memo.js';
import { quantitiesOf, readQuantities, sameDate, type Quantity } from '../numbers.js';
import type { ProseSpan } from '../../markdown/prose.js';
import { sentencesOf, splitSentences } from '../sentences.js';
import { languageOf } from '../../languages/index.js';
import { tokenize, type Token } from '../tokens.js';
import { presence, slotsOf, splitsOf, standsIn, TraceIndex, type Trace, type TracedText, type TracedWord } from './traces.js';

/** Share of a form's content that a sentence must reproduce to convey it. */
export const CONVEYED = 0.6;
/** Share at which a sentence is recognisably the message, so that a changed detail is drift. */
export const RECOGNISABLE = 0.5;

interface ContentWord extends TracedWord {
  /** A name or a number: a swap here changes what is said. */
  key: boolean;
  /** A name (the brand, a term, a run of capitalised words) or a number: such words alone say nothing. */
  entity: boolean;
  weight: number;
  /** A word of the spec's brand: a draft of the brand's own speaks of it without naming it. */
  brand: boolean;
  /** The sentence of the form it stands in. */
  part: number;
}

interface MessageForm extends TracedText {
  text: string;
  kind: 'text' | 'variant';
  tokens: Token[];
  content: ContentWord[];
  /** The content words of each of its sentences. */
  parts: ContentWord[][];
  quantities: Quantity[];
  negated: boolean;
}

export interface Drift {
  kind: 'number' | 'negation' | 'term';
  /** What the sentence says in place of the approved wording, and where (block offsets). */
  found: string;
  expected: string;
  start: number;
  end: number;
}

export interface Conveyance {
  message: CoreMessage;
  status: 'conveyed' | 'drifted' | 'absent';
  score: number;
  /** The sentence that conveys the message best. */
  at?: ProseSpan;
  form?: { text: string; kind: 'text' | 'variant' };
  /** Sentences that are recognisably the message but change its content, in text order. */
  drifts: DriftedSentence[];
  /** Where the message is absent: the sentence that comes closest to it, a candidate variant. */
  closest?: ProseSpan;
}

export interface DriftedSentence {
  at: ProseSpan;
  score: number;
  form: { text: string; kind: 'text' | 'variant' };
  drift: Drift;
}

/**
 * Spans of version numbers: "1.85.0", "v2.1", "Rust 1.85" (a number with a point after a name). A
 * version names a release, it says nothing: "create Rust 1.84.0" is the message written for 1.85.0.
 */
export function versionsIn(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}.])(?:v\d+(?:\.\d+)+|\d+(?:\.\d+){2,}|(?<=\p{Lu}[\p{L}\p{N}]*\s)\d+\.\d+)(?![\p{L}\p{N}]|\.\d)/gu)) {
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

const within = (spans: readonly [number, number][], start: number, end: number) => spans.some(([from, to]) => start >= from && end <= to);

const formsCache = new WeakMap<CoreMessage, Map<Lang, MessageForm[]>>();

function formsOf(message: CoreMessage, lang: Lang, names: ReadonlySet<string>, brandWords: ReadonlySet<string>): MessageForm[] {
  let byLang = formsCache.get(message);
  if (!byLang) formsCache.set(message, (byLang = new Map()));
  let forms = byLang.get(lang);
  if (forms) return forms;
  const texts: [string, MessageForm['kind']][] = [
    ...(message.text[lang] === undefined ? [] : [[message.text[lang]!, 'text'] as [string, 'text']]),
    ...(message.variants[lang] ?? []).map((v) => [v, 'variant'] as [string, 'variant']),
  ];
  const { isNegation } = languageOf(lang);
  forms = texts.map(([text, kind]) => {
    const versions = versionsIn(text);
    const tokens = tokenize(text, lang).filter((t) => !within(versions, t.start, t.end));
    const quantities = readQuantities(text, lang).filter((q) => q.role !== 'year' && q.role !== 'reference' && !within(versions, q.start, q.end));
    const sentences = splitSentences(text, lang);
    const partOf = (token: Token) =>
      Math.max(
        0,
        sentences.findIndex((s) => token.start < s.end),
      );
    const content = contentWords(tokens, lang, names, brandWords, partOf);
    const parts = sentences.map((_, i) => content.filter((w) => w.part === i)).filter((part) => part.length > 0);
    const last = content[content.length - 1];
    const slots = last ? last.offset + slotsOf(last) : 0;
    return { text, kind, tokens, content, parts, quantities, negated: tokens.some((t) => isNegation(t.lower)), slots };
  });
  byLang.set(lang, forms);
  return forms;
}

const capitalised = (token: Token) => /^\p{Lu}/u.test(token.text);

function contentWords(tokens: readonly Token[], lang: Lang, names: ReadonlySet<string>, brandWords: ReadonlySet<string>, partOf: (token: Token) => number): ContentWord[] {
  const { stopWords: stop, isNegation, nounDeterminers } = languageOf(lang);
  let offset = 0;
  return tokens
    .filter((t) => !stop.has(t.lower) && !isNegation(t.lower) && (t.lower.length > 1 || /\d/.test(t.lower)))
    .map((token) => {
      const number = /^\d/.test(token.lower);
      const at = tokens.indexOf(token);
      // Where every noun takes a capital (German), a name goes without an article ("in Deutschland"),
      // a common noun rarely does ("die Nachbarschaft", "im Abo").
      const named = capitalised(token) && at > 0 && !nounDeterminers?.has(tokens[at - 1]!.lower);
      // Names run together ("Open Knowledge Foundation"): a capitalised neighbour makes a name.
      const inName = capitalised(token) && [tokens[at - 1], tokens[at + 1]].some((t) => t !== undefined && capitalised(t) && t.end - t.start > 1);
      const weight = brandWords.has(token.lower) ? 0.5 : number ? 2 : 1;
      const entity = number || brandWords.has(token.lower) || (capitalised(token) && names.has(token.stem)) || (inName && (named || !nounDeterminers));
      const word = { token, key: number || named, entity, brand: brandWords.has(token.lower), weight, part: partOf(token), splits: splitsOf(token.lower), offset };
      offset += slotsOf(word);
      return word;
    });
}

/** A form of one of the spec's messages, numbered within its `Lexicon`. */
interface NumberedForm extends MessageForm {
  number: number;
}

/** The forms of the spec's messages in one language, numbered, and their traces. */
interface Lexicon {
  messages: { message: CoreMessage; forms: NumberedForm[] }[];
  traces: TraceIndex;
  /** The most sentences of any form, plus one: the longest window worth reading. */
  reach: number;
}

const lexiconOf = perLanguage((spec: Spec, lang: Lang): Lexicon => {
  const brandWords = new Set(tokenize(spec.brand ?? '', lang).map((t) => t.lower));
  // What the spec names: its brand and the names its terms spell, by stem.
  const names = new Set([spec.brand ?? '', ...spec.terms.map((term) => term.use)].flatMap((name) => tokenize(name, lang).map((t) => t.stem)));
  const forms: NumberedForm[] = [];
  const messages = spec.messages.map((message) => ({
    message,
    forms: formsOf(message, lang, names, brandWords).map((form) => {
      const numbered = { ...form, number: forms.length };
      forms.push(numbered);
      return numbered;
    }),
  }));
  const reach = 1 + Math.max(1, ...forms.map((form) => form.parts.length));
  return { messages, traces: new TraceIndex(forms), reach };
});

interface Window extends ProseSpan {
  /** The tokens of its sentences, one or a few adjacent ones (a message may run over several). */
  sentences: readonly Token[][];
  /** What each of its sentences says about each form, by form number. */
  traces: readonly (readonly (Trace | undefined)[])[];
}

function windowsOf(draft: Draft, lexicon: Lexicon): Window[] {
  const windows: Window[] = [];
  for (const block of draft.blocks) {
    const sentences = sentencesOf(block, draft.lang);
    const traces = sentences.map((sentence) => lexicon.traces.union(sentence.tokens));
    for (let i = 0; i < sentences.length; i++) {
      let saysAnything = false;
      for (let size = 1; size <= lexicon.reach && i + size <= sentences.length; size++) {
        // A window whose sentences say nothing about any form is no window: most say nothing.
        saysAnything ||= traces[i + size - 1]!.length > 0;
        if (!saysAnything) continue;
        const last = sentences[i + size - 1]!;
        windows.push({
          block,
          start: sentences[i]!.start,
          end: last.end,
          sentences: sentences.slice(i, i + size).map((s) => s.tokens),
          traces: traces.slice(i, i + size),
        });
      }
    }
  }
  return windows;
}

/** What all sentences of a window say about a form: the union of their traces. */
function traceOf(window: Window, form: NumberedForm): Trace | undefined {
  let union: Trace | undefined;
  let copied = false;
  for (const traces of window.traces) {
    const trace = traces[form.number];
    if (!trace) continue;
    if (!union) union = trace;
    else {
      // Copied only where a second sentence adds to it: the sentence's own trace is shared.
      if (!copied) {
        union = [...union];
        copied = true;
      }
      for (let i = 0; i < trace.length; i++) union[i]! |= trace[i]!;
    }
  }
  return union;
}

/** How much of these words stands in a window that left this trace. */
function score(words: readonly ContentWord[], trace: Trace | undefined): { score: number; missing: ContentWord[] } {
  let total = 0;
  let matched = 0;
  const missing: ContentWord[] = [];
  for (const word of words) {
    total += word.weight;
    const found = presence(word, trace);
    matched += found * word.weight;
    if (found === 0) missing.push(word);
  }
  return { score: total === 0 ? 0 : matched / total, missing };
}

/**
 * Whether the window conveys every sentence of the form, leaving aside `aside` (an element it
 * changes, or says by another name). A paraphrase may leave out some content words of a sentence,
 * the more the longer it is: none of three, one of four; in
 * a window longer than the form, shared words are likelier by chance, so there every one must
 * stand. Names and numbers alone convey nothing (`speaksOf`). A window `times` as long as the form
 * or longer uses its words in passing.
 */
function conveys(form: MessageForm, window: Window, trace: Trace | undefined, stop: ReadonlySet<string>, aside: ReadonlySet<ContentWord> = new Set(), times = 3): boolean {
  if (!restates(form, window, stop, times)) return false;
  const loose = window.sentences.length <= form.parts.length;
  return form.parts.every((part) => {
    const words = part.filter((w) => !aside.has(w));
    const { score: value, missing } = score(words, trace);
    if (value < CONVEYED) return false;
    if (loose ? missing.length > Math.floor(part.length * 0.3) : missing.length > 0) return false;
    return speaksOf(words, part, form, window, trace, aside);
  });
}

/**
 * What makes shared words a statement of the message rather than a mention of its names: its other
 * words stand too (half of them, one at least as itself), each of its names stands, at least in
 * part ("OKF DE" for "Open Knowledge Foundation Deutschland") — but where the brand is its only
 * name, its own drafts may speak of it unnamed ("our motto is …") — and its words stand in its
 * order, all but one.
 */
function speaksOf(words: readonly ContentWord[], part: readonly ContentWord[], form: MessageForm, window: Window, trace: Trace | undefined, aside: ReadonlySet<ContentWord>): boolean {
  const plain = words.filter((w) => !w.entity);
  if (plain.length > 0 && (score(plain, trace).score < RECOGNISABLE || !plain.some((w) => presence(w, trace) === 1))) return false;
  const names = namesOf(part);
  const brandOnly = names.every((name) => name.every((w) => w.brand));
  if (!brandOnly && names.some((name) => name.every((w) => aside.has(w) || presence(w, trace) === 0))) return false;
  return outOfOrder(words, form, window) <= 1;
}

/** A near miss, worth offering as a variant: recognisably the form, as long as it, and speaking of it. */
function nearly(form: MessageForm, window: Window, trace: Trace | undefined, stop: ReadonlySet<string>): boolean {
  return window.sentences.length <= form.parts.length && restates(form, window, stop, 2) && speaksOf(form.content, form.content, form, window, trace, new Set());
}

/** The names among a sentence's content words: runs of adjacent capitalised entity words and the brand's words. */
function namesOf(part: readonly ContentWord[]): ContentWord[][] {
  const names: ContentWord[][] = [];
  let previous: ContentWord | undefined;
  for (const word of part) {
    if (!word.entity || !(capitalised(word.token) || word.brand)) {
      previous = undefined;
      continue;
    }
    // Adjacent: no more than a short word between ("Code for Germany").
    if (previous && word.token.start - previous.token.end <= 5) names[names.length - 1]!.push(word);
    else names.push([word]);
    previous = word;
  }
  return names;
}

function sameQuantity(a: Quantity, b: Quantity): boolean {
  return a.kind === 'date' && b.kind === 'date' ? sameDate(a.date!, b.date!) : a.kind === b.kind && a.value === b.value;
}

/** What in the window changes the form's content in the message's place, and which form words it says by another name. */
function driftOf(form: MessageForm, window: Window, trace: Trace | undefined, missing: ContentWord[], lang: Lang): { drift?: Drift; aliased: Set<ContentWord> } {
  const aliased = new Set<ContentWord>();
  const tokens = window.sentences.flat();
  const { isNegation, stopWords: stop } = languageOf(lang);
  const versions = versionsIn(window.block.text);
  const quantities = quantitiesOf(window.block, lang).filter((q) => q.start >= window.start && q.end <= window.end && q.role !== 'year' && q.role !== 'reference' && !within(versions, q.start, q.end));
  const same = (a: Token, b: Token) => a.lower === b.lower || a.stem === b.stem;
  for (const expected of form.quantities) {
    if (quantities.some((q) => sameQuantity(q, expected))) continue;
    // The number counts the same thing: the word it counts ("30 Tage") stands beside the other number too.
    const numberWords = form.content.filter((w) => w.token.start >= expected.start && w.token.end <= expected.end);
    const counted = form.content.find((w) => w.token.start >= expected.end) ?? [...form.content].reverse().find((w) => w.token.end <= expected.start);
    for (const other of quantities) {
      if (other.kind !== expected.kind || (other.unit ?? '') !== (expected.unit ?? '')) continue;
      if (counted && !beside(tokens, other, counted.token, counted.token.start >= expected.end, stop, same)) continue;
      if (!conveys(form, window, trace, stop, new Set(numberWords), 2)) continue;
      return { drift: { kind: 'number', found: other.raw, expected: expected.raw, start: other.start, end: other.end }, aliased };
    }
  }
  // A negation counts where it bears on the message: within three words of one of its words.
  const negation = tokens.find((t, i) => isNegation(t.lower) && tokens.slice(Math.max(0, i - 3), i + 4).some((near) => near !== t && form.content.some((w) => standsIn(form, w, near))));
  const restated = (aside: ReadonlySet<ContentWord> = new Set()) => conveys(form, window, trace, stop, aside, 2);
  if (negation && !form.negated && restated()) return { drift: { kind: 'negation', found: negation.text, expected: '', start: negation.start, end: negation.end }, aliased };
  if (!negation && form.negated && !tokens.some((t) => isNegation(t.lower)) && restated()) {
    const expected = form.tokens.find((t) => isNegation(t.lower))!;
    return { drift: { kind: 'negation', found: '', expected: expected.text, start: window.start, end: window.end }, aliased };
  }
  for (const word of missing) {
    if (aliased.has(word)) continue;
    const substitute = substituteFor(form, word, missing, window, tokens, lang);
    if (!substitute) continue;
    if (substitute.alias) {
      for (const w of substitute.words) aliased.add(w);
      continue;
    }
    if (restated(new Set([...substitute.words, ...aliased]))) return { drift: { kind: 'term', ...substitute.drift }, aliased };
  }
  return { aliased };
}

/**
 * Whether the window is about as long as the form, rather than a long passage that uses its words
 * in passing: at most `times` as long, in content words, plus two. A drift must restate the
 * message (twice as long at most); a paraphrase may say more around it (three times).
 */
function restates(form: MessageForm, window: Window, stop: ReadonlySet<string>, times: number): boolean {
  let words = 0;
  for (const sentence of window.sentences) for (const token of sentence) if (!stop.has(token.lower)) words++;
  return words <= times * form.content.length + 2;
}

/**
 * How many of these words, standing in the window, stand out of the form's order: those left
 * out of the longest run of them that stands in the window in the form's order.
 */
function outOfOrder(words: readonly ContentWord[], form: MessageForm, window: Window): number {
  const tokens = window.sentences.flat();
  // For each word, where it stands; then the longest chain of words at rising places.
  const places = words.map((word) => tokens.flatMap((t, i) => (standsIn(form, word, t) ? [i] : []))).filter((p) => p.length > 0);
  const chains: { at: number; length: number }[][] = [];
  let longest = 0;
  places.forEach((at, j) => {
    chains[j] = at.map((p) => {
      let length = 1;
      for (let i = 0; i < j; i++) for (const c of chains[i]!) if (c.at < p && c.length + 1 > length) length = c.length + 1;
      longest = Math.max(longest, length);
      return { at: p, length };
    });
  });
  return places.length - longest;
}

/** Whether `word` stands right after (or before) the quantity, with only function words between. */
function beside(tokens: readonly Token[], quantity: Quantity, word: Token, after: boolean, stop: ReadonlySet<string>, same: (a: Token, b: Token) => boolean): boolean {
  const near = after ? tokens.filter((t) => t.start >= quantity.end) : tokens.filter((t) => t.end <= quantity.start).reverse();
  for (const token of near.slice(0, 3)) {
    if (same(token, word)) return true;
    if (!stop.has(token.lower)) return false;
  }
  return false;
}

/**
 * Whether `short` abbreviates the name `words` ("OKF DE" for "Open Knowledge Foundation
 * Deutschland"): its letters, in order, are the beginnings of the name's words, from its first.
 */
export function abbreviates(short: string, words: readonly string[]): boolean {
  const letters = short.replace(/[^\p{L}]/gu, '').toLowerCase();
  if (letters.length < 2 || !/^[\p{Lu}\d\s.-]+$/u.test(short.replace(/(?<=\p{Lu})\p{Ll}{1,2}\b/gu, ''))) return false;
  const lower = words.map((w) => w.toLowerCase());
  const match = (i: number, w: number): boolean => {
    if (i === letters.length) return true;
    if (w >= lower.length) return false;
    // Each word gives a beginning of one letter or more, or is left out (not the first).
    for (let n = Math.min(lower[w]!.length, letters.length - i); n >= 1; n--) if (lower[w]!.slice(0, n) === letters.slice(i, i + n) && match(i + n, w + 1)) return true;
    return w > 0 && match(i, w + 1);
  };
  return lower[0]![0] === letters[0] && match(0, 0);
}

/**
 * What the window says in place of a run of missing form words: the content words between the
 * same anchors (the content words around the run, or the sentence's edge), as "in Europa
 * gespeichert" stands for "in Deutschland gespeichert". A swap is one word for one, or a name of
 * up to two words for a name or a number for a number, standing where the replaced words stood;
 * an abbreviation of the name they belong to ("Open Knowledge Foundation (OKF DE)") is the same name.
 */
function substituteFor(
  form: MessageForm,
  word: ContentWord,
  missing: readonly ContentWord[],
  window: Window,
  tokens: readonly Token[],
  lang: Lang,
): { alias: boolean; words: ContentWord[]; drift: Omit<Drift, 'kind'> } | undefined {
  const content = form.content;
  const gone = new Set(missing);
  let first = content.indexOf(word);
  let last = first;
  while (first > 0 && gone.has(content[first - 1]!) && content[first - 1]!.part === word.part) first--;
  while (last < content.length - 1 && gone.has(content[last + 1]!) && content[last + 1]!.part === word.part) last++;
  const run = content.slice(first, last + 1);
  const { stopWords: stop, isNegation } = languageOf(lang);
  const words = tokens.filter((t) => !stop.has(t.lower) && !isNegation(t.lower));
  const same = (a: Token, b: Token) => a.lower === b.lower || a.stem === b.stem;
  const left = content[first - 1]?.part === word.part ? content[first - 1]!.token : undefined;
  const right = content[last + 1]?.part === word.part ? content[last + 1]!.token : undefined;
  const from = left === undefined ? -1 : words.findIndex((t) => same(t, left));
  if (left !== undefined && from < 0) return undefined;
  const to = right === undefined ? words.length : words.findIndex((t, i) => i > from && same(t, right));
  if (to < 0) return undefined;
  const between = words.slice(from + 1, to);
  if (between.length === 0 || between.length > 2) return undefined;
  if (between.some((t) => content.some((c) => same(t, c.token)))) return undefined;
  const text = window.block.text;
  const found = text.slice(between[0]!.start, between[between.length - 1]!.end);
  // The name the run belongs to: the form's capitalised words around it.
  const formTokens = form.tokens;
  let nameFrom = formTokens.indexOf(run[0]!.token);
  let nameTo = formTokens.indexOf(run[run.length - 1]!.token);
  while (nameFrom > 0 && capitalised(formTokens[nameFrom - 1]!)) nameFrom--;
  while (nameTo < formTokens.length - 1 && capitalised(formTokens[nameTo + 1]!)) nameTo++;
  const name = formTokens.slice(nameFrom, nameTo + 1).map((t) => t.text);
  const drift = { found, expected: form.text.slice(run[0]!.token.start, run[run.length - 1]!.token.end), start: between[0]!.start, end: between[between.length - 1]!.end };
  if (run.every((w) => capitalised(w.token)) && abbreviates(found, name)) return { alias: true, words: run, drift };
  // Where the replaced words stood: no more than two more words between the anchors than in the form.
  const span = (a: number, b: number, list: readonly Token[]) => list.filter((t) => t.start >= a && t.end <= b).length;
  const formGap = span(left?.end ?? 0, right?.start ?? form.text.length, form.tokens);
  const windowGap = span(from < 0 ? window.start : words[from]!.end, to >= words.length ? window.end : words[to]!.start, tokens);
  if (windowGap > formGap + 2) return undefined;
  const isNumber = (t: Token) => /^\d/.test(t.lower);
  const isName = (t: Token) => capitalised(t) && t !== tokens[0];
  if (run.some((w) => isNumber(w.token))) return between.every(isNumber) ? { alias: false, words: run, drift } : undefined;
  if (run.every((w) => w.key)) return run.length <= 2 && between.some(isName) && !between.some(isNumber) ? { alias: false, words: run, drift } : undefined;
  // A common noun swapped for another ("your phone" → "our servers"), one for one, only where the
  // sentence is the form with that word changed: every other word of the form stands, and at most
  // one word more. Other words changed ("bringt" for "liefert") are paraphrases.
  if (run.length !== 1 || between.length !== 1 || isNumber(between[0]!) || isName(between[0]!) || missing.some((m) => m !== word && m.part === word.part)) return undefined;
  const { determiners } = languageOf(lang);
  const isNoun = (token: Token, list: readonly Token[]) => list.slice(Math.max(0, list.indexOf(token) - 2), list.indexOf(token)).some((t) => determiners?.has(t.lower));
  if (!isNoun(word.token, form.tokens) || !isNoun(between[0]!, tokens)) return undefined;
  const extra = words.filter((t) => t !== between[0] && !content.some((c) => standsIn(form, c, t)));
  return extra.length <= 1 ? { alias: false, words: run, drift } : undefined;
}

const span = ({ block, start, end }: ProseSpan): ProseSpan => ({ block, start, end });
const overlaps = (a: ProseSpan, b: ProseSpan) => a.block === b.block && a.start < b.end && b.start < a.end;

/** For every core message with a text in the draft's language: conveyed, drifted or absent. */
export const analyseMessages = perDraft((spec: Spec, draft: Draft): Conveyance[] => {
  const lexicon = lexiconOf(spec, draft.lang);
  const windows = windowsOf(draft, lexicon);
  const { stopWords: stop } = languageOf(draft.lang);
  const results: Conveyance[] = [];
  for (const { message, forms } of lexicon.messages) {
    if (forms.length === 0) continue;
    const result: Conveyance = { message, status: 'absent', score: 0, drifts: [] };
    const conveying: ProseSpan[] = [];
    let closest: { score: number; at: ProseSpan } | undefined;
    for (const window of windows) {
      let conveyed: { score: number; form: MessageForm } | undefined;
      let drifted: DriftedSentence | undefined;
      for (const form of forms) {
        if (window.sentences.length > form.parts.length + 1) continue;
        const trace = traceOf(window, form);
        // A window whose words say nothing about the form scores 0; most say nothing.
        if (!trace) continue;
        const { score: value, missing } = score(form.content, trace);
        if (value < RECOGNISABLE) continue;
        if (value > (closest?.score ?? 0) && nearly(form, window, trace, stop)) {
          closest = { score: value, at: span(window) };
        }
        const { drift, aliased } = driftOf(form, window, trace, missing, draft.lang);
        if (!drift && conveys(form, window, trace, stop, aliased) && value > (conveyed?.score ?? 0)) conveyed = { score: value, form };
        // Drift is read in windows of as many sentences as the form has: the message as a whole.
        if (drift && window.sentences.length === form.parts.length && value > (drifted?.score ?? 0)) {
          drifted = { at: span(window), score: value, form: { text: form.text, kind: form.kind }, drift };
        }
      }
      // A window that conveys the message through any of its forms is no drift from another form.
      if (conveyed) {
        conveying.push(span(window));
        if (conveyed.score > result.score) Object.assign(result, { status: 'conveyed', score: conveyed.score, at: span(window), form: { text: conveyed.form.text, kind: conveyed.form.kind } });
      } else if (drifted) {
        result.drifts.push(drifted);
      }
    }
    // Nor is a sentence that a conveying window takes in; of overlapping drifts, the first stands.
    result.drifts = result.drifts.filter((d, i, all) => !conveying.some((c) => overlaps(c, d.at)) && !all.slice(0, i).some((e) => overlaps(e.at, d.at)));
    if (result.status === 'absent' && result.drifts.length > 0) result.status = 'drifted';
    if (result.status === 'absent' && closest) result.closest = closest.at;
    results.push(result);
  }
  return results;
});
