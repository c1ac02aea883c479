// --fix never damages a draft (issue 17): on random drafts full of traps, each pass of fixes leaves
// the mdast that remark-parse reads (with GFM and front matter) as it was, but for the text of the
// fixed spans, and one run reaches the fixed point. The real corpora: fix-safety-*.test.ts.

import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DraftError } from '../src/errors.js';
import { fixToFixedPoint } from '../src/fix.js';
import { lint, parseSpec } from '../src/index.js';
import { checker, FIXING, GERMAN } from './fix-safety.js';

// Pieces of drafts: running text with what the specs fix, and every kind of Markdown around it.
const PIECES = [
  'Das OKLab trifft sich zum OpenData-Adventskalender und zum OKLab-Treffen.',
  'Wir nutzen OpenSource-Bibliotheken, die Open Source Software und **OpenSource** Werkzeuge.',
  'Willkommen zur Edition von Code for Germanys **Out in the Open**. Mit Code for Germany „Out in the Open“.',
  'Schreib uns eine Email oder eine *EMail*: kostenlos und [gratis](https://example.com/gratis).',
  'Beim [Hackday][hackday] und beim [Hack-Day] am 31.08.2026, Stand 16.2.2025, vom 18. bis 19.03.2023.',
  '[hackday]: https://example.com/hackday "Hackday"',
  '[Hack-Day]: https://example.com/hack-day',
  '[OKLab Köln](https://codefor.de/koeln/) und [OKLab][] und [Github Project (Kanban)]',
  '[OKLab]: https://codefor.de/',
  '[Github Project (Kanban)]: https://github.com/orgs/x/projects/1',
  'Mehr als 4.800 Teilnehmende und 12.000 Zugriffe, 1.234,56 Euro, Version 2.10.1.',
  'Over 4,800 downloads of wasm-bindgen and rust-lang-nursery/rust-wasm, [WebAssembly][] (wasm), radosgw-admin.',
  '[WebAssembly]: https://webassembly.org/',
  'The Rust team and the cargo team ship nightly versions on 08/31/2026 and 2024-10-09 to 2024-11-04.',
  'using [wasm-bindgen-futures], you can even bridge Rust Futures with [JavaScript promises];',
  '[wasm-bindgen-futures]: https://docs.rs/crate/wasm-bindgen-futures/0.2.16',
  'Crates.io now shows badges, see `crates.io` and <https://crates.io>, and the Mac OS\nX build.',
  '`rustc --version` and rustc itself, Github/rust and github.com, file_Github.md.',
  '# Github und OKLab-Treffen am 31.08.2026',
  'Github Überschrift\n=================',
  '> Zitat: das OKLab und Github.\n> Noch eine Zeile mit rustc.',
  '- Punkt mit OKLab\n- 1.08.2026 als Datum\n  1.08.2026 am Zeilenanfang',
  'Absatz mit Datum am Ende der Zeile\n1.08.2026 steht am Anfang der nächsten Zeile.',
  '1. Liste mit Github\n2. und rustc',
  '| Spalte | Github |\n| --- | --- |\n| OKLab | 4.800 |',
  '~~Github~~ und ~Github~ und www.github.com und kontakt@oklab.de',
  'Tom &amp; Github, \\*OKLab\\* und Git&shy;hub, hart  \numgebrochen nach Github\\\nund weiter.',
  '<span>Github</span> OKLab <!-- Github --> <b>rustc</b>',
  '```\nGithub OKLab 4.800\n```',
  '    eingerückter Code mit Github',
  '                    Github steht sechzehn Leerzeichen tief.',
  '![Github Logo](github.png "Github") und [![OKLab](oklab.png)](https://codefor.de)',
  'Footnote[^1] mit Github.\n\n[^1]: Github im Fußnotentext.',
  '- [ ] Github prüfen\n- [x] OKLab erledigt',
  '---',
  '*Github*OKLab_Treffen_ und **OKLab**-Treffen',
  '',
];

const draft = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) }), { minLength: 1, maxLength: 14 }),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
  )
  .map(([english, parts, eol, bom]) => (bom ? '\uFEFF' : '') + (english ? '---\nlang: en\ntitle: Github\n---\n\n' : '') + parts.join('\n\n').replace(/\r?\n/gu, eol));

describe('every fix keeps the Markdown structure (remark-parse with GFM as the oracle)', () => {
  it('on random drafts full of traps, every pass changes only the text of its fixed spans, and the run reaches the fixed point', () => {
    const spec = parseSpec(GERMAN, '/virtual/content/onevoice.yaml');
    let fixes = 0;
    fc.assert(
      fc.property(draft, (text) => {
        const file = path.join(spec.root, 'content/blog/a.md');
        let findings;
        try {
          findings = lint({ spec, drafts: { 'content/blog/a.md': text }, rules: FIXING });
        } catch (error) {
          // A draft that opens with `---` and no YAML is reported, not fixed.
          if (error instanceof DraftError) return;
          throw error;
        }
        const seen = checker();
        const outcome = fixToFixedPoint(spec, FIXING, findings, { read: () => text, onPass: (pass) => seen.onPass(pass) });
        fixes += seen.fixes;
        expect(seen.problems).toEqual([]);
        expect(outcome.unfinished).toEqual([]);
        const after = outcome.drafts[0]?.after ?? text;
        expect(lint({ spec, drafts: { 'content/blog/a.md': after }, rules: FIXING }).filter((f) => f.fix)).toEqual([]);
        expect(outcome.drafts.map((d) => d.file)).toEqual(after === text ? [] : [file]);
      }),
      { numRuns: 200 },
    );
    // The pieces are made to be fixed: the property is not held vacuously.
    expect(fixes).toBeGreaterThan(400);
  }, 60_000);
});
