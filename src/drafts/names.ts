// How a message names another draft: by the shortest end of its path that no other draft shares,
// so that "index.md" on a site where every page is an index.md reads "labs/bonn/index.md".

import type { DraftInfo } from './types.js';

/** The ends of a path, shortest first: `c.md`, `b/c.md`, `a/b/c.md`; slices of it, not its parts joined anew, as this runs for every draft's path. */
function endsOf(specPath: string): string[] {
  const ends: string[] = [];
  for (let slash = specPath.lastIndexOf('/'); slash >= 0; slash = slash === 0 ? -1 : specPath.lastIndexOf('/', slash - 1)) ends.push(specPath.slice(slash + 1));
  ends.push(specPath);
  return ends;
}

const namings = new WeakMap<readonly unknown[], (draft: DraftInfo) => string>();

/**
 * A function that names each draft of `drafts` by the shortest end of its path (relative to the
 * spec's folder) that no other of them ends with; computed once per list of drafts.
 */
export function draftNames(drafts: readonly { draft: DraftInfo }[]): (draft: DraftInfo) => string {
  let naming = namings.get(drafts);
  if (naming) return naming;
  // How many drafts end with each path end: one means the end names a draft alone. Counted when a
  // first draft is named: a check that reports no copy names none.
  let counts: Map<string, number> | undefined;
  const countEnds = () => {
    counts = new Map<string, number>();
    for (const { draft } of drafts) for (const end of endsOf(draft.specPath)) counts.set(end, (counts.get(end) ?? 0) + 1);
    return counts;
  };
  const names = new Map<string, string>();
  naming = (draft) => {
    let name = names.get(draft.specPath);
    if (name === undefined) {
      const counted = counts ?? countEnds();
      names.set(draft.specPath, (name = endsOf(draft.specPath).find((end) => counted.get(end) === 1) ?? draft.specPath));
    }
    return name;
  };
  namings.set(drafts, naming);
  return naming;
}
