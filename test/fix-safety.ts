// What the tests of --fix's structural guarantee share: the rules that fix, specs that make many
// fixes, a check of every pass against the mdast oracle, and the run over a copy of a real corpus.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { check } from '../src/check.js';
import { fixToFixedPoint, writeFixedDrafts, type FixPass } from '../src/fix.js';
import { rules } from '../src/rules/index.js';
import { CORPORA } from './helpers.js';
import { structuralChanges } from './mdast-oracle.js';

/** The rules that carry fixes. */
export const FIXING = rules.filter((rule) => ['term', 'number-format', 'date-format'].includes(rule.id));

// Specs that make many fixes, in every kind of Markdown around them: common words with avoid forms
// and casings (in link texts, emphasis, headings, reference labels, identifiers, code), German
// compounds, another thousands separator and another date style than the drafts use.
export const GERMAN = `version: 1
language: de
terms:
  - { use: OK Lab, avoid: [OKLab, OK-Lab, Oklab], compound: hyphenate }
  - { use: Open Data, avoid: [OpenData, Opendata], compound: hyphenate }
  - { use: Open Source, avoid: [OpenSource], compound: hyphenate }
  - { use: Code for Germany, avoid: [CodeforGermany], compound: hyphenate }
  - { use: E-Mail, avoid: [Email, EMail, eMail] }
  - { use: Veranstaltung, avoid: [Event, Treffen] }
  - { use: Community, avoid: [Gemeinschaft, Gemeinde] }
  - { use: Hackathon, avoid: [Hackday, Hack-Day] }
  - { use: Daten, avoid: [Data], lang: de }
  - { use: Projekt, avoid: [Vorhaben] }
  - { use: Stadt, avoid: [Kommune] }
  - { use: GitHub, avoid: [Github, github] }
  - { use: Civic Tech, avoid: [CivicTech], case_sensitive: true, compound: hyphenate }
  - { use: Prototype Fund, case_sensitive: true, compound: hyphenate }
  - { use: kostenfrei, avoid: [kostenlos, gratis] }
  - { use: WebAssembly, avoid: [wasm] }
  - { use: Release, avoid: [version], lang: en }
  - { use: Rust Project, avoid: [Rust team], case_sensitive: true }
  - { use: Cargo, case_sensitive: true }
  - { use: Nightly, case_sensitive: true }
  - { use: compiler, avoid: [rustc] }
  - { use: crates.io, avoid: [Crates.io, crates-io], case_sensitive: true }
  - { use: macOS, avoid: [Mac OS X, OSX, MacOS] }
voice: { numbers: { thousands: { de: " ", en: "." } }, dates: { de: iso, en: numeric } }
`;

export const ENGLISH = GERMAN.replace('language: de', 'language: en');

/** Holds each pass to the oracle: what it changed beyond its fixed spans, by draft; and how many fixes and passes it saw. */
export function checker() {
  const problems: string[] = [];
  let fixes = 0;
  let passes = 0;
  return {
    problems,
    get fixes() {
      return fixes;
    },
    get passes() {
      return passes;
    },
    onPass(pass: FixPass) {
      passes++;
      fixes += pass.replacements.length;
      for (const problem of structuralChanges(pass.before, pass.after, pass.replacements)) problems.push(`${pass.file}: ${problem}`);
    },
  };
}

/**
 * Copies the drafts of a real corpus, checks them under `spec`, fixes them to the fixed point as
 * `onevoice check --fix` does with every pass held to the oracle, and writes them.
 */
export async function fixCorpus(name: string, drafts: string, spec: string, count: number): Promise<void> {
  const folder = mkdtempSync(path.join(os.tmpdir(), `onevoice-fix-${name}-`));
  try {
    cpSync(path.join(CORPORA, name, drafts), path.join(folder, drafts), { recursive: true });
    writeFileSync(path.join(folder, 'onevoice.yaml'), spec);
    const result = await check({ cwd: folder, patterns: [], rules: FIXING });
    // Every draft is read (codefor-de's archived README is a project file, not a draft); one that cannot be parsed would be a parse finding.
    expect(result.checked.length + result.draftErrors.length).toBe(count);
    const seen = checker();
    const outcome = fixToFixedPoint(result.spec, FIXING, result.findings, { onPass: (pass) => seen.onPass(pass) });
    expect(seen.problems).toEqual([]);
    expect(outcome.errors).toEqual([]);
    // Every fixed draft ended with no fix left: one run reached the fixed point.
    expect(outcome.unfinished).toEqual([]);
    // Enough fixes in enough drafts that the guarantee is held where it matters.
    expect(seen.fixes).toBeGreaterThan(1500);
    expect(outcome.drafts.length).toBeGreaterThan(count / 5);
    expect(writeFixedDrafts(outcome.drafts)).toEqual([]);
    for (const fixed of outcome.drafts) expect(readFileSync(fixed.file, 'utf8')).toBe(fixed.after);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
