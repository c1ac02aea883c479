// Drafts are read from micromark's events, not from an mdast tree: the prose blocks with their
// runs, the HTML (where suppression comments live) and the front matter must be exactly what the
// tree gives, on tricky Markdown, on random Markdown and on every draft of the real corpora.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { describe, expect, it } from 'vitest';
import { extractProse } from '../src/markdown/prose.js';
import { CORPORA, needsCorpora } from './helpers.js';
import { proseFromTree } from './mdast-prose.js';

const corpora = needsCorpora();

const extensions = [frontmatter(['yaml', 'toml'])];
// Alt text has no positions in the tree: the reference leaves it out.
const fromEvents = (source: string) => {
  const content = extractProse(
    postprocess(
      parse({ extensions })
        .document()
        .write(preprocess()(source, undefined, true)),
    ),
    source,
  );
  return { ...content, blocks: content.blocks.filter((block) => block.kind !== 'alt') };
};

const CASES: [string, string][] = [
  ['emphasis, strong and escapes', 'Ein *wirklich* **sehr** \\*gratis\\* _Angebot_ für Kund\\_innen.\n'],
  ['entities, named and numeric', 'Tom &amp; Jerry &#8222;gratis&#8220; &#x2013; &nbsp;&copy; &bogus; Ende\n'],
  ['links, references and images', 'Siehe [unser *Angebot*](https://x.de "Titel") und [Ref][r], [r][], [r] und [nicht].\n\n![Bild *alt*](b.png) ![ref][r]\n\n[r]: https://x.de/gratis\n'],
  ['a link text over two lines', 'Ein [Link über\nzwei Zeilen](https://x.de) und weiter.\n'],
  ['autolinks', 'Mail <info@brisa.de> oder <https://brisa.de/presse>, www.brisa.de.\n'],
  ['inline code and HTML', 'Vor `gratis` nach <span class="x">mitte</span> Ende <!-- onevoice-disable-next-line term -->\n'],
  ['hard breaks, both kinds', 'Zeile eins  \nZeile zwei\\\nZeile drei\n'],
  ['setext headings over lines', 'Titel erste\nZeile zwei\n===========\n\nUnter\n-----\n'],
  ['ATX headings with closing marks', '### Drei ###\n\n#Kein Titel\n\n# \n'],
  ['block quotes with lists', '> Zitat\n> - Punkt *eins*\n>   weiter\n> > innen\n\nDraußen\n'],
  ['lazy continuation and indents', '- Punkt\nfaul weiter\n  - tiefer\n\n    Code eingerückt\n\n1) eins\n2) zwei\n'],
  ['code, fenced and indented', '```js\nconst gratis = 1;\n```\n\n~~~\nnoch\n~~~\n\n    eingerückt\n\nText\n'],
  ['HTML blocks and comments', '<div>\ngratis\n</div>\n\n<!-- onevoice-disable claim\n     über zwei Zeilen -->\n\n> <!-- onevoice-enable -->\n'],
  ['front matter, YAML and TOML', '---\ntitle: "gratis"\ntags: [a, b]\n---\n\nText\n'],
  ['TOML front matter', '+++\ntitle = "gratis"\n+++\n\nText\n'],
  ['an empty front matter', '---\n---\n\nText\n'],
  ['CRLF and a lone CR', '# Titel\r\n\r\nErste Zeile\r\nzweite  \r\ndritte\rvierte\r'],
  ['tabs, NUL and trailing spaces', 'Ein\tTab \u0000 und   \nLeerzeichen   \n'],
  ['shortcodes and URLs', 'Vor {{< figure src="x" >}} und {% include x %} nach https://x.de/a?b=c.\n'],
  ['thematic breaks and definitions only', '***\n\n[a]: /x\n\n---\n'],
  ['brackets that are no links', '[nur Klammern] und ![kein Bild] und [](leer) ![](leer.png)\n'],
  ['a table without GFM', '| a | gratis |\n|---|---|\n| b | c |\n'],
  ['nested emphasis in a link in a quote', '> [**fett _kursiv_** Text](x) &amp; `code` ![a `b` c](i.png)\n'],
  ['HTML text in containers, with entities', '> <p class="a">Kontakt &amp; <b>Email-Adresse</b><br>\n> zweite Zeile</p>\n\n- <div>\n  Punkt &uuml;ber <code>gratis</code>\n  </div>\n'],
  ['inline code elements in a paragraph', 'Vor <code>gratis</code> nach <kbd>Strg</kbd> und <del>alt</del> <code/> weiter <em>hier</em>.\n'],
  ['script, style and comments in HTML blocks', '<script>\nvar gratis = 1;\n</script>\n\n<style>p { color: red }</style>\n\n<!--\ngratis\n-->\n\n<h2 id="x">Titel</h2>\n'],
];

describe('micromark events read as the mdast tree', () => {
  it.each(CASES)('%s', (_, source) => {
    expect(fromEvents(source)).toEqual(proseFromTree(source));
  });

  it('random Markdown', () => {
    const piece = fc.constantFrom(
      'Wort',
      'zwei Wörter',
      '*',
      '_',
      '**',
      '`',
      '[',
      ']',
      '(',
      ')',
      '![',
      '<',
      '>',
      '<code>',
      '</code>',
      '<div>',
      '<p>',
      '<br>',
      '<img alt="Bild">',
      '&amp;',
      '&#65;',
      '&x;',
      '\\',
      '\\*',
      '\n',
      '  \n',
      '\\\n',
      '\n\n',
      '> ',
      '- ',
      '1. ',
      '# ',
      '===',
      '---',
      '    ',
      '\t',
      '\r\n',
      '\r',
      '<!-- onevoice-disable term -->',
      '<span>',
      'https://x.de',
      'a@b.de',
      '[r]: /u\n',
      '[r]',
      '„Zitat“',
      '🚲',
      '{{< x >}}',
      '```',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 40 }), (pieces) => {
        const source = pieces.join('');
        expect(fromEvents(source)).toEqual(proseFromTree(source));
      }),
      { numRuns: 500 },
    );
  });

  it.skipIf(corpora.skip)(
    `every draft of the real corpora${corpora.note}`,
    () => {
      const drafts = readdirSync(CORPORA, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
      expect(drafts.length).toBeGreaterThan(1000);
      for (const draft of drafts) {
        const source = readFileSync(path.join(CORPORA, draft), 'utf8').replace(/^\uFEFF/, '');
        expect(fromEvents(source), draft).toEqual(proseFromTree(source));
      }
    },
    120_000,
  );
});
