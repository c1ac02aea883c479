// Which team and channel a draft's path puts it in, by the spec's `paths`: matchers compiled once per spec.

import picomatch from 'picomatch';
import type { Spec } from '../spec/types.js';

type PathOwner = { id: string; matches: (file: string) => boolean };

const pathOwners = new WeakMap<Spec, { teams: PathOwner[]; channels: PathOwner[] }>();

/** The spec's teams and channels that have paths, each with its matcher. */
export function ownersOf(spec: Spec) {
  let owners = pathOwners.get(spec);
  if (!owners) {
    const compile = (entries: Iterable<{ id: string; paths: string[] }>) => [...entries].filter((e) => e.paths.length > 0).map((e) => ({ id: e.id, matches: picomatch(e.paths, { dot: true }) }));
    owners = { teams: compile(spec.teams.values()), channels: compile(spec.channels.values()) };
    pathOwners.set(spec, owners);
  }
  return owners;
}
