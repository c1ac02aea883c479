// Selectors (`required_in`, `ignore`): which drafts a spec entry applies to. Keys are AND-ed, ids
// and values OR-ed. Dates (`since`, `until`) compare the draft's date, where a draft without one
// counts as current: held to what holds since a day, left out of what held until one.

import type { DateRange, FrontMatterValue, Selector } from '../spec/types.js';
import type { Draft, DraftInfo } from './types.js';

/** Whether the draft's date falls in the range (both ends included). */
export function inForce(range: DateRange, draft: Pick<DraftInfo, 'date'>): boolean {
  if (range.since !== undefined && draft.date !== undefined && draft.date < range.since) return false;
  if (range.until !== undefined && (draft.date === undefined || draft.date > range.until)) return false;
  return true;
}

// Front matter is the site generator's: `release: true`, `draft: "true"` and `tags: [release, news]` all say so.
function holds(value: unknown, wanted: readonly FrontMatterValue[]): boolean {
  if (Array.isArray(value)) return value.some((item) => holds(item, wanted));
  if (value === undefined || value === null || typeof value === 'object') return false;
  return wanted.some((w) => String(w) === String(value));
}

export function selects(selector: Selector, draft: Draft): boolean {
  const has = (ids: string[] | undefined, value: string | undefined) => ids === undefined || (value !== undefined && ids.includes(value));
  return (
    has(selector.team, draft.team) &&
    has(selector.channel, draft.channel) &&
    has(selector.area, draft.area) &&
    has(selector.campaign, draft.campaign) &&
    has(selector.lang, draft.lang) &&
    inForce(selector, draft) &&
    (selector.frontMatter === undefined || Object.entries(selector.frontMatter).every(([key, values]) => holds(draft.frontMatter[key], values)))
  );
}

export function selectsAny(selectors: readonly Selector[], draft: Draft): boolean {
  return selectors.some((selector) => selects(selector, draft));
}

/** Whether a requirement (a core message, a boilerplate block) holds for the draft: its dates and its `required_in`. */
export function requires(entry: DateRange & { requiredIn: readonly Selector[] }, draft: Draft): boolean {
  return inForce(entry, draft) && selectsAny(entry.requiredIn, draft);
}
