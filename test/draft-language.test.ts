// Each draft's language and what named it: front matter, the spec's path map, a Hugo-style file
// suffix, the text itself for drafts nothing else names, else the spec's language.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftFromText } from '../src/drafts/load.js';
import { unreadableDraft } from '../src/drafts/unreadable.js';
import { parseSpec } from '../src/index.js';
import { LANGUAGE_FILES } from '../src/languages/codes.js';
import { detectLanguage } from '../src/languages/detect.js';
import { LANGUAGES } from '../src/languages/index.js';
import { lintDrafts, VIRTUAL_ROOT } from './helpers.js';

const SPEC = 'version: 1\nlanguage: de\nlanguages:\n  en: ["en/**", "**/*.en-only.md"]\n  fr: ["fr/**"]\n';
const spec = parseSpec(SPEC, path.join(VIRTUAL_ROOT, 'onevoice.yaml'));

const GERMAN =
  'Brisa Bikes bringt das E-Bike-Abo in zwölf weitere Städte. Ab dem 14. April können Pendlerinnen und Pendler in Dresden, Erfurt und Rostock ein E-Bike abonnieren, statt es zu kaufen. Wer sich bis Ende April anmeldet, zahlt im ersten Monat nichts. Die Räder werden bei einer Panne innerhalb von 24 Stunden getauscht, und die Wartung ist im Monatsbeitrag enthalten. Das ist für uns der Kern des Angebots: kein Kaufpreis, keine Reparatursorgen.\n';
const ENGLISH =
  'Brisa Bikes is taking its e-bike subscription to twelve more cities. From April 14, commuters in Dresden, Erfurt and Rostock can subscribe to an e-bike instead of buying one. Anyone who signs up by the end of April pays nothing for the first month. Bikes that break down are swapped within 24 hours, and the service is part of the monthly fee. That is what the offer is about for us: no purchase price and no repair worries.\n';

const languageOf = (file: string, text: string) => {
  const { lang, langSource } = draftFromText(spec, path.join(VIRTUAL_ROOT, file), text);
  return `${lang} ${langSource}`;
};

describe("a draft's language", () => {
  it.each([
    ['lang: en', '---\nlang: en\n---\n', 'en front-matter'],
    ['a region, any case', '---\nlang: EN-us\n---\n', 'en front-matter'],
    ['language with an underscore', '---\nlanguage: de_AT\n---\n', 'de front-matter'],
    ['locale', '---\nlocale: fr-FR\n---\n', 'fr front-matter'],
    ['TOML', '+++\nlang = "en"\n+++\n', 'en front-matter'],
    // The path map decides then (en/…).
    ['a value that names no language', '---\nlanguage: Deutsch\nlocale: 42\n---\n', 'en path'],
  ])('from front matter, before the path: %s', (_, head, expected) => {
    expect(languageOf('en/post.md', `${head}\nKurz.\n`)).toBe(expected);
  });

  it("from the spec's path map, before a suffix and the text", () => {
    expect(languageOf('en/blog/start.de.md', GERMAN)).toBe('en path');
    expect(languageOf('blog/start.en-only.md', GERMAN)).toBe('en path');
    expect(languageOf('fr/actualites/lancement.md', 'Court.\n')).toBe('fr path');
  });

  it('from a Hugo-style suffix, where onevoice reads the language or the spec names it', () => {
    expect(languageOf('blog/lancement/index.en.md', 'Kurz.\n')).toBe('en suffix');
    expect(languageOf('blog/post.de.md', ENGLISH)).toBe('de suffix');
    expect(languageOf('blog/post.fr.markdown', 'Kurz.\n')).toBe('fr suffix');
    // "crates.io" is a name, not Ido; "-incident" is no region.
    expect(languageOf('blog/2018-10-19-Update-on-crates.io-incident.md', 'Kurz.\n')).toBe('de spec');
    expect(languageOf('blog/crates.io.md', 'Kurz.\n')).toBe('de spec');
  });

  it('from the text where nothing else names it, with enough evidence', () => {
    expect(languageOf('blog/launch.md', ENGLISH)).toBe('en detected');
    expect(languageOf('blog/start.md', GERMAN)).toBe('de detected');
    // A short draft, or one of two languages alike, keeps the spec's language.
    expect(languageOf('blog/short.md', 'The launch is on April 14.\n')).toBe('de spec');
    expect(languageOf('blog/mixed.md', `${GERMAN}\n${ENGLISH}`)).toBe('de spec');
    expect(detectLanguage([])).toBeUndefined();
  });

  it('detects from a title and description in front matter too', () => {
    expect(languageOf('blog/teaser.md', `---\ndescription: "${ENGLISH.trim()}"\n---\n`)).toBe('en detected');
  });

  it('of a draft that cannot be read: its path, else the spec', () => {
    const problem = { code: 'draft-read', message: 'not valid UTF-8 text' };
    expect(unreadableDraft(spec, path.join(VIRTUAL_ROOT, 'en/a.md'), problem)).toMatchObject({ lang: 'en', langSource: 'path' });
    expect(unreadableDraft(spec, path.join(VIRTUAL_ROOT, 'b/index.en.md'), problem)).toMatchObject({ lang: 'en', langSource: 'suffix' });
    expect(unreadableDraft(spec, path.join(VIRTUAL_ROOT, 'b/c.md'), problem)).toMatchObject({ lang: 'de', langSource: 'spec' });
  });

  it("decides which rules hold: German address forms are not asked of an English draft the spec's language would call German", () => {
    const voice = `${SPEC}voice: { address: formal }\n`;
    const informal = 'Du kannst dein Rad jederzeit tauschen, und wir helfen dir dabei gern.\n';
    expect(lintDrafts(voice, { 'blog/a.md': informal }, ['address-form']).map((f) => f.ruleId)).toEqual(['address-form', 'address-form', 'address-form']);
    expect(lintDrafts(voice, { 'en/a.md': informal }, ['address-form'])).toEqual([]);
  });

  it('knows the languages with a file of their own without loading them', () => {
    expect([...LANGUAGE_FILES].sort()).toEqual(LANGUAGES.map((language) => language.code).sort());
  });
});

describe('spec keys for languages', () => {
  it.each([
    ['a code that is none', 'version: 1\nlanguages:\n  english: ["en/**"]\n', /languages/],
    ['a glob that is no list', 'version: 1\nlanguages:\n  en: "en/**"\n', /languages\.en must be a list/],
    ['an empty list', 'version: 1\nlanguages:\n  en: []\n', /languages\.en/],
  ])('refuses %s', (_, yaml, message) => {
    expect(() => parseSpec(yaml, '/x/onevoice.yaml')).toThrow(message);
  });
});
