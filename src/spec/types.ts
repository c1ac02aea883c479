// The core-message spec after loading: ids resolved, selectors and texts normalised per language.

import type { SourcePosition } from '../errors.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type Lang = string;

/** Days a spec entry holds for, by the drafts' dates (YYYY-MM-DD, both ends included). */
export interface DateRange {
  since?: string;
  until?: string;
}

export type FrontMatterValue = string | number | boolean;

/** Which drafts an entry applies to: keys AND-ed, the ids of one key OR-ed. */
export interface Selector extends DateRange {
  team?: string[];
  channel?: string[];
  area?: string[];
  campaign?: string[];
  lang?: string[];
  /** Front-matter keys, each with the values that select a draft. */
  frontMatter?: Record<string, FrontMatterValue[]>;
}

export type DateStyle = 'long' | 'numeric' | 'iso';

export interface Voice {
  address?: 'formal' | 'informal';
  inclusive?: 'colon' | 'star' | 'underscore' | 'internal-i' | 'pair' | 'any';
  numbers?: { thousands: string | Record<Lang, string> };
  /** One style for drafts in every language, or a style per language. */
  dates?: DateStyle | Record<Lang, DateStyle>;
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

export interface CoreMessage extends SpecEntry, DateRange {
  id: string;
  text: Record<Lang, string>;
  variants: Record<Lang, string[]>;
  requiredIn: Selector[];
}

/** What a fact's figure is: declared with `kind:` or inferred from its value and unit. */
export type FactKind = 'count' | 'amount' | 'percentage' | 'money' | 'duration' | 'date' | 'year' | 'text';

export interface Fact extends SpecEntry {
  id: string;
  value?: number | string;
  /** Undefined for a fact with neither value, unit nor `kind:`: its statements decide (counts or dates). */
  kind?: FactKind;
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
export type ClaimExemption = 'negated' | 'quoted' | 'named' | 'backed' | 'counted' | 'targeted';

export interface Claim extends SpecEntry {
  phrase?: string;
  pattern?: RegExp;
  reason: string;
  exempt: ReadonlySet<ClaimExemption>;
}

export interface Boilerplate extends SpecEntry, DateRange {
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
  /** Globs of drafts that are no part of the corpus. */
  ignore: string[];
  /** Globs of files that are drafts although discovery leaves such files out (READMEs, vendor folders, .gitignore'd files). */
  include: string[];
  /** Drafts' languages by path (`languages: { en: ["en/**"] }`), in the spec's order. */
  languages: { lang: Lang; paths: string[] }[];
  /** How front matter is read: the keys whose string values are prose. */
  frontMatter: { prose: string[] };
  /** Drafts that are no part of the corpus either, by what they say of themselves (front matter, date). */
  ignoreDrafts: Selector[];
  /** Headings whose sections are not prose. */
  ignoreSections: RegExp[];
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
  /** `templateMin`: drafts of one team that make a passage a template; `allow`: declared templates, as passages of text and draft globs. */
  duplicates: { minWords: number; threshold: number; templateMin: number; allow: { texts: string[]; paths: string[] } };
  /** Severity settings by rule id; the ids are checked against the rules the spec is loaded for. */
  rules: Partial<Record<string, SeveritySetting>>;
  /** The dates of the drafts each rule holds, by rule id (`rules: { x: { since: … } }`). */
  ruleDates: Partial<Record<string, DateRange>>;
  /** Globs that are meant to match drafts (team, channel and language paths, `include`): a check warns of those that match none. */
  pathGlobs?: PathGlobs[];
}

/** Globs of one spec entry that should match drafts, with where the entry stands and what to say when they match none. */
export interface PathGlobs {
  message: string;
  paths: string[];
  position: SourcePosition;
}
