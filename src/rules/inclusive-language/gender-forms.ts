// Gender-inclusive forms in German prose and their style: Kund*innen (star), Kund:innen (colon),
// Kund_innen (underscore), KundInnen (internal I), "Kundinnen und Kunden" (pair).

import type { Draft } from '../../drafts/types.js';
import type { Spec, Voice } from '../../spec/types.js';
import { perDraft } from '../../util/memo.js';
import { sourceOffset, type ProseBlock } from '../../markdown/prose.js';
import { tokensOf, type Token } from '../../analysis/tokens.js';
import { languageOf, type Language } from '../../languages/index.js';

type GenderPairWords = NonNullable<Language['genderPairs']>;

export type InclusiveStyle = Exclude<NonNullable<Voice['inclusive']>, 'any'>;

export interface GenderForm {
  block: ProseBlock;
  start: number;
  end: number;
  style: InclusiveStyle;
  /** The shared stem, "Kund" of "Kund:innen". */
  base: string;
  suffix: 'in' | 'innen';
  text: string;
}

const MARKS: Record<string, InclusiveStyle> = { '*': 'star', ':': 'colon', _: 'underscore' };
const MARKED = /(?<![\p{L}\p{M}])([\p{Lu}][\p{L}\p{M}-]*?[\p{Ll}])([*:_])(innen|in)(?![\p{L}\p{M}])/gu;
const INTERNAL_I = /(?<![\p{L}\p{M}])([\p{Lu}][\p{L}\p{M}-]*?[\p{Ll}])(Innen|In)(?![\p{L}\p{M}])/gu;
const MAY_BE_MARKED = /[*:_]in/;
const MAY_BE_INTERNAL_I = /\p{Ll}In/u;
// English compounds with a capital "In" are no gender forms.
const NOT_INTERNAL_I = /^(?:Linked|Check|Log|Plug|Sign|Add|Opt|Built|Walk|Drive|All|Cash|Fade|Break|Drop|Zoom|Chime|Ski|Sit|Teach|Stand|Lock|Pay|Tune|Dial|Phone)$/u;

// What a masculine form may add to the stem it shares with the feminine one: Kund-e, Kund-en, Bauer-n.
const MASCULINE_ENDINGS = new Set(['', 'e', 'en', 'n', 'er', 'ern', 's', 'es']);

const fold = (word: string) => word.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');

/** The stem of a feminine noun ("Kundinnen" → "Kund"), if it is one. */
function feminine(token: Token): { base: string; suffix: 'in' | 'innen' } | undefined {
  if (!token.text.endsWith('in') && !token.text.endsWith('innen')) return undefined;
  const m = /^(\p{Lu}\p{Ll}{2,})(innen|in)$/u.exec(token.text);
  return m ? { base: m[1]!, suffix: m[2] as 'in' | 'innen' } : undefined;
}

function isMasculineOf(word: Token, base: string): boolean {
  if (!/^\p{Lu}/u.test(word.text)) return false;
  const folded = fold(word.text);
  const stem = fold(base);
  return folded.startsWith(stem) && MASCULINE_ENDINGS.has(folded.slice(stem.length));
}

/** "Kundinnen und Kunden", "Kunden oder Kundinnen", "jede Mitarbeiterin und jeder Mitarbeiter". */
function pairs(block: ProseBlock, tokens: readonly Token[], { conjunctions, determiners }: GenderPairWords): GenderForm[] {
  const found: GenderForm[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const conjunction = tokens[i + 1];
    if (!conjunction || !conjunctions.has(conjunction.lower)) continue;
    let j = i + 2;
    if (tokens[j] && determiners.has(tokens[j]!.lower)) j++;
    const first = tokens[i]!;
    const second = tokens[j];
    if (!second) continue;
    const female = feminine(first) ?? feminine(second);
    const male = feminine(first) ? second : first;
    if (!female || !isMasculineOf(male, female.base) || /[.;!?]/u.test(block.text.slice(first.end, second.start))) continue;
    found.push({ block, start: first.start, end: second.end, style: 'pair', ...female, text: block.text.slice(first.start, second.end) });
    i = j;
  }
  return found;
}

function matches(block: ProseBlock, pattern: RegExp, style: (mark: string) => InclusiveStyle | undefined): GenderForm[] {
  const found: GenderForm[] = [];
  for (const m of block.text.matchAll(pattern)) {
    const kind = style(m[2]!);
    if (!kind) continue;
    const suffix = m[3] ?? m[2]!;
    found.push({ block, start: m.index, end: m.index + m[0].length, style: kind, base: m[1]!, suffix: suffix.toLowerCase() as 'in' | 'innen', text: m[0] });
  }
  return found;
}

/**
 * Gender stars that Markdown read as emphasis: in "Kund*innen und Pendler*innen" the two stars
 * make "innen und Pendler" italic and leave the prose without them; the source still has them.
 */
function eatenStars(draft: Draft, block: ProseBlock, tokens: readonly Token[]): GenderForm[] {
  const found: GenderForm[] = [];
  for (const token of tokens) {
    const female = feminine(token);
    if (!female) continue;
    const suffixAt = token.start + female.base.length;
    if (draft.source[sourceOffset(block, suffixAt) - 1] === '*') found.push({ block, start: token.start, end: token.end, style: 'star', ...female, text: `${female.base}*${female.suffix}` });
  }
  return found;
}

/** The gender-inclusive forms of a German draft, in order. */
export const genderForms = perDraft((_spec: Spec, draft: Draft): GenderForm[] => {
  const forms: GenderForm[] = [];
  // Only languages with gender-inclusive pairs have gender forms.
  const pairWords = languageOf(draft.lang).genderPairs;
  if (pairWords) {
    const starred = draft.source.includes('*');
    for (const block of draft.blocks) {
      const tokens = tokensOf(block, draft.lang);
      // Each pattern only where the text has what it needs: a mark before "in", a capital "In" after a small letter, a star in the source.
      const marked = MAY_BE_MARKED.test(block.text) ? matches(block, MARKED, (mark) => MARKS[mark]) : [];
      const internal = MAY_BE_INTERNAL_I.test(block.text) ? matches(block, INTERNAL_I, () => 'internal-i').filter((f) => !NOT_INTERNAL_I.test(f.base.split('-').pop()!)) : [];
      const stars = starred ? eatenStars(draft, block, tokens) : [];
      forms.push(...[...marked, ...internal, ...stars, ...pairs(block, tokens, pairWords)].sort((a, b) => a.start - b.start));
    }
  }
  return forms;
});

const NAMES: Record<InclusiveStyle, string> = { colon: 'colon', star: 'gender star', underscore: 'underscore', 'internal-i': 'internal I', pair: 'pair form' };

export const styleName = (style: InclusiveStyle) => NAMES[style];

/** The form in another style: "Kund:innen" → "Kund*innen"; the pair names the masculine where it is safe. */
export function restyle(form: GenderForm, style: InclusiveStyle): string {
  switch (style) {
    case 'colon':
      return `${form.base}:${form.suffix}`;
    case 'star':
      return `${form.base}*${form.suffix}`;
    case 'underscore':
      return `${form.base}_${form.suffix}`;
    case 'internal-i':
      return `${form.base}${form.suffix === 'in' ? 'In' : 'Innen'}`;
    case 'pair':
      // Nouns in -er have the plural of the stem (Pendler); others vary (Kunden, Ärzte, Kollegen).
      return `${form.base}${form.suffix} und ${/er$/u.test(form.base) ? form.base : '…'}`;
  }
}
