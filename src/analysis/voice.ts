// The effective voice of a draft (the channel's setting over the team's over the spec's, BRIEF §3), and
// which form a draft mostly uses where the voice sets none.

import type { Draft } from '../drafts/types.js';
import type { DateStyle, Spec, Voice } from '../spec/types.js';
import { languageOf } from '../languages/index.js';

export interface VoiceSetting<T> {
  value: T;
  /** Where the setting stands in the spec: `channels.press.voice.first_person`, `voice.address`. */
  ref: string;
}

/** The voice layers that apply to a draft, most specific first. */
function layers(spec: Spec, draft: Draft): { voice: Voice; ref: string }[] {
  const found: { voice: Voice; ref: string }[] = [];
  const channel = draft.channel === undefined ? undefined : spec.channels.get(draft.channel);
  if (channel) found.push({ voice: channel.voice, ref: `channels.${channel.id}.voice` });
  const team = draft.team === undefined ? undefined : spec.teams.get(draft.team);
  if (team) found.push({ voice: team.voice, ref: `teams.${team.id}.voice` });
  found.push({ voice: spec.voice, ref: 'voice' });
  return found;
}

/** The setting of `key` for the draft, from the most specific layer that sets it. */
export function voiceSetting<K extends Exclude<keyof Voice, 'numbers' | 'dates'>>(spec: Spec, draft: Draft, key: K): VoiceSetting<NonNullable<Voice[K]>> | undefined {
  for (const { voice, ref } of layers(spec, draft)) {
    const value = voice[key];
    if (value !== undefined) return { value: value as NonNullable<Voice[K]>, ref: `${ref}.${key}` };
  }
  return undefined;
}

/**
 * How the draft's dates are written. A single style applies to drafts in every language (each
 * writes it its own way); a map names languages, and a layer that says nothing for the draft's
 * language passes on to the next.
 */
export function dateStyle(spec: Spec, draft: Draft): VoiceSetting<DateStyle> | undefined {
  for (const { voice, ref } of layers(spec, draft)) {
    const dates = voice.dates;
    if (dates === undefined) continue;
    if (typeof dates === 'string') return { value: dates, ref: `${ref}.dates` };
    if (dates[draft.lang] !== undefined) return { value: dates[draft.lang]!, ref: `${ref}.dates.${draft.lang}` };
  }
  return undefined;
}

/**
 * The thousands separator for the draft's language. A string applies to drafts in the spec's
 * language only; a map names languages; a layer that says nothing for the language passes on to
 * the next, and in the end the language's own convention holds (without a `ref`).
 */
export function thousandsSeparator(spec: Spec, draft: Draft): { value: string; ref?: string } | undefined {
  for (const { voice, ref } of layers(spec, draft)) {
    const thousands = voice.numbers?.thousands;
    if (thousands === undefined) continue;
    if (typeof thousands === 'string') {
      if (draft.lang === spec.language) return { value: thousands, ref: `${ref}.numbers.thousands` };
    } else if (thousands[draft.lang] !== undefined) {
      return { value: thousands[draft.lang]!, ref: `${ref}.numbers.thousands.${draft.lang}` };
    }
  }
  const convention = languageOf(draft.lang).numbers.thousands;
  return convention === undefined ? undefined : { value: convention };
}

/**
 * The kind of form a draft mostly uses (Sie or du, one gender style) where it uses more than one:
 * that kind, its first form and the forms of the other kinds. `weight` says how much a kind's forms
 * count, by default their number; on a tie the kind the draft uses first sets the tone.
 */
export function prevailing<F, K>(forms: readonly F[], kindOf: (form: F) => K, weight: (forms: F[]) => number = (f) => f.length): { kind: K; first: F; others: F[] } | undefined {
  const byKind = new Map<K, F[]>();
  for (const form of forms) byKind.set(kindOf(form), [...(byKind.get(kindOf(form)) ?? []), form]);
  if (byKind.size < 2) return undefined;
  let best: [K, F[]] | undefined;
  for (const entry of byKind) if (!best || weight(entry[1]) > weight(best[1])) best = entry;
  const [kind, own] = best!;
  return { kind, first: own[0]!, others: forms.filter((f) => kindOf(f) !== kind) };
}
