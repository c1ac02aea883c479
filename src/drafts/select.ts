// Selectors (`required_in`): which drafts a spec entry applies to. Keys are AND-ed, ids OR-ed.

import type { Selector } from '../spec/types.js';
import type { Draft } from './types.js';

export function selects(selector: Selector, draft: Draft): boolean {
  const has = (ids: string[] | undefined, value: string | undefined) => ids === undefined || (value !== undefined && ids.includes(value));
  return has(selector.team, draft.team) && has(selector.channel, draft.channel) && has(selector.area, draft.area) && has(selector.campaign, draft.campaign) && has(selector.lang, draft.lang);
}

export function selectsAny(selectors: readonly Selector[], draft: Draft): boolean {
  return selectors.some((selector) => selects(selector, draft));
}
