// What stands for a draft that could not be read or parsed: the `parse` rule reports its problem.
// Apart from the reader and parser, so that the outer layer takes it without loading them.

import path from 'node:path';
import { draftDate } from './date.js';
import { toPosix } from './discover.js';
import { languageOfPath } from './language.js';
import { ownersOf } from './owners.js';
import type { Draft, DraftProblem } from './types.js';
import type { Spec } from '../spec/types.js';

/**
 * What stands for a draft that could not be read or parsed: no text, front matter or prose, only
 * its problem, which the `parse` rule reports; team, channel, language and date as its path says.
 */
export function unreadableDraft(spec: Spec, file: string, problem: DraftProblem): Draft {
  const specPath = toPosix(path.relative(spec.root, file));
  const owners = ownersOf(spec);
  const team = owners.teams.find((t) => t.matches(specPath))?.id;
  const channel = owners.channels.find((c) => c.matches(specPath))?.id;
  const date = draftDate({}, file);
  const { lang, langSource } = languageOfPath(spec, specPath) ?? { lang: spec.language, langSource: 'spec' as const };
  return {
    source: '',
    bom: false,
    lineStarts: [0],
    frontMatter: {},
    frontMatterKeys: {},
    blocks: [],
    directives: [],
    file,
    specPath,
    lang,
    langSource,
    reviewedBy: [],
    problem,
    ...(team === undefined ? {} : { team }),
    ...(channel === undefined ? {} : { channel }),
    ...(date === undefined ? {} : { date }),
  };
}
