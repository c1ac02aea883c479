// Where a fix may write (issue 17): words of one text node, nothing else. Where a finding's span
// would reach emphasis markers, link brackets, an entity, a reference label, an identifier or a line
// start that would open a block, or where the fix would write Markdown syntax, the finding stays
// and carries no fix. Drafts in the manner of the Brisa Bikes press office; one line from the Rust
// blog (MIT/Apache-2.0, the Rust project).

import { describe, expect, it } from 'vitest';
import { applyFixes } from '../src/fix.js';
import { fixableRange } from '../src/markdown/fix-span.js';
import { parseDraft } from '../src/markdown/parse.js';
import type { ProseBlock } from '../src/markdown/prose.js';
import { lintDrafts } from './helpers.js';

const SPEC = `version: 1
language: de
terms:
  - { use: Brisa Bikes, avoid: [BrisaBikes], case_sensitive: true, compound: hyphenate }
  - { use: kostenfrei, avoid: [kostenlos, gratis] }
  - { use: Kund:innen, avoid: [Kunden] }
  - { use: Kund*innen, avoid: [Käufer] }
voice: { numbers: { thousands: "." }, dates: long }
`;

/** Each finding as `line:column rule message` with its fix or `no fix`, and the draft after fixing. */
function fixed(text: string) {
  const findings = lintDrafts(SPEC, { 'pr/press/start.md': text }, ['term', 'number-format', 'date-format']);
  return {
    findings: findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message} ${f.fix ? `→ ${f.fix.text}` : 'no fix'}`),
    text: applyFixes(
      text,
      findings.flatMap((f) => (f.fix ? [f.fix] : [])),
    ).text,
  };
}

describe('a finding whose fix would reach beyond the words of one text node keeps no fix', () => {
  it.each([
    ['emphasis markers inside the span', 'Seit 2019 fahren wir brisa **bikes** zur Arbeit.\n', '1:22 term Unexpected casing `brisa bikes`, expected `Brisa Bikes` no fix'],
    ['a link’s end and its address inside the span', 'Mehr bei [brisa](https://brisa.example) bikes im Laden.\n', '1:11 term Unexpected casing `brisa bikes`, expected `Brisa Bikes` no fix'],
    ['an entity inside the span', 'Seit 2019 fahren brisa&nbsp;bikes durch Leipzig.\n', '1:18 term Unexpected casing `brisa\u00a0bikes`, expected `Brisa\u00a0Bikes` no fix'],
    [
      'a shortcut reference, whose text is its label',
      'Das [gratis] Startpaket gibt es bis Ende April.\n\n[gratis]: https://brisa.example/startpaket\n',
      '1:6 term Unexpected `gratis`, expected `kostenfrei` no fix',
    ],
    ['a collapsed reference', 'Das [gratis][] Startpaket gibt es bis Ende April.\n\n[gratis]: https://brisa.example/startpaket\n', '1:6 term Unexpected `gratis`, expected `kostenfrei` no fix'],
    ['a fix that writes Markdown syntax (`*`)', 'Unsere Käufer pendeln elektrisch.\n', '1:8 term Unexpected `Käufer`, expected `Kund*innen` no fix'],
    // "1. August 2026" at a line's start opens an ordered list that interrupts the paragraph.
    [
      'a line start where the fix would open a block',
      'Die Brisa Days beginnen am\n1.08.2026 in Leipzig.\n',
      '2:1 date-format Date `1.08.2026` is numeric; the voice writes dates long: `1. August 2026` no fix',
    ],
  ])('%s', (_name, text, finding) => {
    expect(fixed(text)).toEqual({ findings: [finding], text });
  });
});

describe('a finding inside one text node is fixed there, whatever Markdown stands around it', () => {
  it.each([
    ['between escaped asterisks', 'Alles \\*gratis\\* dazu.\n', 'Alles \\*kostenfrei\\* dazu.\n'],
    [
      'the text of a full reference link, whose label stays',
      'Das [gratis][startpaket] Angebot.\n\n[startpaket]: https://brisa.example/startpaket\n',
      'Das [kostenfrei][startpaket] Angebot.\n\n[startpaket]: https://brisa.example/startpaket\n',
    ],
    ['a link’s text, not its address', 'Das Paket ist [gratis](https://brisa.example/gratis).\n', 'Das Paket ist [kostenfrei](https://brisa.example/gratis).\n'],
    ['bold text', 'Das Startpaket ist **gratis**.\n', 'Das Startpaket ist **kostenfrei**.\n'],
    ['a line indented by 20 spaces', 'Die Probefahrt ist\n                    gratis.\n', 'Die Probefahrt ist\n                    kostenfrei.\n'],
    [
      'a date in the middle of a line, and a number',
      'Die Brisa Days beginnen am 1.08.2026 in Leipzig, mit 4 800 Gästen.\n',
      'Die Brisa Days beginnen am 1. August 2026 in Leipzig, mit 4.800 Gästen.\n',
    ],
  ])('%s', (_name, text, after) => {
    expect(fixed(text).text).toBe(after);
  });
});

describe('fixableRange', () => {
  const rangeOf = (markdown: string, word: string, replacement: string) => {
    const draft = parseDraft(markdown, 'x.md');
    const block = draft.blocks.find((b) => b.text.includes(word))!;
    const start = block.text.indexOf(word);
    const range = fixableRange(draft.source, block, start, start + word.length, replacement);
    return range && draft.source.slice(...range);
  };

  it('refuses identifiers: words joined by `/`, `_`, `.` or a hyphen between lowercase words, not compounds', () => {
    expect(rangeOf('Siehe rust-lang-nursery/rust-wasm heute.\n', 'rust', 'Rust')).toBeUndefined();
    expect(rangeOf('Das Programm radosgw-admin legt Nutzer an.\n', 'radosgw', 'RGW')).toBeUndefined();
    expect(rangeOf('Die Datei brisa_bikes.md liegt bereit.\n', 'bikes', 'Bikes')).toBeUndefined();
    expect(rangeOf('Auf opendata.swiss liegt alles.\n', 'opendata', 'Open Data')).toBeUndefined();
    expect(rangeOf('Regelmäßige OKLab-Treffen.\n', 'OKLab', 'OK-Lab')).toBe('OKLab');
    // A gender mark carries a noun on; it joins no name.
    expect(rangeOf('Für Entwickler:innen offen.\n', 'Entwickler', 'Programmierer')).toBe('Entwickler');
    expect(rangeOf('Für OpenSource-Entwickler:innen offen.\n', 'OpenSource', 'Open-Source')).toBe('OpenSource');
  });

  it('refuses a change of what emphasis markers beside the span see (a letter for punctuation)', () => {
    expect(rangeOf('Das ist *gratis* heute.\n', 'gratis', '(frei)')).toBeUndefined();
  });

  it('refuses text in an HTML block, and blocks that are no Markdown text (an image description), where a reader takes them as prose', () => {
    const sentence = 'Das Startpaket ist gratis.';
    const block = (source: string, kind = 'paragraph') => ({ kind, depth: 0, quoted: false, text: sentence, runs: [[0, source.indexOf(sentence), sentence.length]] }) as ProseBlock;
    const at = sentence.indexOf('gratis');
    const range = (source: string, kind?: string) => fixableRange(source, block(source, kind), at, at + 6, 'kostenfrei');
    expect(range(`${sentence}\n`)).toEqual([at, at + 6]);
    expect(range(`<div class="hinweis">\n${sentence}\n</div>\n`)).toBeUndefined();
    expect(range(`> <p>\n> ${sentence}\n`)).toBeUndefined();
    expect(range(`<custom-box>\n${sentence}\n`)).toBeUndefined();
    // Two blank lines before the block (rust-blog, posts/2024-12-16-project-goals-nov-update.md:66).
    expect(range(`Vorher.\n\n\n<div style="display: flex;">\n    <div><strong>${sentence}</strong></div>\n</div>\n`)).toBeUndefined();
    // A block tag interrupts a paragraph: a shortcode's line, then `<dl>` (codefor-de, content/impressum.md:11).
    expect(range(`{{< paragraph-center >}}\n<dl>\n<dt>${sentence}</dt>\n</dl>\n`)).toBeUndefined();
    const customAfterText = `Vorher ein Satz.\n<custom-box>\n${sentence}\n`;
    expect(range(customAfterText)).toEqual([customAfterText.indexOf('gratis'), customAfterText.indexOf('gratis') + 6]);
    const afterBlanks = `Vorher.\n\n \n\n${sentence}\n`;
    expect(range(afterBlanks)).toEqual([afterBlanks.indexOf('gratis'), afterBlanks.indexOf('gratis') + 6]);
    expect(range(`${sentence}\n`, 'alt')).toBeUndefined();
    // A comment ends its HTML block on its own line: the paragraph after it is Markdown (rust-blog,
    // posts/inside-rust/2024-06-19-this-development-cycle-in-cargo-1.80.md:111).
    const afterComment = `<!-- 2024-05-14 -->\n${sentence}\n`;
    expect(range(afterComment)).toEqual([afterComment.indexOf('gratis'), afterComment.indexOf('gratis') + 6]);
    expect(range(`<!-- ein Kommentar\nüber zwei Zeilen\n${sentence} -->\n`)).toBeUndefined();
  });

  it('refuses a fix that would make a bracketed text match a reference definition', () => {
    expect(rangeOf('Das [gratis] Paket.\n\n[kostenfrei]: https://brisa.example\n', 'gratis', 'kostenfrei')).toBeUndefined();
  });
});
