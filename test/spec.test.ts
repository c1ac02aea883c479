import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SpecError } from '../src/errors.js';
import { findSpec, loadSpec, parseSpec } from '../src/index.js';
import { SPEC_ERRORS } from './spec-cases.js';

const FULL = `
version: 1
language: de
brand: Brisa Bikes
ignore: ["archive/**"]
teams:
  marketing:      { paths: ["marketing/**"] }
  communications: { paths: ["pr/**"], voice: { address: formal } }
channels:
  press:  { paths: ["**/press/**"], voice: { first_person: quotes-only } }
  blog:   { paths: ["**/blog/**"] }
areas:
  press:          { owner: communications }
  social-selling: { owner: marketing, reviewers: [communications] }
messages:
  - id: roof
    text:
      de: "Brisa macht den Arbeitsweg in jeder Stadt elektrisch."
      en: "Brisa makes every city commute electric."
    variants:
      de: ["Mit Brisa pendeln Sie elektrisch."]
    required_in:
      - channel: press
      - { team: marketing, channel: blog }
    severity: error
facts:
  - id: dealers
    value: 1200
    context: [Händler, dealers]
  - id: launch
    value: 2026-05-12
    context: [Start]
  - id: event-date
    context: [Brisa Days]
terms:
  - use: Brisa Bikes
    avoid: [BrisaBikes]
    case_sensitive: true
    compound: hyphenate
claims:
  - phrase: Marktführer
    reason: "Alleinstellung nur mit Beleg"
  - pattern: "\\\\b(?:Nr\\\\.\\\\s?1|#1)\\\\b"
    reason: "Number-one claims need a source"
    severity: warning
voice:
  address: formal
  inclusive: colon
  numbers: { thousands: { de: ".", en: "," } }
  dates: long
  first_person: allowed
boilerplate:
  - id: about
    required_in: [{ channel: press }]
    text: |
      Über Brisa Bikes: Die Brisa Bikes GmbH …
campaigns:
  spring-launch:
    unit: [marketing, communications]
    lead: communications
    messages: [roof]
duplicates: { min_words: 25, threshold: 0.8 }
rules: { number-format: off, duplicate: error }
`;

/** The SpecError a spec text raises, as `line:column message`. */
function specError(yaml: string): string {
  try {
    parseSpec(yaml, '/specs/onevoice.yaml');
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    return `${error.position?.line}:${error.position?.column} ${error.message}`;
  }
  throw new Error('the spec loaded');
}

describe('loading the spec', () => {
  it('loads every section of the format', () => {
    const spec = parseSpec(FULL, '/specs/onevoice.yaml');
    expect(spec.root).toBe(path.resolve('/specs'));
    expect([...spec.teams.keys()]).toEqual(['marketing', 'communications']);
    expect(spec.teams.get('communications')?.voice).toEqual({ address: 'formal' });
    expect(spec.areas.get('social-selling')).toEqual({ id: 'social-selling', owners: ['marketing'], reviewers: ['communications'] });
    expect(spec.messages[0]).toMatchObject({ id: 'roof', ref: 'roof', severity: 'error', variants: { de: ['Mit Brisa pendeln Sie elektrisch.'] } });
    expect(spec.messages[0]?.requiredIn).toEqual([{ channel: ['press'] }, { team: ['marketing'], channel: ['blog'] }]);
    expect(spec.facts.map((f) => [f.id, f.kind, f.value])).toEqual([
      ['dealers', 'count', 1200],
      ['launch', 'date', '2026-05-12'],
      ['event-date', undefined, undefined],
    ]);
    expect(spec.terms[0]).toMatchObject({ ref: 'terms[0]', caseSensitive: true, compound: 'hyphenate' });
    expect(spec.claims[1]?.pattern?.test('Die Nr. 1')).toBe(true);
    expect(spec.voice.numbers).toEqual({ thousands: { de: '.', en: ',' } });
    expect(spec.boilerplate[0]?.text.de).toMatch(/^Über Brisa Bikes/);
    expect(spec.campaigns.get('spring-launch')).toMatchObject({ unit: ['marketing', 'communications'], lead: 'communications', position: { line: 58, column: 3 } });
    expect(spec.duplicates).toEqual({ minWords: 25, threshold: 0.8, templateMin: 3, allow: { texts: [], paths: [] } });
    expect(spec.rules).toEqual({ 'number-format': 'off', duplicate: 'error' });
  });

  it('takes a text without languages as the spec language, and defaults', () => {
    const spec = parseSpec('version: 1\nlanguage: en\nmessages:\n  - id: m\n    text: One voice.\n    variants: [Single voice.]\n', '/x/onevoice.yaml');
    expect(spec.messages[0]).toMatchObject({ text: { en: 'One voice.' }, variants: { en: ['Single voice.'] } });
    expect(spec.duplicates).toEqual({ minWords: 25, threshold: 0.8, templateMin: 3, allow: { texts: [], paths: [] } });
  });
});

describe('spec errors name the line and column of the offending node', () => {
  it.each(SPEC_ERRORS)('%s', (_name, yaml, expected) => {
    expect(specError(yaml)).toBe(expected);
  });

  it('stops alias bombs', () => {
    const bomb = ['version: 1', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
      );
    expect(specError(bomb.join('\n'))).toMatch(/^1:1 invalid YAML: .*alias/i);
  });
});

describe('finding the spec', () => {
  it('walks up from the working directory', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'onevoice-spec-'));
    mkdirSync(path.join(root, 'pr', 'press'), { recursive: true });
    writeFileSync(path.join(root, '.onevoice.yaml'), 'version: 1\n');
    expect(findSpec(path.join(root, 'pr', 'press'))).toBe(path.join(root, '.onevoice.yaml'));
    writeFileSync(path.join(root, 'pr', 'onevoice.yml'), 'version: 1\n');
    expect(findSpec(path.join(root, 'pr', 'press'))).toBe(path.join(root, 'pr', 'onevoice.yml'));
    expect(loadSpec(path.join(root, 'pr', 'onevoice.yml')).root).toBe(path.join(root, 'pr'));
  });
});
