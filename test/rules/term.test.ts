import { describe, expect, it } from 'vitest';
import { at, lintDrafts } from '../helpers.js';

const SPEC = `
version: 1
language: de
teams:
  marketing: { paths: ["marketing/**"] }
terms:
  - use: Brisa Bikes
    avoid: [BrisaBikes, BRISA Bikes]
    case_sensitive: true
    compound: hyphenate
  - use: kostenfrei
    avoid: [kostenlos, gratis]
  - use: E-Bike
    avoid: [Ebike, E-bike, eBike]
  - use: subscription
    avoid: [rental plan]
    severity: warning
`;

const check = (text: string, name = 'marketing/blog/post.md') => lintDrafts(SPEC, { [name]: text }, ['term']);

describe('term: avoid forms', () => {
  it('flags an avoid form with position, message, ref, fix and team', () => {
    const [finding] = check('Heute ist alles gratis.\n');
    expect(finding).toMatchObject({
      ruleId: 'term',
      messageId: 'avoid',
      severity: 'error',
      message: 'Unexpected `gratis`, expected `kostenfrei`',
      line: 1,
      column: 17,
      endLine: 1,
      endColumn: 23,
      ref: 'terms[1]',
      team: 'marketing',
      fix: { text: 'kostenfrei' },
    });
  });

  it('flags inflected forms and carries the ending over to the fix', () => {
    const findings = check('Die kostenlosen Probefahrten und ein kostenloses Abo.\n');
    expect(at(findings)).toEqual([
      [1, 5, 'avoid'],
      [1, 38, 'avoid'],
    ]);
    expect(findings.map((f) => f.fix?.text)).toEqual(['kostenfreien', 'kostenfreies']);
  });

  it('capitalises the fix at the start of a sentence', () => {
    expect(check('Gratis: die erste Fahrt.\n')[0]?.fix?.text).toBe('Kostenfrei');
  });

  it('matches hyphenated and multi-word avoid forms, in English drafts too', () => {
    const findings = lintDrafts(SPEC, { 'a.md': '---\nlang: en\n---\nOur rental plans and the eBike.\n' }, ['term']);
    expect(findings.map((f) => [f.line, f.column, f.message, f.severity])).toEqual([
      [4, 5, 'Unexpected `rental plans`, expected `subscription`', 'warning'],
      [4, 26, 'Unexpected `eBike`, expected `E-Bike`', 'error'],
    ]);
  });

  it('tells an avoid form that differs only in casing from the term by its casing', () => {
    expect(at(check('Das E-Bike ist da, das E-bike auch.\n'))).toEqual([[1, 24, 'avoid']]);
  });

  it('leaves words that merely start like an avoid form alone', () => {
    expect(check('Gratisproben gibt es nicht. Die Kostenlosigkeitsdebatte auch nicht.\n')).toEqual([]);
  });

  it('never matches code, URLs, HTML or front matter', () => {
    const text = '---\ntitle: gratis\n---\n\nSiehe `gratis` und [hier](https://example.com/gratis).\n\n```\nBrisaBikes gratis\n```\n\n<p>gratis</p>\n';
    expect(check(text)).toEqual([]);
  });
});

describe('term: casing of case-sensitive terms', () => {
  it('flags another casing of the term and fixes it', () => {
    const findings = check('Wir fahren brisa bikes. BRISA BIKES auch.\n');
    expect(findings.map((f) => [f.column, f.messageId, f.fix?.text])).toEqual([
      [12, 'casing', 'Brisa Bikes'],
      [25, 'casing', 'Brisa Bikes'],
    ]);
  });

  it('reports an avoid form once, not also as a wrong casing', () => {
    expect(at(check('Das ist BRISA Bikes.\n'))).toEqual([[1, 9, 'avoid']]);
  });

  it('accepts the right casing with an inflection ending', () => {
    expect(check('Die Räder von Brisa Bikes sind da.\n')).toEqual([]);
  });
});

describe('term: compounds', () => {
  it('flags unhyphenated and half-hyphenated German compounds', () => {
    const findings = check('Ein Brisa Bikes Händler und das Brisa Bikes-Abo.\n');
    expect(findings.map((f) => [f.column, f.endColumn, f.messageId, f.fix?.text])).toEqual([
      [5, 24, 'compound', 'Brisa-Bikes-Händler'],
      [33, 48, 'compound', 'Brisa-Bikes-Abo'],
    ]);
  });

  it('accepts a hyphenated compound, a legal form and a following verb', () => {
    expect(check('Der Brisa-Bikes-Händler der Brisa Bikes GmbH. Brisa Bikes liefert. Mit Brisa Bikes Sie fahren?\n')).toEqual([]);
  });

  it('does not apply German compounding to English drafts', () => {
    expect(lintDrafts(SPEC, { 'a.md': '---\nlang: en\n---\nAsk a Brisa Bikes Dealer.\n' }, ['term'])).toEqual([]);
  });
});

describe('term: identifiers are not prose words', () => {
  const spec = 'version: 1\nlanguage: en\nterms:\n  - use: Rust\n    case_sensitive: true\n';
  it('leaves repository names, tools and issue references alone', () => {
    const text = 'Try rust-analyzer and see rust-lang/rust, rust#95513 or @rust today.\n';
    expect(lintDrafts(spec, { 'a.md': text }, ['term'])).toEqual([]);
  });

  it('still flags the word in prose', () => {
    expect(at(lintDrafts(spec, { 'a.md': 'We love rust. The rust compiler.\n' }, ['term']))).toEqual([
      [1, 9, 'casing'],
      [1, 19, 'casing'],
    ]);
  });
});
