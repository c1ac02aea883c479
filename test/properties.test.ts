// Property tests: random Markdown and random specs never crash the checker, positions stay inside
// their file, --fix leaves nothing of what it fixed, and a suppression hides only its own rule.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DraftError, SpecError } from '../src/errors.js';
import { applyFixes } from '../src/fix.js';
import { candidatePairs, signature, Signatures } from '../src/rules/duplicate/minhash.js';
import { parseSpec } from '../src/index.js';
import { tokenize } from '../src/analysis/tokens.js';
import { lintDrafts } from './helpers.js';

const SPEC = `version: 1
language: de
brand: Brisa Bikes
teams:
  marketing: { paths: ["marketing/**"] }
  communications: { paths: ["pr/**"] }
messages:
  - id: roof
    text: "Mit Brisa Bikes wird der Arbeitsweg elektrisch."
facts:
  - { id: customers, value: 4800, context: [Kunden] }
  - { id: days, context: [Brisa Days] }
terms:
  - { use: Brisa Bikes, avoid: [BrisaBikes], case_sensitive: true, compound: hyphenate }
  - { use: kostenfrei, avoid: [kostenlos, gratis] }
claims:
  - { phrase: Marktführer, reason: Beleg }
  - { pattern: "\\\\bNr\\\\.\\\\s?1\\\\b", reason: Quelle }
voice: { address: formal, inclusive: colon, numbers: { thousands: "." }, dates: long, first_person: quotes-only }
duplicates: { min_words: 5, threshold: 0.8 }
`;

// Pieces of real-looking drafts, traps and oddities; random sequences of them make drafts.
const PIECES = [
  'Die kostenlosen Räder von brisa bikes sind gratis.',
  'Der Marktführer ist die Nr. 1 mit 5.000 Kunden.',
  'Ein Brisa Bikes Händler und du bist dabei, Kund*innen.',
  '„Wir sind stolz“, sagt sie am 12.05.2026.',
  'Mit Brisa Bikes wird der Arbeitsweg nicht elektrisch.',
  'Brisa Days am 16. Mai 2026, 4 800 Räder.',
  '`gratis` im Code, [Link](https://example.com/gratis), <span>gratis</span>',
  '```\ngratis\n```',
  '> Zitat: gratis',
  '- Punkt gratis\n- Punkt zwei',
  '# Überschrift gratis',
  '<!-- onevoice-disable-next-line term -->',
  '<!-- onevoice-disable claim -->',
  '<!-- onevoice-enable -->',
  '---',
  '**fett _kursiv_ gratis**',
  '🚲⚡ Grüße gratis',
  '\\*gratis\\* &amp; gratis',
  '| a | gratis |',
  '',
];

const markdown = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 25 }),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.boolean(),
  )
  .map(([parts, eol, bom]) => (bom ? '\uFEFF' : '') + parts.join(`${eol}${eol}`).replace(/\r?\n/g, eol));

/** Lints, or returns undefined where a draft is reported as unreadable (a DraftError is a report, not a crash). */
function lint(drafts: Record<string, string>, rules?: string[]): ReturnType<typeof lintDrafts> | undefined {
  try {
    return lintDrafts(SPEC, drafts, rules);
  } catch (error) {
    if (error instanceof DraftError) return undefined;
    throw error;
  }
}

function linesOf(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
}

describe('properties', () => {
  it('random Markdown never crashes the checker, and every position lies inside its file', () => {
    fc.assert(
      fc.property(markdown, markdown, (a, b) => {
        const findings = lint({ 'pr/press/a.md': a, 'marketing/blog/b.md': b });
        for (const f of findings ?? []) {
          const lines = linesOf(f.file === 'pr/press/a.md' ? a : b);
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.line).toBeLessThanOrEqual(lines.length);
          expect(f.column).toBeGreaterThanOrEqual(1);
          expect(f.column).toBeLessThanOrEqual(lines[f.line - 1]!.length + 1);
          expect(f.endLine).toBeGreaterThanOrEqual(f.line);
        }
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('after the fixes are applied, a new check finds none of the fixed findings', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const fixable = (lint({ 'a.md': text }, ['term']) ?? []).filter((f) => f.fix);
        const replacements = fixable.map((f) => ({ range: f.fix!.range, text: f.fix!.text }));
        const { text: fixed } = applyFixes(text, replacements);
        // Where each fix now starts: earlier fixes shift it by how much they changed the length.
        const kept = [...replacements].sort((a, b) => a.range[0] - b.range[0]).filter((r, i, all) => i === 0 || r.range[0] >= all[i - 1]!.range[1]);
        let shift = 0;
        const starts = new Set<number>();
        for (const r of kept) {
          starts.add(r.range[0] + shift);
          shift += r.text.length - (r.range[1] - r.range[0]);
        }
        const after = lint({ 'a.md': fixed }, ['term']) ?? [];
        expect(after.filter((f) => f.fix && starts.has(f.fix.range[0]))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("a suppression never hides another rule's findings", () => {
    fc.assert(
      fc.property(markdown, fc.nat(), fc.constantFrom('term', 'claim', 'address-form', 'first-person'), (text, at, rule) => {
        // A title first, so that no front matter forms and the comment always lands in the body.
        const lines = ['Titel', '', ...linesOf(text)];
        const line = 1 + (at % lines.length);
        const suppressed = [...lines.slice(0, line), `<!-- onevoice-disable-next-line ${rule} -->`, ...lines.slice(line)].join('\n');
        const key = (f: { ruleId: string; line: number; column: number; message: string }, shift: number) => `${f.ruleId}:${f.line + shift}:${f.column}:${f.message}`;
        const others = (findings: NonNullable<ReturnType<typeof lint>>, moved: boolean) =>
          findings
            .filter((f) => f.ruleId !== rule && f.ruleId !== 'duplicate')
            .map((f) => key(f, moved && f.line > line ? -1 : 0))
            .sort();
        const plain = lint({ 'pr/press/a.md': lines.join('\n') }) ?? [];
        const withComment = lint({ 'pr/press/a.md': suppressed }) ?? [];
        // Only findings of the suppressed rule may go; an HTML comment can end a paragraph, so
        // compare the rules whose findings do not depend on paragraph boundaries.
        const stable = (keys: string[]) => keys.filter((k) => /^(term|claim|inclusive-language|number-format|date-format):/.test(k));
        expect(stable(others(withComment, true))).toEqual(stable(others(plain, false)));
      }),
      { numRuns: 100 },
    );
  });

  it('random specs load or fail with a SpecError, never another error', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string({ maxLength: 12 }),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('id', 'text', 'use', 'avoid', 'value', 'context', 'paths', 'owner', 'phrase', 'pattern', 'reason', 'required_in', 'team', 'x'), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    const spec = fc.dictionary(
      fc.constantFrom('version', 'language', 'teams', 'channels', 'areas', 'messages', 'facts', 'terms', 'claims', 'voice', 'boilerplate', 'campaigns', 'duplicates', 'rules', 'ignore', 'unknown'),
      value,
      { maxKeys: 6 },
    );
    fc.assert(
      fc.property(spec, (raw) => {
        try {
          parseSpec(JSON.stringify({ version: 1, ...raw }), '/x/onevoice.yaml');
        } catch (error) {
          expect(error).toBeInstanceOf(SpecError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same candidate pairs for a few wanted items as a full run keeps for them', () => {
    // Word sets from a small vocabulary, so that many share bands; groups of three items are one draft.
    const sets = fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { minLength: 3, maxLength: 12 }), { minLength: 2, maxLength: 60 });
    fc.assert(
      fc.property(sets, fc.array(fc.nat(), { maxLength: 3 }), (words, picks) => {
        const signatures = Signatures.join(words.map((set) => signature(set.map((w) => `w${w}`))));
        const group = (i: number) => Math.floor(i / 3);
        const wanted = new Set(picks.map((p) => p % signatures.count));
        const key = ([i, j]: [number, number]) => `${i}-${j}`;
        const all = candidatePairs(signatures, group, () => true)
          .toArray()
          .filter(([i, j]) => wanted.has(i) || wanted.has(j));
        const few = candidatePairs(signatures, group, (i) => wanted.has(i)).toArray();
        expect(few.map(key).sort()).toEqual(all.map(key).sort());
        expect(new Set(few.map(key)).size).toBe(few.length);
        for (const [i, j] of few) expect(group(i)).not.toBe(group(j));
      }),
      { numRuns: 200 },
    );
  });

  it('reads words as the pattern of letters, digits and marks with inner apostrophes does', () => {
    // The tokenizer reads by hand what this pattern says; texts mix its traps: apostrophes before
    // digits and at the end, combining marks, letters and digits beyond the basic plane, emoji.
    const WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
    const pieces = ['a', 'Ü', 'ß', '5', '٣', "'", '’', ' ', '-', '\u0301', '𝐀', '𝟙', '😀', '\ud800', 'don', 'Kunden', '.', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const expected = [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length, m[0]]);
        expect(tokenize(text, 'en').map((t) => [t.start, t.end, t.text])).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
