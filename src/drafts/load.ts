// Reads and parses drafts, and settles each one's team, channel, area, campaign and language.

import path from 'node:path';
import { DraftError } from '../errors.js';
import type { Spec } from '../spec/types.js';
import { toPosix } from './discover.js';
import { decodeDraft } from './decode.js';
import { parseDraft } from '../markdown/parse.js';
import { readBytes, type ReadFailure, toDraftError, toFailure } from './read.js';
import type { Draft, ParsedDraft } from './types.js';
import { draftDate } from './date.js';
import { draftLanguage } from './language.js';
import { ownersOf } from './owners.js';
import { unreadableDraft } from './unreadable.js';
import { detectLanguage } from '../languages/detect.js';
import { selectsAny } from './select.js';
import { withoutSections } from '../markdown/sections.js';

/** A draft from its bytes: decoded, parsed and resolved; or the failure to report for it. */
export function draftFromBytes(spec: Spec, file: string, bytes: Uint8Array): Draft | ReadFailure {
  try {
    return draftFromText(spec, file, decodeDraft(bytes, file));
  } catch (error) {
    return toFailure(error, file);
  }
}

/** A draft from its text: parsed (with the spec's prose keys of front matter) and resolved. Throws a DraftError where it cannot be. */
export function draftFromText(spec: Spec, file: string, text: string): Draft {
  return resolveDraft(spec, file, parseDraft(text, file, { proseKeys: spec.frontMatter.prose }));
}

/** A draft from its text, or, where it cannot be read, the draft that stands for it with its problem (see `unreadableDraft`). */
export function draftOrProblem(spec: Spec, file: string, text: string): Draft {
  try {
    return draftFromText(spec, file, text);
  } catch (error) {
    return unreadableDraft(spec, file, toFailure(error, file).failure);
  }
}

export interface LoadedDrafts {
  drafts: Draft[];
  errors: DraftError[];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * Reads and parses every draft whole, text and all: for commands that need more than findings
 * (coverage). `given` holds drafts' bytes from elsewhere than the disk (the git index).
 */
export function loadDrafts(spec: Spec, files: string[], given?: ReadonlyMap<string, Uint8Array>): LoadedDrafts {
  const drafts: Draft[] = [];
  const errors: DraftError[] = [];
  for (const file of files) {
    const bytes = given?.get(file) ?? readBytes(file);
    const result = 'failure' in bytes ? bytes : draftFromBytes(spec, file, bytes);
    if ('failure' in result) errors.push(toDraftError(result, file));
    else drafts.push(result);
  }
  return { drafts, errors };
}

/** Front matter first, then the spec's team and channel paths, then the spec's language. */
export function resolveDraft(spec: Spec, file: string, parsed: ParsedDraft): Draft {
  const specPath = toPosix(path.relative(spec.root, file));
  const fm = parsed.frontMatter;
  const keyPosition = (key: string) => parsed.frontMatterKeys[key] ?? { line: 1, column: 1 };
  const text = (key: string): string | undefined => {
    const value = fm[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    throw new DraftError('draft-front-matter', `front matter "${key}" must be a string`, file, keyPosition(key));
  };
  const declared = (key: string, known: ReadonlyMap<string, unknown>, kind: string): string | undefined => {
    const id = text(key);
    // Site generators use these keys too ("team: The Cargo Team <https://…>"): a value that is no
    // id at all is theirs, not a misspelt id of the spec's, and the spec's paths decide.
    if (id !== undefined && !ID.test(id)) return undefined;
    if (id !== undefined && known.size > 0 && !known.has(id)) {
      throw new DraftError('draft-front-matter', `unknown ${kind} "${id}" in front matter (the spec declares ${[...known.keys()].join(', ')})`, file, keyPosition(key));
    }
    return id;
  };
  const owners = ownersOf(spec);
  const team = declared('team', spec.teams, 'team') ?? owners.teams.find((t) => t.matches(specPath))?.id;
  const channel = declared('channel', spec.channels, 'channel') ?? owners.channels.find((c) => c.matches(specPath))?.id;
  // An undeclared area is area-ownership's to report, not a reason to skip the draft.
  const area = text('area');
  const campaign = declared('campaign', spec.campaigns, 'campaign');
  const { lang, langSource } = draftLanguage(spec, specPath, fm, () => detectLanguage(parsed.blocks.map((block) => block.text)));
  const title = text('title');
  const reviewers = fm.reviewed_by;
  const reviewedBy = reviewers === undefined || reviewers === null ? [] : [reviewers].flat().map(String);
  for (const reviewer of reviewedBy) {
    if (spec.teams.size > 0 && !spec.teams.has(reviewer)) {
      throw new DraftError('draft-front-matter', `unknown team "${reviewer}" in reviewed_by`, file, keyPosition('reviewed_by'));
    }
  }
  const date = draftDate(fm, file);
  const draft: Draft = {
    ...parsed,
    file,
    specPath,
    lang,
    langSource,
    reviewedBy,
    ...(title === undefined ? {} : { title }),
    ...(team === undefined ? {} : { team }),
    ...(channel === undefined ? {} : { channel }),
    ...(area === undefined ? {} : { area }),
    ...(campaign === undefined ? {} : { campaign }),
    ...(date === undefined ? {} : { date }),
  };
  if (spec.ignoreSections.length > 0) draft.blocks = withoutSections(draft.blocks, spec.ignoreSections);
  if (spec.ignoreDrafts.length > 0 && selectsAny(spec.ignoreDrafts, draft)) draft.ignored = true;
  return draft;
}
