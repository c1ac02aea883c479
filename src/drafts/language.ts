// A draft's language, and what named it: its front matter (`lang`, `language`, `locale`), the
// spec's path map (`languages:`), the file's suffix as Hugo names translations (`index.en.md`),
// its text for drafts nothing else names, and last the spec's `language`.

import path from 'node:path';
import picomatch from 'picomatch';
import { readsLanguage } from '../languages/codes.js';
import type { Lang, Spec } from '../spec/types.js';
import type { LangSource } from './types.js';

const FRONT_MATTER_KEYS = ['lang', 'language', 'locale'];

let displayNames: Intl.DisplayNames | undefined;

const declared = (code: string, spec: Spec) => code === spec.language || spec.languages.some((entry) => entry.lang === code);

/** Whether a lowercase code of two or three letters names a language (as Intl knows them, or the spec declares it). */
function isLanguage(code: string, spec: Spec): boolean {
  if (declared(code, spec)) return true;
  displayNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  try {
    return displayNames.of(code) !== undefined;
  } catch {
    return false;
  }
}

// A language tag as front matter writes it: "de", "DE", "de-DE", "en_US", "pt-br".
const TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/i;
// A translation's suffix before the extension, as Hugo names them: "index.en.md", "post.de-at.md".
const SUFFIX = /\.([a-z]{2})(?:[-_](?:[a-z]{2}|\d{3}))?$/i;

/** The language a front-matter value names ("de-DE" is de), if it names one. */
export function languageOfTag(value: unknown, spec: Spec): Lang | undefined {
  if (typeof value !== 'string') return undefined;
  const code = TAG.exec(value.trim())?.[1]?.toLowerCase();
  return code !== undefined && isLanguage(code, spec) ? code : undefined;
}

const pathMaps = new WeakMap<Spec, { lang: Lang; matches: (file: string) => boolean }[]>();

function pathMap(spec: Spec) {
  let map = pathMaps.get(spec);
  if (!map) pathMaps.set(spec, (map = spec.languages.map(({ lang, paths }) => ({ lang, matches: picomatch(paths, { dot: true }) }))));
  return map;
}

/** The language a draft's path names, by the spec's `languages:` map or by its suffix; undefined where neither does. */
export function languageOfPath(spec: Spec, specPath: string): { lang: Lang; langSource: LangSource } | undefined {
  const mapped = pathMap(spec).find((entry) => entry.matches(specPath))?.lang;
  if (mapped !== undefined) return { lang: mapped, langSource: 'path' };
  const suffix = SUFFIX.exec(path.posix.basename(specPath, path.posix.extname(specPath)))?.[1]?.toLowerCase();
  // A suffix names a language onevoice reads or the spec names: "crates.io.md" is about crates.io, not in Ido.
  if (suffix !== undefined && (readsLanguage(suffix) || declared(suffix, spec))) return { lang: suffix, langSource: 'suffix' };
  return undefined;
}

/**
 * The draft's language and what named it, in that order: front matter, path map, suffix, text
 * (`detect`, asked only where nothing else names it), spec.
 */
export function draftLanguage(spec: Spec, specPath: string, frontMatter: Record<string, unknown>, detect: () => Lang | undefined): { lang: Lang; langSource: LangSource } {
  for (const key of FRONT_MATTER_KEYS) {
    const lang = languageOfTag(frontMatter[key], spec);
    if (lang !== undefined) return { lang, langSource: 'front-matter' };
  }
  const byPath = languageOfPath(spec, specPath);
  if (byPath) return byPath;
  const detected = detect();
  if (detected !== undefined) return { lang: detected, langSource: 'detected' };
  return { lang: spec.language, langSource: 'spec' };
}
