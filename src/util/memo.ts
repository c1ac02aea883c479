// Memoisation: what is compiled once per spec and language, and computed once per draft and spec,
// however many rules ask for it.

import type { Lang } from '../spec/types.js';

export function perDraft<D extends object, S extends object, T>(compute: (spec: S, draft: D) => T): (spec: S, draft: D) => T {
  const cache = new WeakMap<D, WeakMap<S, T>>();
  return (spec, draft) => {
    let bySpec = cache.get(draft);
    if (!bySpec) cache.set(draft, (bySpec = new WeakMap()));
    if (!bySpec.has(spec)) bySpec.set(spec, compute(spec, draft));
    return bySpec.get(spec)!;
  };
}

/**
 * Memoises what a rule compiles from the spec, once per spec and draft language, so that spec
 * phrases are tokenised and stemmed once per run, not once per draft.
 */
export function perLanguage<S extends object, T>(build: (spec: S, lang: Lang) => T): (spec: S, lang: Lang) => T {
  const cache = new WeakMap<S, Map<Lang, T>>();
  return (spec, lang) => {
    let byLang = cache.get(spec);
    if (!byLang) cache.set(spec, (byLang = new Map()));
    let built = byLang.get(lang);
    if (built === undefined) byLang.set(lang, (built = build(spec, lang)));
    return built;
  };
}

/** Memoises what is compiled once per spec. */
export function perSpec<S extends object, T>(build: (spec: S) => T): (spec: S) => T {
  const cache = new WeakMap<S, T>();
  return (spec) => {
    if (!cache.has(spec)) cache.set(spec, build(spec));
    return cache.get(spec)!;
  };
}

const runTables = new Set<Map<unknown, unknown>>();

/**
 * A memo table that lives for one run: what it learns over a run's drafts (spellings, hashes)
 * helps that run, and `endRun` empties it, so a long-lived host (an editor server) does not grow
 * without bound.
 */
export function runTable<K, V>(): Map<K, V> {
  const table = new Map<K, V>();
  runTables.add(table as Map<unknown, unknown>);
  return table;
}

/** Empties every run table: called when a check or lint ends. */
export function endRun(): void {
  for (const table of runTables) table.clear();
}
