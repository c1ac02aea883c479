// Does a draft convey a core message? Compares each sentence (and each pair of adjacent
// sentences) with the message's text and variants in the draft's language on stems of content
// words (how a word stands in a sentence: traces.ts), then looks for what changes the content:
// another number or date, a negation, a swapped key term. Shared by missing-message,
// message-drift and `onevoice coverage`.

import type { Draft } from '../../drafts/types.js';
import type { CoreMessage, Lang, Spec } from '../../spec/types.js';
import { perDraft, perLanguage } from '../../util/memo.js';
import { quantitiesOf, readQuantities, sameDate, type Quantity } from '../numbers.js';
import type { ProseSpan } from '../../markdown/prose.js';
import { sentencesOf } from '../sentences.js';
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
  weight: number;
}

interface MessageForm extends TracedText {
  text: string;
  kind: 'text' | 'variant';
  tokens: Token[];
  content: ContentWord[];
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
}

export interface DriftedSentence {
  at: ProseSpan;
  score: number;
  form: { text: string; kind: 'text' | 'variant' };
  drift: Drift;
}

const formsCache = new WeakMap<CoreMessage, Map<Lang, MessageForm[]>>();

function formsOf(message: CoreMessage, lang: Lang, brandWords: ReadonlySet<string>): MessageForm[] {
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
    const tokens = tokenize(text, lang);
    const quantities = readQuantities(text, lang).filter((q) => q.role !== 'year');
    const content = contentWords(text, tokens, lang, brandWords);
    const last = content[content.length - 1];
    const slots = last ? last.offset + slotsOf(last) : 0;
    return { text, kind, tokens, content, quantities, negated: tokens.some((t) => isNegation(t.lower)), slots };
  });
  byLang.set(lang, forms);
  return forms;
}

function contentWords(text: string, tokens: readonly Token[], lang: Lang, brandWords: ReadonlySet<string>): ContentWord[] {
  const { stopWords: stop, isNegation, nounDeterminers } = languageOf(lang);
  let offset = 0;
  return tokens
    .filter((t) => !stop.has(t.lower) && !isNegation(t.lower) && (t.lower.length > 1 || /\d/.test(t.lower)))
    .map((token) => {
      const number = /^\d/.test(token.lower);
      const at = tokens.indexOf(token);
      const capitalised = /^\p{Lu}/u.test(token.text) && at > 0;
      // Where every noun takes a capital (German), a name goes without an article ("in Deutschland"),
      // a common noun rarely does ("die Nachbarschaft", "im Abo").
      const named = capitalised && !nounDeterminers?.has(tokens[at - 1]!.lower);
      const weight = brandWords.has(token.lower) ? 0.5 : number ? 2 : 1;
      const word = { token, key: number || named, weight, splits: splitsOf(token.lower), offset };
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
}

const lexiconOf = perLanguage((spec: Spec, lang: Lang): Lexicon => {
  const brandWords = new Set(tokenize(spec.brand ?? '', lang).map((t) => t.lower));
  const forms: NumberedForm[] = [];
  const messages = spec.messages.map((message) => ({
    message,
    forms: formsOf(message, lang, brandWords).map((form) => {
      const numbered = { ...form, number: forms.length };
      forms.push(numbered);
      return numbered;
    }),
  }));
  return { messages, traces: new TraceIndex(forms) };
});

interface Window extends ProseSpan {
  /** The tokens of its one sentence, or of its two adjacent ones (a message may run over both). */
  sentences: readonly Token[][];
  /** What each of its sentences says about each form, by form number. */
  traces: readonly (readonly (Trace | undefined)[])[];
}

const isSingle = (window: Window) => window.sentences.length === 1;

function windowsOf(draft: Draft, lexicon: Lexicon): Window[] {
  const windows: Window[] = [];
  for (const block of draft.blocks) {
    const sentences = sentencesOf(block, draft.lang);
    const traces = sentences.map((sentence) => lexicon.traces.union(sentence.tokens));
    sentences.forEach((sentence, i) => {
      windows.push({ block, start: sentence.start, end: sentence.end, sentences: [sentence.tokens], traces: [traces[i]!] });
      const following = sentences[i + 1];
      if (following) windows.push({ block, start: sentence.start, end: following.end, sentences: [sentence.tokens, following.tokens], traces: [traces[i]!, traces[i + 1]!] });
    });
  }
  return windows;
}

/** How much of the form's content stands in a window whose sentences left these traces of it. */
function score(form: MessageForm, trace: Trace | undefined, other: Trace | undefined): { score: number; missing: ContentWord[] } {
  let total = 0;
  let matched = 0;
  const missing: ContentWord[] = [];
  for (const word of form.content) {
    total += word.weight;
    const found = presence(word, trace, other);
    matched += found * word.weight;
    if (found === 0) missing.push(word);
  }
  return { score: total === 0 ? 0 : matched / total, missing };
}

/** A paraphrase may leave out some content words, the more the longer the message: none of three, one of four. */
function conveys(form: MessageForm, window: Window, value: number, missing: readonly ContentWord[]): boolean {
  // Over two sentences, shared words are likelier by chance: there every content word must stand.
  if (!isSingle(window)) return missing.length === 0 && value >= CONVEYED;
  return value >= CONVEYED && missing.length <= Math.floor(form.content.length * 0.3);
}

function sameQuantity(a: Quantity, b: Quantity): boolean {
  return a.kind === 'date' && b.kind === 'date' ? sameDate(a.date!, b.date!) : a.kind === b.kind && a.value === b.value;
}

/** What in the window changes the form's content, if anything. */
function driftOf(form: MessageForm, window: Window, missing: ContentWord[], lang: Lang): Drift | undefined {
  const tokens = window.sentences.flat();
  const { isNegation } = languageOf(lang);
  const quantities = quantitiesOf(window.block, lang).filter((q) => q.start >= window.start && q.end <= window.end && q.role !== 'year' && q.role !== 'reference');
  for (const expected of form.quantities) {
    if (quantities.some((q) => sameQuantity(q, expected))) continue;
    const other = quantities.find((q) => q.kind === expected.kind && (q.unit ?? '') === (expected.unit ?? ''));
    if (other) return { kind: 'number', found: other.raw, expected: expected.raw, start: other.start, end: other.end };
  }
  // A negation counts where it bears on the message: within three words of one of its words.
  const negation = tokens.find((t, i) => isNegation(t.lower) && tokens.slice(Math.max(0, i - 3), i + 4).some((near) => near !== t && form.content.some((w) => standsIn(form, w, near))));
  if (negation && !form.negated) return { kind: 'negation', found: negation.text, expected: '', start: negation.start, end: negation.end };
  if (!negation && form.negated && !tokens.some((t) => isNegation(t.lower))) {
    const expected = form.tokens.find((t) => isNegation(t.lower))!;
    return { kind: 'negation', found: '', expected: expected.text, start: window.start, end: window.end };
  }
  for (const word of missing) {
    if (!word.key) continue;
    const substitute = substituteFor(form, word, missing, window, tokens, lang);
    if (substitute) return { kind: 'term', ...substitute };
  }
  return undefined;
}

/**
 * What the window says in place of a run of missing form words: the content words between the
 * same anchors (the content words around the run, or the sentence's edge), as "in Europa
 * gespeichert" stands for "in Deutschland gespeichert" and "unabhängig vom Stromnetz" for
 * "unabhängig von fossiler Wärme". Runs longer than two words are rewordings, not swaps.
 */
function substituteFor(
  form: MessageForm,
  word: ContentWord,
  missing: readonly ContentWord[],
  window: Window,
  tokens: readonly Token[],
  lang: Lang,
): { found: string; expected: string; start: number; end: number } | undefined {
  const content = form.content.map((c) => c.token);
  const gone = new Set(missing.map((m) => m.token));
  let first = content.indexOf(word.token);
  let last = first;
  while (first > 0 && gone.has(content[first - 1]!)) first--;
  while (last < content.length - 1 && gone.has(content[last + 1]!)) last++;
  if (last - first > 1) return undefined;
  const { stopWords: stop, isNegation } = languageOf(lang);
  const words = tokens.filter((t) => !stop.has(t.lower) && !isNegation(t.lower));
  const same = (a: Token, b: Token) => a.lower === b.lower || a.stem === b.stem;
  const left = content[first - 1];
  const right = content[last + 1];
  const from = left === undefined ? -1 : words.findIndex((t) => same(t, left));
  if (left !== undefined && from < 0) return undefined;
  const to = right === undefined ? words.length : words.findIndex((t, i) => i > from && same(t, right));
  if (to < 0) return undefined;
  const between = words.slice(from + 1, to);
  if (between.length === 0 || between.length > 2) return undefined;
  if (between.some((t) => content.some((c) => same(t, c)))) return undefined;
  const isKey = (t: Token) => /^\d/.test(t.lower) || (/^\p{Lu}/u.test(t.text) && t !== tokens[0]);
  if (!between.some(isKey)) return undefined;
  const text = window.block.text;
  return {
    found: text.slice(between[0]!.start, between[between.length - 1]!.end),
    expected: form.text.slice(content[first]!.start, content[last]!.end),
    start: between[0]!.start,
    end: between[between.length - 1]!.end,
  };
}

const span = ({ block, start, end }: ProseSpan): ProseSpan => ({ block, start, end });

/** For every core message with a text in the draft's language: conveyed, drifted or absent. */
export const analyseMessages = perDraft((spec: Spec, draft: Draft): Conveyance[] => {
  const lexicon = lexiconOf(spec, draft.lang);
  const windows = windowsOf(draft, lexicon);
  const results: Conveyance[] = [];
  for (const { message, forms } of lexicon.messages) {
    if (forms.length === 0) continue;
    const result: Conveyance = { message, status: 'absent', score: 0, drifts: [] };
    for (const window of windows) {
      let conveyed: { score: number; form: MessageForm } | undefined;
      let drifted: DriftedSentence | undefined;
      for (const form of forms) {
        const trace = window.traces[0]![form.number];
        const other = window.traces[1]?.[form.number];
        // A window whose words say nothing about the form scores 0; most say nothing.
        if (!trace && !other) continue;
        const { score: value, missing } = score(form, trace, other);
        if (value < RECOGNISABLE) continue;
        const drift = driftOf(form, window, missing, draft.lang);
        if (!drift && conveys(form, window, value, missing) && value > (conveyed?.score ?? 0)) conveyed = { score: value, form };
        if (drift && value > (drifted?.score ?? 0)) drifted = { at: span(window), score: value, form: { text: form.text, kind: form.kind }, drift };
      }
      // A sentence that conveys the message through any of its forms is no drift from another form.
      if (conveyed && conveyed.score > result.score) {
        Object.assign(result, { status: 'conveyed', score: conveyed.score, at: span(window), form: { text: conveyed.form.text, kind: conveyed.form.kind } });
      } else if (!conveyed && drifted && isSingle(window)) {
        result.drifts.push(drifted);
      }
    }
    if (result.status === 'absent' && result.drifts.length > 0) result.status = 'drifted';
    results.push(result);
  }
  return results;
});
