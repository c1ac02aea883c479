// Language names as people write them where a code belongs (`language: german`, `lang: Deutsch`):
// the code they mean, by the names ICU knows (Intl.DisplayNames) in English, German and the
// language itself, so that no table of names is kept here.

let byName: Map<string, string> | undefined;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const inEnglish = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const inGerman = new Intl.DisplayNames(['de'], { type: 'language', fallback: 'none' });
  for (const first of LETTERS) {
    for (const second of LETTERS) {
      const code = first + second;
      let own: string | undefined;
      try {
        own = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
      } catch {
        own = undefined;
      }
      // English names first: where two codes share a name, the first one set stays.
      for (const name of [inEnglish.of(code), inGerman.of(code), own]) {
        const key = name?.toLowerCase();
        if (key && !byName.has(key)) byName.set(key, code);
      }
    }
  }
  return byName;
}

/** The two-letter code of a language written by name ("german", "Deutsch", "englisch" → de, en), or undefined. */
export function codeForName(name: string): string | undefined {
  return names().get(name.trim().toLowerCase());
}
