// `onevoice init`: a commented starter spec (and, with --example, sample drafts) in the working folder.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { SPEC_NAMES } from '../spec/load.js';

/** Where editors with the YAML language server find the spec's schema, relative to the spec. */
export const SCHEMA_REFERENCE = './node_modules/onevoice/src/spec/onevoice.schema.json';

/** What the starter spec says in each language it is written for. */
interface StarterWords {
  code: string;
  other: string;
  brand: string;
  roof: string;
  customers: string;
  term: string;
  claim: string;
  voice: string;
}

/** The starter spec: one text, with the brand, examples and voice of the drafts' language. */
const starterSpec = (w: StarterWords) => `# yaml-language-server: $schema=${SCHEMA_REFERENCE}
# onevoice core-message spec: the one source of truth for Marketing and Communications.
# Every key but \`version\` is optional. Run \`onevoice check\` to check all drafts against it.
version: 1
language: ${w.code}                      # default language of drafts; a draft may say \`lang: ${w.other}\`
brand: ${w.brand}
ignore: ["archive/**"]            # drafts never checked

# Who wrote a draft: front matter \`team:\`, else these paths.
teams:
  marketing:      { paths: ["marketing/**"] }
  communications: { paths: ["pr/**"] }

# Where a draft goes: front matter \`channel:\`, else these paths.
channels:
  press:  { paths: ["**/press/**"], voice: { first_person: quotes-only } }
  blog:   { paths: ["**/blog/**"] }

# The contested areas and who owns them; reviewers may sign off with \`reviewed_by\`.
areas:
  press:       { owner: communications }
  advertising: { owner: marketing, reviewers: [communications] }

# Core messages: what every required draft must convey.
messages:
  - id: roof
    text:
${w.roof}
    required_in:
      - channel: press

# Approved facts: figures and dates every draft must state alike.
facts:
  - id: customers
    value: 4800
    context: ${w.customers}

# Terminology: the word to use, and the forms to avoid (inflected forms match too).
terms:
${w.term}

# Claims that need proof.
claims:
${w.claim}

voice:
${w.voice}
  dates: long

duplicates: { min_words: 25, threshold: 0.8 }
rules: {}                         # per-rule severity: error | warning | info | off, or { severity, since: YYYY-MM-DD }
`;

/** The German starter (the default): a spec for drafts written in German. */
export const STARTER_SPEC = starterSpec({
  code: 'de',
  other: 'en',
  brand: 'Beispiel GmbH',
  roof: '      de: "Beispiel macht den Arbeitsweg elektrisch."\n      en: "Beispiel makes the commute electric."',
  customers: '[Kunden, "Kund:innen", customers]',
  term: '  - use: kostenfrei\n    avoid: [kostenlos, gratis]',
  claim: '  - phrase: Marktführer\n    reason: "Alleinstellung nur mit Beleg (§ 5 UWG)"',
  voice: '  address: formal                 # formal (Sie) | informal (du)\n  numbers: { thousands: "." }',
});

/** The English starter (`init --lang en`): the same spec for drafts written in English. */
export const STARTER_SPEC_EN = starterSpec({
  code: 'en',
  other: 'de',
  brand: 'Example Inc.',
  roof: '      en: "Example makes the commute electric."\n      de: "Example macht den Arbeitsweg elektrisch."',
  customers: '[customers, Kunden]',
  term: '  - use: e-bike\n    avoid: [ebike, e bike]',
  claim: '  - phrase: market leader\n    reason: "A claim to lead the market needs a source"',
  voice: '  numbers: { thousands: "," }',
});

const EXAMPLES_EN: Record<string, string> = {
  'pr/press/2026-05-12-launch.md': `---
title: Example launches its commuter subscription
---

# Example launches its commuter subscription

**Berlin, May 12, 2026** – Example makes the commute electric. More than 4,800 customers
already ride along, and the first test ride on an ebike is free.
`,
  'marketing/blog/2026-05-14-commute.md': `---
title: Commuting without traffic jams
---

# Commuting without traffic jams

Over 5,000 customers know it already: as the market leader we make your way to work easier.
`,
};

const EXAMPLES: Record<string, string> = {
  'pr/press/2026-05-12-start.md': `---
title: Beispiel startet das Pendel-Abo
---

# Beispiel startet das Pendel-Abo

**Berlin, 12. Mai 2026** – Beispiel macht den Arbeitsweg elektrisch. Mehr als 4.800 Kunden
fahren bereits mit, und die erste Probefahrt ist kostenlos.
`,
  'marketing/blog/2026-05-14-pendeln.md': `---
title: Pendeln ohne Stau
---

# Pendeln ohne Stau

Über 5.000 Kunden wissen es schon: Als Marktführer machen wir Ihren Weg zur Arbeit leichter.
`,
};

/** The starters by language: the spec and the sample drafts `--example` adds. */
export const STARTERS: Record<string, { spec: string; examples: Record<string, string> }> = {
  de: { spec: STARTER_SPEC, examples: EXAMPLES },
  en: { spec: STARTER_SPEC_EN, examples: EXAMPLES_EN },
};

/** What to do once the starter is written, for stderr. */
export const NEXT_STEP = 'next: edit onevoice.yaml, then run npx onevoice check';

/** Writes the starter spec (and examples) in `lang` (de or en) into `cwd`; returns the files written, relative to it. */
export function init(cwd: string, example: boolean, lang = 'de'): string[] {
  const starter = STARTERS[lang];
  if (!starter) throw new UsageError(`init writes a starter in ${Object.keys(STARTERS).join(' or ')}, not "${lang}"`);
  const existing = SPEC_NAMES.map((name) => path.join(cwd, name)).find((file) => existsSync(file));
  if (existing) throw new UsageError('a spec is already here; onevoice init never overwrites it', existing);
  const written = ['onevoice.yaml'];
  writeFileSync(path.join(cwd, 'onevoice.yaml'), starter.spec, { flag: 'wx' });
  if (example) {
    for (const [file, text] of Object.entries(starter.examples)) {
      const target = path.join(cwd, file);
      if (existsSync(target)) continue;
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text, { flag: 'wx' });
      written.push(file);
    }
  }
  return written;
}
