// Finds, reads and validates onevoice.yaml; every problem is a SpecError at its YAML node.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import safeRegex from 'safe-regex2';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Document, type Node } from 'yaml';
import { normaliseUnit, readQuantities } from '../analysis/numbers.js';
import { LANGUAGES } from '../languages/index.js';
import { describeIoError, SpecError, type SourcePosition } from '../errors.js';
import type {
  Area,
  Boilerplate,
  Campaign,
  Channel,
  Claim,
  ClaimExemption,
  CoreMessage,
  DateRange,
  Fact,
  FactKind,
  FrontMatterValue,
  Lang,
  Selector,
  Severity,
  SeveritySetting,
  Spec,
  Team,
  Term,
  Voice,
} from './types.js';
import { describePath, unknownKey, validateSchema } from './validate.js';
import { DEFAULT_PROSE_KEYS } from '../markdown/front-matter-keys.js';

export const SPEC_NAMES = ['onevoice.yaml', 'onevoice.yml', '.onevoice.yaml'];

/** The first spec file walking up from `cwd`, or undefined. */
export function findSpec(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of SPEC_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

export interface SpecChecks {
  /**
   * Whether these very bytes of the spec at `file` passed the schema before, with this code: then
   * they are not validated again (the validator's code alone is 300 KB to load).
   */
  validated?: (file: string, source: string) => boolean;
}

/** Reads and checks a spec file; its `rules:` may name the rules of `ruleIds` (the registry's). */
export function loadSpec(file: string, ruleIds: readonly string[], checks: SpecChecks = {}): Spec {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SpecError('spec-read', `cannot read the spec: ${describeIoError(error)}`, file);
  }
  return parseSpec(source, path.resolve(file), ruleIds, checks);
}

type YamlPath = (string | number)[];

/** Resolves spec paths to line:column of their YAML nodes. */
class SpecSource {
  constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  at(offset: number): SourcePosition {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /** The position of the node at `nodePath`; `atKey` points at its key in the parent mapping. */
  locate(nodePath: YamlPath, atKey = false): SourcePosition {
    for (let depth = nodePath.length; depth >= 0; depth--) {
      const prefix = nodePath.slice(0, depth);
      if (atKey || depth < nodePath.length) {
        const key = prefix[prefix.length - 1];
        const parent = prefix.length > 0 ? this.doc.getIn(prefix.slice(0, -1), true) : undefined;
        if (isMap(parent)) {
          const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
          const keyNode = pair?.key as Node | undefined;
          if (keyNode?.range) return this.at(keyNode.range[0]);
        }
      }
      const node = (prefix.length === 0 ? this.doc.contents : this.doc.getIn(prefix, true)) as Node | null | undefined;
      if (node && typeof node === 'object' && 'range' in node && node.range) return this.at(node.range[0]);
    }
    return { line: 1, column: 1 };
  }

  error(nodePath: YamlPath, message: string, atKey = false): SpecError {
    return new SpecError('spec-invalid', message, this.file, this.locate(nodePath, atKey));
  }
}

export function parseSpec(source: string, file: string, ruleIds: readonly string[], checks: SpecChecks = {}): Spec {
  const lines = new LineCounter();
  const doc = parseDocument(source.replace(/^\uFEFF/, ''), { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const spec = new SpecSource(file, doc, lines);
  const syntax = doc.errors[0];
  if (syntax) {
    const message = syntax.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new SpecError('spec-syntax', `invalid YAML: ${message}`, file, spec.at(syntax.pos[0]));
  }
  if (doc.contents === null) throw new SpecError('spec-invalid', 'the spec is empty; it needs at least "version: 1"', file, { line: 1, column: 1 });
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    throw new SpecError('spec-syntax', `invalid YAML: ${(error as Error).message}`, file, { line: 1, column: 1 });
  }
  const problem = checks.validated?.(file, source) ? undefined : validateSchema(raw);
  if (problem) throw spec.error(problem.path, problem.message, problem.atKey);
  const misread = misreadNumber(doc.contents, source.replace(/^\uFEFF/, ''));
  if (misread) throw new SpecError('spec-invalid', misread.message, file, spec.at(misread.offset));
  const unknownRule = Object.keys((raw as RawSpec).rules ?? {}).find((key) => !ruleIds.includes(key));
  if (unknownRule !== undefined) {
    const { path: at, message } = unknownKey(['rules'], unknownRule, ruleIds);
    throw spec.error(at, message, true);
  }
  return { ...normalise(raw as RawSpec, spec), source };
}

// The raw shape the schema guarantees.
type RawSelector = Partial<Record<'team' | 'channel' | 'area' | 'campaign' | 'lang', string | string[]>> & RawDates & { front_matter?: Record<string, FrontMatterValue | FrontMatterValue[]> };
type RawDates = { since?: string; until?: string };
type RawText = string | Record<string, string>;
interface RawSpec {
  version: 1;
  language?: string;
  brand?: string;
  ignore?: (string | RawSelector)[];
  include?: string[];
  languages?: Record<string, string[]>;
  front_matter?: { prose?: string[] };
  ignore_sections?: string[];
  teams?: Record<string, { paths?: string[]; voice?: Voice } | null>;
  channels?: Record<string, { paths?: string[]; voice?: Voice } | null>;
  areas?: Record<string, { owner: string | string[]; reviewers?: string[] }>;
  messages?: ({ id: string; text: RawText; variants?: string[] | Record<string, string[]>; required_in?: RawSelector[]; severity?: Severity } & RawDates)[];
  facts?: { id: string; value?: number | string; unit?: string; kind?: FactKind; context: string[]; severity?: Severity }[];
  terms?: { use: string; avoid?: (string | { form: string; case_sensitive?: boolean })[]; case_sensitive?: boolean; compound?: 'hyphenate'; lang?: string | string[]; severity?: Severity }[];
  claims?: { phrase?: string; pattern?: string; reason: string; exempt?: ClaimExemption[]; severity?: Severity }[];
  voice?: Voice;
  boilerplate?: ({ id: string; text: RawText; required_in?: RawSelector[]; severity?: Severity } & RawDates)[];
  campaigns?: Record<string, { unit?: string[]; lead?: string; messages?: string[] }>;
  duplicates?: { min_words?: number; threshold?: number; template_min?: number; allow?: (string | { paths: string[] })[] };
  rules?: Partial<Record<string, SeveritySetting | ({ severity?: SeveritySetting } & RawDates)>>;
}

const CLAIM_EXEMPTIONS: ClaimExemption[] = ['negated', 'quoted', 'named', 'backed', 'counted', 'targeted'];

/** The casing set on avoid forms written as `{ form, case_sensitive }`, by form. */
function avoidCase(avoid: NonNullable<NonNullable<RawSpec['terms']>[number]['avoid']>): { avoidCase?: Record<string, boolean> } {
  const set = avoid.flatMap((a) => (typeof a === 'string' || a.case_sensitive === undefined ? [] : [[a.form, a.case_sensitive] as const]));
  return set.length === 0 ? {} : { avoidCase: Object.fromEntries(set) };
}

const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : [value].flat());
const withSeverity = (severity: Severity | undefined) => (severity ? { severity } : {});

function normalise(raw: RawSpec, source: SpecSource): Omit<Spec, 'source'> {
  const language: Lang = raw.language ?? 'en';
  const perLang = (text: RawText): Record<Lang, string> => (typeof text === 'string' ? { [language]: text } : { ...text });

  const teams = new Map<string, Team>(Object.entries(raw.teams ?? {}).map(([id, team]) => [id, { id, paths: team?.paths ?? [], voice: team?.voice ?? {} }]));
  const channels = new Map<string, Channel>(Object.entries(raw.channels ?? {}).map(([id, channel]) => [id, { id, paths: channel?.paths ?? [], voice: channel?.voice ?? {} }]));
  const areas = new Map<string, Area>(Object.entries(raw.areas ?? {}).map(([id, area]) => [id, { id, owners: list(area.owner), reviewers: area.reviewers ?? [] }]));
  const campaignIds = new Set(Object.keys(raw.campaigns ?? {}));
  const messageIds = new Set<string>();

  const checkIds = (ids: string[], known: ReadonlySet<string> | ReadonlyMap<string, unknown>, kind: string, at: YamlPath) => {
    ids.forEach((id, index) => {
      if (known.has(id)) return;
      const inList = Array.isArray(getIn(raw, at));
      throw source.error(inList ? [...at, index] : at, `unknown ${kind} "${id}" in ${describePath(at)}${known.size === 0 ? ` (the spec declares no ${kind}s)` : ''}`);
    });
  };
  const dates = (raw: RawDates, at: YamlPath): DateRange => {
    for (const key of ['since', 'until'] as const) {
      const day = raw[key];
      if (day !== undefined && !isCalendarDate(day)) throw source.error([...at, key], `${describePath([...at, key])} "${day}" is not a valid date`);
    }
    if (raw.since !== undefined && raw.until !== undefined && raw.since > raw.until) {
      throw source.error([...at, 'until'], `${describePath([...at, 'until'])} ${raw.until} is before since ${raw.since}: no draft could be dated between them`);
    }
    return { ...(raw.since === undefined ? {} : { since: raw.since }), ...(raw.until === undefined ? {} : { until: raw.until }) };
  };
  const selector = (rawSelector: RawSelector, here: YamlPath): Selector => {
    const selector: Selector = dates(rawSelector, here);
    for (const key of ['team', 'channel', 'area', 'campaign', 'lang'] as const) {
      const ids = rawSelector[key];
      if (ids === undefined) continue;
      selector[key] = list(ids);
    }
    if (rawSelector.front_matter) selector.frontMatter = Object.fromEntries(Object.entries(rawSelector.front_matter).map(([key, values]) => [key, [values].flat()]));
    checkIds(selector.team ?? [], teams, 'team', [...here, 'team']);
    checkIds(selector.channel ?? [], channels, 'channel', [...here, 'channel']);
    checkIds(selector.area ?? [], areas, 'area', [...here, 'area']);
    checkIds(selector.campaign ?? [], campaignIds, 'campaign', [...here, 'campaign']);
    return selector;
  };
  const selectors = (rawSelectors: RawSelector[] | undefined, at: YamlPath): Selector[] => (rawSelectors ?? []).map((rawSelector, index) => selector(rawSelector, [...at, index]));
  const unique = (id: string, seen: Set<string>, at: YamlPath, kind: string) => {
    if (seen.has(id)) throw source.error(at, `duplicate ${kind} id "${id}"`);
    seen.add(id);
  };

  for (const [id, area] of areas) {
    checkIds(area.owners, teams, 'team', ['areas', id, 'owner']);
    checkIds(area.reviewers, teams, 'team', ['areas', id, 'reviewers']);
  }

  const messages: CoreMessage[] = (raw.messages ?? []).map((message, index) => {
    unique(message.id, messageIds, ['messages', index, 'id'], 'message');
    const variants = Array.isArray(message.variants) ? { [language]: message.variants } : { ...(message.variants ?? {}) };
    return {
      id: message.id,
      ref: message.id,
      position: source.locate(['messages', index]),
      text: perLang(message.text),
      variants,
      requiredIn: selectors(message.required_in, ['messages', index, 'required_in']),
      ...dates(message, ['messages', index]),
      ...withSeverity(message.severity),
    };
  });

  const factIds = new Set<string>();
  const facts: Fact[] = (raw.facts ?? []).map((rawFact, index) => {
    const fact = { ...rawFact, ...figureAndUnit(rawFact, language, source, ['facts', index]) };
    unique(fact.id, factIds, ['facts', index, 'id'], 'fact');
    const kind = fact.kind ?? inferFactKind(fact.value, fact.unit);
    if (kind === 'date' && fact.value !== undefined && !(typeof fact.value === 'string' && isCalendarDate(fact.value))) {
      throw source.error(['facts', index, 'value'], `facts[${index}].value "${String(fact.value)}" is not a valid date`);
    }
    return {
      id: fact.id,
      ref: fact.id,
      position: source.locate(['facts', index]),
      context: fact.context,
      ...(fact.value === undefined ? {} : { value: fact.value }),
      ...(fact.unit === undefined ? {} : { unit: fact.unit }),
      ...(kind === undefined ? {} : { kind }),
      ...withSeverity(fact.severity),
    };
  });

  const terms: Term[] = (raw.terms ?? []).map((term, index) => ({
    ref: `terms[${index}]`,
    position: source.locate(['terms', index]),
    use: term.use,
    avoid: (term.avoid ?? []).map((avoid) => (typeof avoid === 'string' ? avoid : avoid.form)),
    ...avoidCase(term.avoid ?? []),
    caseSensitive: term.case_sensitive ?? false,
    ...(term.compound ? { compound: term.compound } : {}),
    ...(term.lang === undefined ? {} : { lang: list(term.lang) }),
    ...withSeverity(term.severity),
  }));

  const claims: Claim[] = (raw.claims ?? []).map((claim, index) => ({
    ref: `claims[${index}]`,
    position: source.locate(['claims', index]),
    reason: claim.reason,
    exempt: new Set(claim.exempt ?? CLAIM_EXEMPTIONS),
    ...(claim.phrase === undefined ? {} : { phrase: claim.phrase }),
    ...(claim.pattern === undefined ? {} : { pattern: compilePattern(claim.pattern, source, ['claims', index, 'pattern']) }),
    ...withSeverity(claim.severity),
  }));

  const boilerplateIds = new Set<string>();
  const boilerplate: Boilerplate[] = (raw.boilerplate ?? []).map((block, index) => {
    unique(block.id, boilerplateIds, ['boilerplate', index, 'id'], 'boilerplate');
    return {
      id: block.id,
      ref: block.id,
      position: source.locate(['boilerplate', index]),
      text: perLang(block.text),
      requiredIn: selectors(block.required_in, ['boilerplate', index, 'required_in']),
      ...dates(block, ['boilerplate', index]),
      ...withSeverity(block.severity),
    };
  });

  const campaigns = new Map<string, Campaign>(
    Object.entries(raw.campaigns ?? {}).map(([id, campaign]) => {
      const at = ['campaigns', id];
      checkIds(campaign.unit ?? [], teams, 'team', [...at, 'unit']);
      checkIds(campaign.lead === undefined ? [] : [campaign.lead], teams, 'team', [...at, 'lead']);
      checkIds(campaign.messages ?? [], messageIds, 'message', [...at, 'messages']);
      return [
        id,
        {
          id,
          ref: `campaigns.${id}`,
          position: source.locate(at, true),
          unit: campaign.unit ?? [],
          messages: campaign.messages ?? [],
          ...(campaign.lead === undefined ? {} : { lead: campaign.lead }),
        },
      ];
    }),
  );

  const ignore = raw.ignore ?? [];
  const ruleSettings = Object.entries(raw.rules ?? {}).map(([id, setting]) => [id, typeof setting === 'string' ? { severity: setting } : setting] as const);

  return {
    file: source.file,
    root: path.dirname(source.file),
    version: 1,
    language,
    ...(raw.brand === undefined ? {} : { brand: raw.brand }),
    ignore: ignore.filter((entry): entry is string => typeof entry === 'string'),
    include: raw.include ?? [],
    languages: Object.entries(raw.languages ?? {}).map(([lang, paths]) => ({ lang, paths })),
    frontMatter: { prose: raw.front_matter?.prose ?? [...DEFAULT_PROSE_KEYS] },
    ignoreDrafts: ignore.flatMap((entry, index) => (typeof entry === 'string' ? [] : [selector(entry, ['ignore', index])])),
    ignoreSections: (raw.ignore_sections ?? []).map(headingPattern),
    teams,
    channels,
    areas,
    messages,
    facts,
    terms,
    claims,
    voice: raw.voice ?? {},
    boilerplate,
    campaigns,
    duplicates: {
      minWords: raw.duplicates?.min_words ?? 25,
      threshold: raw.duplicates?.threshold ?? 0.8,
      templateMin: raw.duplicates?.template_min ?? 3,
      allow: {
        texts: (raw.duplicates?.allow ?? []).filter((entry): entry is string => typeof entry === 'string'),
        paths: (raw.duplicates?.allow ?? []).flatMap((entry) => (typeof entry === 'string' ? [] : entry.paths)),
      },
    },
    rules: Object.fromEntries(ruleSettings.flatMap(([id, setting]) => (setting?.severity === undefined ? [] : [[id, setting.severity]]))),
    pathGlobs: [
      ...[...teams.values()]
        .filter((team) => team.paths.length > 0)
        .map((team) => ({ message: `team "${team.id}" paths match no draft`, paths: team.paths, position: source.locate(['teams', team.id], true) })),
      ...[...channels.values()]
        .filter((channel) => channel.paths.length > 0)
        .map((channel) => ({ message: `channel "${channel.id}" paths match no draft`, paths: channel.paths, position: source.locate(['channels', channel.id], true) })),
      ...Object.entries(raw.languages ?? {}).map(([lang, paths]) => ({ message: `language "${lang}" paths match no draft`, paths, position: source.locate(['languages', lang], true) })),
      ...(raw.include ?? []).map((glob, index) => ({ message: `include "${glob}" matches no draft`, paths: [glob], position: source.locate(['include', index]) })),
    ],
    ruleDates: Object.fromEntries(ruleSettings.flatMap(([id, setting]) => (setting?.since === undefined && setting?.until === undefined ? [] : [[id, dates(setting, ['rules', id])]]))),
  };
}

/** A heading pattern of `ignore_sections`: the whole heading, `*` for any text, `?` for one character, case ignored. */
function headingPattern(pattern: string): RegExp {
  // A space before `*` may stand for nothing: "Changelog for *" is also the heading "Changelog for `cargo`", whose code is no text.
  const body = pattern
    .trim()
    .split(/(\s*\*|\?|\s+)/)
    .map((part) => {
      if (part.endsWith('*')) return part === '*' ? '.*' : '(?:\\s.*)?';
      if (part === '?') return '.';
      if (part !== '' && part.trim() === '') return '\\s+';
      return part.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${body}$`, 'isu');
}

export function isCalendarDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, not Date.UTC: that reads the years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function getIn(value: unknown, at: YamlPath): unknown {
  return at.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), value);
}

/**
 * Claim patterns are JavaScript regexes, matched case-insensitively; with the `u` flag where the
 * pattern allows it, so that `\p{L}` and astral characters work.
 */
function compilePattern(pattern: string, source: SpecSource, at: YamlPath): RegExp {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'giu');
  } catch {
    try {
      regex = new RegExp(pattern, 'gi');
    } catch (error) {
      throw source.error(at, `${describePath(at)} is not a valid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`);
    }
  }
  // Nested quantifiers ("(a+)+") can backtrack for ever; refuse them before any draft is read.
  // Patterns that pass this and still run away are stopped by a time bound when matched.
  if (!safeRegex(regex)) {
    throw source.error(at, `${describePath(at)} may backtrack without end (a quantifier inside a repeated group); rewrite it without nested repetition`);
  }
  return regex;
}

const CURRENCIES = new Set(['eur', '€', 'euro', 'euros', 'usd', '$', 'dollar', 'dollars', 'chf', 'franken', 'gbp', '£', 'pound', 'pounds']);
const TIME_UNIT = /^(?:tag|tage|tagen|woche|wochen|monat|monate|monaten|jahr|jahre|jahren|stunden?|minuten?|sekunden?|days?|weeks?|months?|years?|hours?|minutes?|seconds?)$/iu;

/**
 * A fact's kind from its value and unit: an ISO date is a date, other text is text; a number is
 * money, a percentage or a duration by its unit, an amount with any other unit or a fraction, a
 * year when it is a whole number from 1800 to 2199 without a unit, and a count otherwise.
 */
export function inferFactKind(value: number | string | undefined, unit: string | undefined): FactKind | undefined {
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'date' : 'text';
  if (unit !== undefined) {
    const lower = unit.toLowerCase();
    if (CURRENCIES.has(lower)) return 'money';
    if (['%', 'prozent', 'percent'].includes(lower)) return 'percentage';
    return TIME_UNIT.test(lower) ? 'duration' : 'amount';
  }
  if (value === undefined) return undefined;
  if (!Number.isInteger(value)) return 'amount';
  return value >= 1800 && value <= 2199 ? 'year' : 'count';
}

/** A unit a figure in one string may carry: a currency, a percent sign, a unit of time or measure a language knows. */
function isClearUnit(word: string): boolean {
  return TIME_UNIT.test(word) || CURRENCIES.has(word.toLowerCase()) || LANGUAGES.some((language) => language.figures?.units.has(word.toLowerCase()));
}

type FigureReading = { value: number; unit?: string } | { value: number; words: string } | undefined;

/**
 * A fact value written as text, read as the spec's language writes figures: "52.000" (de) is
 * 52000, "29 Euro" is 29 with the unit EUR, "6 Wochen" 6 with the unit Wochen; "4,800 customers"
 * is a figure with words that are no unit. Undefined where the text is no figure (a date, a name,
 * a code with a leading zero).
 */
export function readFigure(text: string, lang: Lang): FigureReading {
  const trimmed = text.trim();
  if (/^[+-]?0\d/.test(trimmed)) return undefined;
  const quantities = readQuantities(trimmed, lang);
  const [q] = quantities;
  if (quantities.length !== 1 || q === undefined || q.kind !== 'number' || q.start !== 0 || q.role !== undefined || q.qualifier !== undefined) return undefined;
  const rest = trimmed.slice(q.end).trim();
  if (rest === '') return { value: q.value, ...(q.unit === undefined ? {} : { unit: q.unit }) };
  if (q.unit === undefined && !/\s/.test(rest) && isClearUnit(rest)) return { value: q.value, unit: rest };
  return { value: q.value, words: rest };
}

/**
 * A fact whose value is a figure in a string ("29 Euro", "52.000") gets it as number and unit;
 * a figure with words that are no unit ("4,800 customers") is refused, since the words would
 * silently turn the check off. `kind: text` keeps the string as it is.
 */
function figureAndUnit(fact: NonNullable<RawSpec['facts']>[number], lang: Lang, source: SpecSource, at: YamlPath): { value?: number | string; unit?: string } {
  if (typeof fact.value !== 'string' || fact.kind === 'text' || isCalendarDate(fact.value) || fact.kind === 'date') return {};
  const figure = readFigure(fact.value, lang);
  if (figure === undefined) return {};
  const where = describePath([...at, 'value']);
  if ('words' in figure) {
    throw source.error(
      [...at, 'value'],
      `${where} "${fact.value}" holds a figure and words that are no unit; write value: ${figure.value} and put "${figure.words}" in context, or give a unit apart with unit: (EUR, %, Wochen, km …)`,
    );
  }
  if (figure.unit !== undefined && fact.unit !== undefined && normaliseUnit(figure.unit) !== normaliseUnit(fact.unit)) {
    throw source.error([...at, 'unit'], `${describePath([...at, 'unit'])} "${fact.unit}" is not the unit in value "${fact.value}"; give the unit once`);
  }
  return { value: figure.value, ...(figure.unit === undefined ? {} : { unit: fact.unit ?? figure.unit }) };
}

/** Where the YAML reads a number otherwise than a reader of the spec does (`value: 52.000` is 52), and what to write instead. */
interface MisreadNumber {
  offset: number;
  message: string;
}

/**
 * A plain scalar YAML reads as another number than its text says to a reader: "52.000" and
 * "4.800" (YAML: 52 and 4.8; thousands where a dot groups them), "010" (10, or 8 in YAML 1.1);
 * and a fact value YAML reads as text that the spec's language reads as a figure ("1,5", "4,800").
 * Found from the scalar's source text, which the parsed value no longer holds.
 */
function misreadNumber(root: unknown, text: string): MisreadNumber | undefined {
  const lang = (isMap(root) ? root.get('language') : undefined) ?? 'en';
  const language = typeof lang === 'string' && /^[a-z]{2,3}$/.test(lang) ? lang : 'en';
  let found: MisreadNumber | undefined;
  const visit = (node: unknown, at: YamlPath) => {
    if (found) return;
    if (isMap(node)) {
      for (const pair of node.items) if (isScalar(pair.key)) visit(pair.value, [...at, String(pair.key.value)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => visit(item, [...at, index]));
    } else if (isScalar(node) && node.type === Scalar.PLAIN && node.range) {
      const written = text.slice(node.range[0], node.range[1]);
      const factValue = at.length === 3 && at[0] === 'facts' && at[2] === 'value';
      const message = misreading(written, node.value, factValue, language);
      if (message) found = { offset: node.range[0], message: `${describePath(at)} ${message}` };
    }
  };
  visit(root, []);
  return found;
}

function misreading(written: string, value: unknown, factValue: boolean, lang: Lang): string | undefined {
  const figure = readFigure(written, lang);
  const quote = (reading: string) => (factValue ? `quote it ("${written}") to read it as the spec's language (${lang}) writes figures${reading}, or ` : '');
  if (typeof value === 'number') {
    if (/^[+-]?0\d/.test(written)) return `${written} is read as ${value}; ${factValue ? `quote it ("${written}") to compare it as text, or ` : ''}write ${value}`;
    // A dot before three digits groups thousands to a German reader; YAML takes it for a decimal point.
    if (/^[+-]?[1-9]\d{0,2}(?:\.\d{3})+$/.test(written) && figure && figure.value !== value) {
      return `${written} is read as ${value}; ${quote(`: ${figure.value}`)}write ${value} or ${Math.round(Number(written.replace(/\./g, '')))} without separators`;
    }
    return undefined;
  }
  // "1,5", "4,800": YAML reads text, the spec means a number.
  if (factValue && typeof value === 'string' && /^[+-]?\d[\d.,'\u00a0 ]*\d$/.test(written) && /[,']/.test(written) && figure && !('words' in figure)) {
    return `${written} is read as the text "${value}"; ${quote(`: ${figure.value}`)}write ${figure.value}`;
  }
  return undefined;
}
