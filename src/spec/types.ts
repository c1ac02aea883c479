// The core-message spec after loading: ids resolved, selectors and texts normalised per language.

import type { SourcePosition } from '../errors.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type Lang = string;

/** Which drafts an entry applies to: keys AND-ed, the ids of one key OR-ed. */
export interface Selector {
  team?: string[];
  channel?: string[];
  area?: string[];
  campaign?: string[];
  lang?: string[];
}

export interface Voice {
  address?: 'formal' | 'informal';
  inclusive?: 'colon' | 'star' | 'underscore' | 'internal-i' | 'pair' | 'any';
  numbers?: { thousands: string | Record<Lang, string> };
  dates?: 'long' | 'numeric' | 'iso';
  first_person?: 'allowed' | 'quotes-only';
}

/** Where an entry stands in the spec file, and how findings name it (`ref`). */
export interface SpecEntry {
  ref: string;
  position: SourcePosition;
  severity?: Severity;
}

export interface Team {
  id: string;
  paths: string[];
  voice: Voice;
}

export interface Channel {
  id: string;
  paths: string[];
  voice: Voice;
}

export interface Area {
  id: string;
  owners: string[];
  reviewers: string[];
}

export interface CoreMessage extends SpecEntry {
  id: string;
  text: Record<Lang, string>;
  variants: Record<Lang, string[]>;
  requiredIn: Selector[];
}

export interface Fact extends SpecEntry {
  id: string;
  value?: number | string;
  kind: 'number' | 'date' | 'text' | 'any';
  unit?: string;
  context: string[];
}

export interface Term extends SpecEntry {
  use: string;
  avoid: string[];
  /** Casing set per avoid form (`case_sensitive` of `{ form, case_sensitive }`), by form. */
  avoidCase?: Record<string, boolean>;
  caseSensitive: boolean;
  compound?: 'hyphenate';
  /** The draft languages the term holds in; all when absent. */
  lang?: Lang[];
}

/** Where a claim is not flagged: negated, in quotation marks, part of a name or title, backed by a figure or source. */
export type ClaimExemption = 'negated' | 'quoted' | 'named' | 'backed';

export interface Claim extends SpecEntry {
  phrase?: string;
  pattern?: RegExp;
  reason: string;
  exempt: ReadonlySet<ClaimExemption>;
}

export interface Boilerplate extends SpecEntry {
  id: string;
  text: Record<Lang, string>;
  requiredIn: Selector[];
}

export interface Campaign extends SpecEntry {
  id: string;
  unit: string[];
  lead?: string;
  messages: string[];
}

export interface Spec {
  /** Absolute path of the spec file. */
  file: string;
  /** The text the spec was read from: what a cache entry made under it depends on. */
  source: string;
  /** The folder drafts are found under and team/channel paths are relative to. */
  root: string;
  version: 1;
  language: Lang;
  brand?: string;
  ignore: string[];
  teams: Map<string, Team>;
  channels: Map<string, Channel>;
  areas: Map<string, Area>;
  messages: CoreMessage[];
  facts: Fact[];
  terms: Term[];
  claims: Claim[];
  voice: Voice;
  boilerplate: Boilerplate[];
  campaigns: Map<string, Campaign>;
  duplicates: { minWords: number; threshold: number };
  /** Severity settings by rule id; the ids are checked against the rules the spec is loaded for. */
  rules: Partial<Record<string, SeveritySetting>>;
}
