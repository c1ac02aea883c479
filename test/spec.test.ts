import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SpecError } from '../src/errors.js';
import { findSpec, loadSpec, parseSpec } from '../src/spec/load.js';

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
      ['dealers', 'number', 1200],
      ['launch', 'date', '2026-05-12'],
      ['event-date', 'any', undefined],
    ]);
    expect(spec.terms[0]).toMatchObject({ ref: 'terms[0]', caseSensitive: true, compound: 'hyphenate' });
    expect(spec.claims[1]?.pattern?.test('Die Nr. 1')).toBe(true);
    expect(spec.voice.numbers).toEqual({ thousands: { de: '.', en: ',' } });
    expect(spec.boilerplate[0]?.text.de).toMatch(/^Über Brisa Bikes/);
    expect(spec.campaigns.get('spring-launch')).toMatchObject({ unit: ['marketing', 'communications'], lead: 'communications', position: { line: 58, column: 3 } });
    expect(spec.duplicates).toEqual({ minWords: 25, threshold: 0.8 });
    expect(spec.rules).toEqual({ 'number-format': 'off', duplicate: 'error' });
  });

  it('takes a text without languages as the spec language, and defaults', () => {
    const spec = parseSpec('version: 1\nlanguage: en\nmessages:\n  - id: m\n    text: One voice.\n    variants: [Single voice.]\n', '/x/onevoice.yaml');
    expect(spec.messages[0]).toMatchObject({ text: { en: 'One voice.' }, variants: { en: ['Single voice.'] } });
    expect(spec.duplicates).toEqual({ minWords: 25, threshold: 0.8 });
  });
});

describe('spec errors name the line and column of the offending node', () => {
  it.each([
    ['unknown key', 'version: 1\nterms:\n  - use: x\n    avoids: [y]\n', '4:5 unknown key "avoids" in terms[0] (did you mean "avoid"?)'],
    ['unknown top-level key', 'version: 1\nmesages: []\n', '2:1 unknown key "mesages" in the spec (did you mean "messages"?)'],
    ['wrong type', 'version: 1\nterms:\n  - use: x\n    avoid: gratis\n', '4:12 terms[0].avoid must be a list'],
    ['string or mapping', 'version: 1\nmessages:\n  - id: a\n    text: 5\n', '4:11 messages[0].text must be a string or a mapping'],
    ['bad enum', 'version: 1\nvoice: { address: formel }\n', '2:19 voice.address must be one of "formal", "informal"'],
    ['missing version', 'language: de\n', '1:1 the spec needs "version"'],
    ['wrong version', 'version: 2\n', '1:10 version must be 1'],
    ['unknown rule', 'version: 1\nrules: { termz: off }\n', '2:10 unknown key "termz" in rules (did you mean "term"?)'],
    ['bad severity', 'version: 1\nrules: { term: fatal }\n', '2:16 rules.term must be one of "error", "warning", "info", "off"'],
    ['claim without phrase or pattern', 'version: 1\nclaims:\n  - reason: r\n', '3:5 claims[0] needs exactly one of "phrase" and "pattern"'],
    ['regex that does not compile', 'version: 1\nclaims:\n  - pattern: "(abc"\n    reason: r\n', '3:14 claims[0].pattern is not a valid regular expression: /(abc/gi: Unterminated group'],
    ['unknown team', 'version: 1\nteams: { marketing: {} }\nareas:\n  press: { owner: comms }\n', '4:19 unknown team "comms" in areas.press.owner'],
    ['unknown channel in a selector', 'version: 1\nchannels: { press: {} }\nmessages:\n  - id: m\n    text: t\n    required_in: [{ channel: [press, blgo] }]\n', '6:38 unknown channel "blgo" in messages[0].required_in[0].channel'],
    ['unknown message in a campaign', 'version: 1\nmessages: [{ id: roof, text: t }]\ncampaigns:\n  spring: { messages: [roof, pillar] }\n', '4:30 unknown message "pillar" in campaigns.spring.messages'],
    ['duplicate message id', 'version: 1\nmessages:\n  - { id: roof, text: a }\n  - { id: roof, text: b }\n', '4:11 duplicate message id "roof"'],
    ['invalid date', 'version: 1\nfacts:\n  - { id: launch, value: 2026-02-31, context: [Start] }\n', '3:26 facts[0].value "2026-02-31" is not a valid date'],
    ['YAML syntax', 'version: 1\nterms: [\n', '3:1 invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['duplicate key', 'version: 1\nlanguage: de\nlanguage: en\n', '3:1 invalid YAML: Map keys must be unique'],
    ['empty file', '', '1:1 the spec is empty; it needs at least "version: 1"'],
  ])('%s', (_name, yaml, expected) => {
    expect(specError(yaml)).toBe(expected);
  });

  it('stops alias bombs', () => {
    const bomb = ['version: 1', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
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
