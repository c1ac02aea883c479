// `onevoice init`: a commented starter spec (and, with --example, sample drafts) in the working folder.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { SPEC_NAMES } from '../spec/load.js';

/** Where editors with the YAML language server find the spec's schema, relative to the spec. */
export const SCHEMA_REFERENCE = './node_modules/onevoice/src/spec/onevoice.schema.json';

export const STARTER_SPEC = `# yaml-language-server: $schema=${SCHEMA_REFERENCE}
# onevoice core-message spec: the one source of truth for Marketing and Communications.
# Every key but \`version\` is optional. Run \`onevoice check\` to check all drafts against it.
version: 1
language: de                      # default language of drafts; a draft may say \`lang: en\`
brand: Beispiel GmbH
ignore: ["archive/**"]            # drafts never checked

# Who wrote a draft: front matter \`team:\`, else these paths.
teams:
  marketing:      { paths: ["marketing/**"] }
  communications: { paths: ["pr/**"] }

# Where a draft goes: front matter \`channel:\`, else these paths.
channels:
  press:  { paths: ["**/press/**"], voice: { first_person: quotes-only } }
  blog:   { paths: ["**/blog/**"] }
  social: { paths: ["**/social/**"] }

# The contested areas and who owns them; reviewers may sign off with \`reviewed_by\`.
areas:
  press:       { owner: communications }
  advertising: { owner: marketing, reviewers: [communications] }

# Core messages: what every required draft must convey.
messages:
  - id: roof
    text:
      de: "Beispiel macht den Arbeitsweg elektrisch."
      en: "Beispiel makes the commute electric."
    required_in:
      - channel: press

# Approved facts: figures and dates every draft must state alike.
facts:
  - id: customers
    value: 4800
    context: [Kunden, "Kund:innen", customers]

# Terminology: the word to use, and the forms to avoid (inflected forms match too).
terms:
  - use: kostenfrei
    avoid: [kostenlos, gratis]

# Claims that need proof.
claims:
  - phrase: Marktführer
    reason: "Alleinstellung nur mit Beleg (§ 5 UWG)"

voice:
  address: formal                 # formal (Sie) | informal (du)
  numbers: { thousands: "." }
  dates: long

duplicates: { min_words: 25, threshold: 0.8 }
rules: {}                         # per-rule severity: error | warning | info | off, or { severity, since: YYYY-MM-DD }
`;

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

/** Writes the starter spec (and examples) into `cwd`; returns the files written, relative to it. */
export function init(cwd: string, example: boolean): string[] {
  const existing = SPEC_NAMES.map((name) => path.join(cwd, name)).find((file) => existsSync(file));
  if (existing) throw new UsageError('a spec is already here; onevoice init never overwrites it', existing);
  const written = ['onevoice.yaml'];
  writeFileSync(path.join(cwd, 'onevoice.yaml'), STARTER_SPEC, { flag: 'wx' });
  if (example) {
    for (const [file, text] of Object.entries(EXAMPLES)) {
      const target = path.join(cwd, file);
      if (existsSync(target)) continue;
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text, { flag: 'wx' });
      written.push(file);
    }
  }
  return written;
}
