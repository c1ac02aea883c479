import { describe, expect, it } from 'vitest';
import { loadMdx } from '../src/markdown/mdx.js';
import { parseDraft } from '../src/markdown/parse.js';
import { MASK, sourceOffset } from '../src/markdown/prose.js';
import { positionAt } from '../src/markdown/positions.js';

await loadMdx();

/** Prose of each block with masks dropped, to compare what counts as prose. */
const prose = (markdown: string) => parseDraft(markdown, 'x.md').blocks.map((b) => b.text.replaceAll(MASK, '').replace(/\s+/g, ' ').trim());

/** The line:column where `needle` stands in the prose, mapped back to the source. */
function locate(markdown: string, needle: string, file = 'x.md') {
  const draft = parseDraft(markdown, file);
  for (const block of draft.blocks) {
    const index = block.text.indexOf(needle);
    if (index >= 0) {
      const start = positionAt(draft.lineStarts, sourceOffset(block, index));
      const end = positionAt(draft.lineStarts, sourceOffset(block, index + needle.length, true));
      return { ...start, endLine: end.line, endColumn: end.column };
    }
  }
  throw new Error(`${needle} is not prose`);
}

describe('what counts as prose', () => {
  it('keeps paragraphs, headings, list items and quotes', () => {
    expect(prose('# Titel\n\nEin Absatz.\n\n- Punkt eins\n- Punkt zwei\n\n> Zitat hier\n')).toEqual(['Titel', 'Ein Absatz.', 'Punkt eins', 'Punkt zwei', 'Zitat hier']);
  });

  it('drops front matter (but its prose keys), code blocks, inline code, code and script in HTML, tags, attributes and comments', () => {
    const blocks = prose(
      '---\nauthor: gratis\ntags: [gratis]\n---\n\nVor `gratis` nach.\n\n```\ngratis\n```\n\n    gratis eingerückt\n\n<div class="gratis"><code>gratis</code><pre>\ngratis\n</pre></div>\n\n<script>\nconst gratis = 1;\n</script>\n\n<!-- gratis -->\n\nText <span class="gratis">ab</span> Ende.\n',
    );
    expect(blocks.join(' ')).not.toMatch(/gratis/);
    // Text between inline tags is rendered, so it is prose; the tags are not.
    expect(blocks).toEqual(['Vor nach.', 'Text ab Ende.']);
  });

  it('keeps link text but never link or image URLs, bare URLs, e-mail addresses or shortcodes', () => {
    const blocks = prose(
      'Siehe [unser Angebot](https://example.com/gratis "gratis") und ![gratis Bild](bild-gratis.png).\n\nAuf https://example.com/gratis-testen oder www.gratis.de, Mail an gratis@example.com. {{< gratis >}}\n\n[ref]: https://example.com/gratis\n',
    );
    expect(blocks[0]).toBe('Siehe unser Angebot und .');
    // The image's description is prose of its own, after its block.
    expect(blocks[1]).toBe('gratis Bild');
    expect(blocks.slice(2).join(' ')).not.toMatch(/gratis/);
  });

  it('separates words around inline code so they never join', () => {
    const draft = parseDraft('Brisa`x`Bikes\n', 'x.md');
    expect(draft.blocks[0]!.text).toBe(`Brisa${MASK}Bikes`);
  });
});

describe('positions', () => {
  it('counts columns in UTF-16 units after umlauts and emoji', () => {
    expect(locate('Grüße 🚲 aus Köln: gratis!\n', 'gratis')).toEqual({ line: 1, column: 20, endLine: 1, endColumn: 26 });
  });

  it('handles CRLF line ends', () => {
    expect(locate('# Titel\r\n\r\nErste Zeile\r\nzweite gratis Zeile\r\n', 'gratis')).toMatchObject({ line: 4, column: 8 });
  });

  it('does not count a byte-order mark as a column', () => {
    const draft = parseDraft('\uFEFFgratis am Anfang\n', 'x.md');
    expect(draft.bom).toBe(true);
    expect(locate('\uFEFFgratis am Anfang\n', 'gratis')).toMatchObject({ line: 1, column: 1 });
  });

  it('maps through emphasis, escapes, entities, block quotes and list indents', () => {
    expect(locate('Ein *wirklich* \\*gratis\\* Angebot\n', 'gratis')).toMatchObject({ line: 1, column: 18 });
    expect(locate('Tom &amp; Jerry gratis\n', 'gratis')).toMatchObject({ line: 1, column: 17 });
    expect(locate('> Zitat Anfang\n> und gratis Ende\n', 'gratis')).toMatchObject({ line: 2, column: 7 });
    expect(locate('- Punkt\n  mit gratis Fortsetzung\n', 'gratis')).toMatchObject({ line: 2, column: 7 });
  });

  it('maps a line indented by 16 spaces or more, or behind deep block-quote markers, to its own column', () => {
    const deep = ' '.repeat(20);
    expect(locate(`Die Probefahrt ist\n${deep}gratis und ohne Anmeldung.\n`, 'gratis')).toMatchObject({ line: 2, column: 21 });
    expect(locate(`Die Probefahrt ist\n${deep}\t  gratis.\n`, 'gratis')).toMatchObject({ line: 2, column: 24 });
    expect(locate(`> > > > > > > > Zitat\n> > > > > > > > und gratis\n`, 'gratis')).toMatchObject({ line: 2, column: 21 });
    expect(locate(`- Punkt\n${deep}mit gratis Fortsetzung\n`, 'gratis')).toMatchObject({ line: 2, column: 25 });
  });

  it('counts lines after front matter and a lone CR', () => {
    expect(locate('---\ntitle: x\n---\n\nText gratis\n', 'gratis')).toMatchObject({ line: 5, column: 6 });
    expect(locate('Eins\rgratis\r', 'gratis')).toMatchObject({ line: 2, column: 1 });
  });
});

describe('suppression comments', () => {
  it('reads each directive with its line and rule ids', () => {
    const draft = parseDraft('<!-- onevoice-disable-file -->\n\nText <!-- onevoice-disable-next-line claim, term -->\n\n<!-- onevoice-disable term -->\n\n<!-- onevoice-enable -->\n', 'x.md');
    expect(draft.directives.map((d) => [d.kind, d.rules, d.line])).toEqual([
      ['disable-file', [], 1],
      ['disable-next-line', ['claim', 'term'], 3],
      ['disable', ['term'], 5],
      ['enable', [], 7],
    ]);
  });
});

// Terminal sessions, logs, footnote labels and number links (issue 15, patterns 3 and 11). The
// footnote and pull-request lines are from the Rust blog (MIT/Apache-2.0, the Rust project); the
// district key from codefor.de (CC BY 4.0, Open Knowledge Foundation Deutschland / Code for Germany).
describe('references and machine output are not prose', () => {
  it('masks footnote labels and links whose text is a number', () => {
    expect(prose('are represented in the type system[^107421]. This allowed us.\n\n[^107421]: stabilized in <https://github.com/rust-lang/rust/issues/107421>\n')).toEqual([
      'are represented in the type system. This allowed us.',
      'stabilized in',
    ]);
    expect(
      prose(
        '* Get rid of `doctree::Impl` [79312](https://github.com/rust-lang/rust/pull/79312)\n\n(z.B. [11000](https://heatview.de/?kreis=11000) für Berlin), siehe [#1234](https://x.example/1234) und [die 3 Labs](https://x.example).\n',
      ),
    ).toEqual(['Get rid of', '(z.B. für Berlin), siehe und die 3 Labs.']);
  });

  it('drops paragraphs that are terminal sessions or logs, pasted as plain text', () => {
    const session = '$ df -h\nFilesystem      Size  Used Avail Use% Mounted on\n/dev/sda1        30G   12G   17G  42% /\n';
    const log = '2021-05-01T11:04:33 INFO osd.3 started\n2021-05-01T11:04:35 WARN slow request 30.2 seconds old\n';
    const prompt = 'root@ceph-node1:~# ceph osd tree\n';
    expect(prose(`Wir prüfen den Platz:\n\n${session}\n${log}\n${prompt}\nDanach läuft alles.\n`)).toEqual(['Wir prüfen den Platz:', 'Danach läuft alles.']);
  });

  it('keeps prose that only looks like machine output in places', () => {
    expect(prose('$5 a month for 2 users.  Then more.\n\n- 2020-07-11 20:56 - The issue is acknowledged\n\nWARNING: this post is old.\n\n| Start | 16.06.2021 |\n| Ende  | 21.06.2021 |\n')).toEqual([
      '$5 a month for 2 users. Then more.',
      '2020-07-11 20:56 - The issue is acknowledged',
      'WARNING: this post is old.',
      '| Start | 16.06.2021 | | Ende | 21.06.2021 |',
    ]);
  });

  it('closes a shortcode whose end stands on a line of its own at the end of its block', () => {
    expect(prose('Das sieht so aus (Stand 11.1.2024):\n\n{{< figure\nattr="Screenshot, Abruf: 11.01.2024."\n>}}\n')).toEqual(['Das sieht so aus (Stand 11.1.2024):']);
  });
});

const kinds = (markdown: string, file = 'x.md') => parseDraft(markdown, file).blocks.map((b) => [b.kind, b.text.replaceAll(MASK, '|').replace(/\s+/g, ' ').trim()]);

describe('GFM', () => {
  it('reads each table row as a block of its cells, the pipes and the delimiter row not prose', () => {
    expect(kinds('| Modell | Händler |\n| :--- | ---: |\n| N10 | 1.200 \\| 1.250 |\n')).toEqual([
      ['row', 'Modell|Händler|'],
      ['row', 'N10|1.200 | 1.250|'],
    ]);
    expect(locate('Vorab.\n\n| Modell | Händler |\n|---|---|\n| N10 | gratis |\n', 'gratis')).toEqual({ line: 5, column: 9, endLine: 5, endColumn: 15 });
  });

  it('masks footnote calls, reads their definitions, hides struck-out text and task-list markers', () => {
    expect(kinds('Am ~~19. September~~ 22. September[^1] starten wir.\n\n- [x] Termin gebucht\n- [ ] Presse\n\n[^1]: Laut Planung vom Mai.\n')).toEqual([
      ['paragraph', 'Am | 22. September| starten wir.'],
      ['paragraph', 'Termin gebucht'],
      ['paragraph', 'Presse'],
      ['paragraph', 'Laut Planung vom Mai.'],
    ]);
    expect(locate('- [ ] gratis testen\n', 'gratis')).toMatchObject({ line: 1, column: 7 });
  });

  it('a table without a pipe-free line stays a table; text with a pipe but no delimiter row stays a paragraph', () => {
    expect(kinds('Preis | Leistung\n\nNur Text.\n')).toEqual([
      ['paragraph', 'Preis | Leistung'],
      ['paragraph', 'Nur Text.'],
    ]);
  });
});

describe('HTML', () => {
  it('reads the text of HTML blocks, one block per element, headings as headings, entities decoded at their place', () => {
    const markdown = '<div class="impressum">\n<h2>Kontakt</h2>\n<p>Telefon: 030 1234<br>\nE&#8209;Mail: presse&#64;brisa.example &amp; Fax</p>\n</div>\n';
    expect(kinds(markdown)).toEqual([
      ['heading', 'Kontakt'],
      ['paragraph', 'Telefon: 030 1234'],
      // The address, its `@` an entity, is still an address: masked.
      ['paragraph', `E‑Mail: ${'|'.repeat(20)} & Fax`],
    ]);
    expect(parseDraft(markdown, 'x.md').blocks[0]!.depth).toBe(2);
    expect(locate(markdown, 'Fax')).toEqual({ line: 4, column: 46, endLine: 4, endColumn: 49 });
  });

  it('keeps HTML in block quotes and lists at its columns', () => {
    expect(locate('> <p>Ein Zitat\n> mit gratis drin</p>\n', 'gratis')).toEqual({ line: 2, column: 7, endLine: 2, endColumn: 13 });
    expect(locate('- <div>\n  Punkt mit gratis\n  </div>\n', 'gratis')).toMatchObject({ line: 2, column: 13 });
  });

  it('reads alt text of Markdown images and <img> tags as blocks of kind alt, at their place', () => {
    const markdown = 'Das Rad ![Ein *gratis* Rad](rad.png "Titel") fährt.\n\n<p><img src="a.png" alt="Brisa &amp; gratis" title="kostenlos"></p>\n\nText <img alt=\'Logo gratis\'> hier.\n';
    expect(kinds(markdown)).toEqual([
      ['paragraph', 'Das Rad | fährt.'],
      ['alt', 'Ein gratis Rad'],
      ['alt', 'Brisa & gratis'],
      ['paragraph', 'Text | hier.'],
      ['alt', 'Logo gratis'],
    ]);
    expect(locate('<img alt="Brisa &amp; gratis">\n', 'gratis')).toMatchObject({ line: 1, column: 23 });
    expect(locate('Text <img\nalt="Logo gratis">.\n', 'gratis')).toMatchObject({ line: 2, column: 11 });
  });

  it('hides inline code, kbd and struck-out elements in a paragraph up to their closing tag', () => {
    expect(kinds('Mit <code>gratis</code> und <del>kostenlos</del>, <kbd>Strg</kbd> weiter.\n')).toEqual([['paragraph', 'Mit | und |, | weiter.']]);
  });
});

describe('MDX', () => {
  const mdx = [
    'import Signup from "./signup";',
    'export const meta = { title: "gratis" };',
    '',
    '# Willkommen {meta.title}',
    '',
    '<Callout type="tip" title="gratis">',
    '  Im Callout ist der Test gratis, mit <Badge label="gratis">neu</Badge>.',
    '</Callout>',
    '',
    '{/* onevoice-disable-next-line term */}',
    'Heute {"gratis"} und <Signup plan="gratis" />.',
    '',
  ].join('\n');

  it('reads JSX text children as prose; ESM, expressions and attributes never', () => {
    expect(kinds(mdx, 'x.mdx')).toEqual([
      ['heading', 'Willkommen |'],
      ['paragraph', 'Im Callout ist der Test gratis, mit |neu|.'],
      ['paragraph', 'Heute | und |.'],
    ]);
    expect(locate(mdx, 'Test gratis', 'x.mdx')).toMatchObject({ line: 7, column: 22 });
  });

  it('reads suppression comments written as MDX comments', () => {
    expect(parseDraft(mdx, 'x.mdx').directives).toEqual([{ kind: 'disable-next-line', rules: ['term'], line: 10, endLine: 10 }]);
  });

  it('reports a draft that is not valid MDX at the place of the error', () => {
    expect(() => parseDraft('# Titel\n\nText <!-- Kommentar -->\n', 'x.mdx')).toThrow(expect.objectContaining({ code: 'draft-syntax', position: { line: 3, column: 7 } }));
    expect(() => parseDraft('Ein {offener Ausdruck\n', 'x.mdx')).toThrow(/not valid MDX/);
  });

  it('reads a .md draft as Markdown, JSX-like text and all', () => {
    expect(kinds('import x from "y"\n', 'x.md')).toEqual([['paragraph', 'import x from "y"']]);
  });
});
