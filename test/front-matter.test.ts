// Front matter is read by js-yaml where it is usual, else by `yaml`: the values and key positions
// must be exactly what `yaml` gives, on tricky, random and all real front matter.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftFromText } from '../src/drafts/load.js';
import { parseSpec } from '../src/index.js';
import { readFrontMatter, readWithYaml, readYamlFrontMatter } from '../src/markdown/front-matter.js';
import { CORPORA, lintDrafts, needsCorpora } from './helpers.js';

const corpora = needsCorpora();

/** What reading gives, or the error's code, message and position. */
function outcome(read: typeof readFrontMatter, yaml: string) {
  try {
    return read(yaml, 'x.md');
  } catch (error) {
    return { error: String(error), ...(error as object) };
  }
}

const same = (yaml: string) => {
  expect(outcome(readFrontMatter, yaml)).toStrictEqual(outcome(readWithYaml, yaml));
};

describe('front matter read quickly, as yaml reads it', () => {
  it.each([
    ['plain scalars of the core schema', 'a: 1\nb: 0o17\nc: 0x1F\nd: 1e3\ne: .5\nf: +.5\ng: .inf\nh: -.Inf\ni: .NaN\nj: ~\nk: True\nl: yes\nm: 2020-06-04\nn:\no: 017\np: -0'],
    ['numbers only js-yaml would read', 'a: 1_000\nb: 0b101\nc: -1_0\nd: 0xFF_FF'],
    ['quoted keys and values, escapes', '"title": "Grüße \\u00e4 \\"x\\""\n\'date\': \'it\'\'s\'\nurl: https://x.de/a#b'],
    ['lists and nested maps', 'tags: [a, "b", 1]\nauthors:\n  - name: Eva\n    mail: e@x.de\n  - Max\nparams: {a: 1, b: [2]}'],
    ['block scalars', 'summary: |\n  Zeile eins\n  Zeile zwei\nfolded: >-\n  a\n  b\n'],
    ['repeated keys: the last wins', 'title: eins\ndate: 2020\ntitle: zwei'],
    ['comments and blank lines', '# Kommentar\n\ntitle: x # hinten\n\n# noch einer\n'],
    ['CRLF', 'title: x\r\ndate: 2020-01-01\r\ntags:\r\n  - a\r\n'],
    ['a lone CR', 'title: x\rdate: y'],
    ['anchors, aliases and tags', 'base: &b {a: 1}\ncopy: *b\ns: !!str 1\nt: !custom x'],
    ['a title with & and * and !', 'title: Tom & Jerry, **fett** und laut!\nb: "*x"'],
    ['a top-level list', '- a\n- b'],
    ['lists without indent under their keys', 'categories:\n- Aus den Labs\n- Projekte\nimages:\n- imgname: a.png\n  alt: A\n-\ntitle: x'],
    ['a scalar', 'nur Text'],
    ['a flow map at the top', '{a: 1, b: 2}'],
    ['a complex key', '? [a, b]\n: c'],
    ['null and odd keys', '~: x\n1: y\ntrue: z\n__proto__: w'],
    ['keys that read as null, numbers or booleans', 'null: a\nNull: b\n01: c\n1e3: d\ntrue: e\ntitle: f'],
    ['a key that reads as null alone', 'null: a'],
    ['a number key alone', '2020: a'],
    ['a key continued at the line start', 'title: "eins\nzwei: drei"'],
    ['a broken quote', 'title: "offen\ndate: 2020'],
    ['bad indentation', 'a:\n  b: 1\n c: 2'],
    ['tabs', 'a:\t1\nb: \tx'],
    ['a last line of a tab alone', 'title:\n\t'],
    ['empty and comment only', ''],
    ['only a comment', '# nichts'],
    ['document markers', 'a: 1\n---\nb: 2'],
    ['an alias bomb', 'a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: &d [*c, *c]\ne: &e [*d, *d]\nf: &f [*e, *e]\ng: &g [*f, *f]\nh: [*g, *g]'],
  ])('%s', (_, yaml) => same(yaml));

  it('random front matter', () => {
    const key = fc.constantFrom('title', 'date', '"quoted"', "'single'", 'tags', 'a.b', 'x-y', '1', 'true', '~', '- a', '? k', '  nested');
    const value = fc.constantFrom(
      '',
      ' x',
      ' 1',
      ' 1_0',
      ' +.5',
      ' 0x1F',
      ' .inf',
      ' true',
      ' ~',
      ' "q\\"u"',
      " 'it''s'",
      ' [a, 1]',
      ' {a: 1}',
      ' |\n  block',
      ' &a x',
      ' *a',
      ' !!int 3',
      ' # c',
      ' a: b',
      ' "open',
      ':',
      ' 2020-06-04',
      ' Tom & Jerry!',
    );
    const line = fc.oneof(
      fc.tuple(key, value).map(([k, v]) => `${k}:${v}`),
      fc.constantFrom('', '# c', '  - item', '- item', '-', '- a: b', '\t', '---'),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        same(lines.join(eol));
      }),
      { numRuns: 1000 },
    );
  });

  it.skipIf(corpora.skip)(`every front matter of the real corpora${corpora.note}`, () => {
    const drafts = readdirSync(CORPORA, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
    let read = 0;
    for (const draft of drafts) {
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(CORPORA, draft), 'utf8'));
      if (!front) continue;
      read++;
      expect(outcome(readFrontMatter, front[1]!), draft).toStrictEqual(outcome(readWithYaml, front[1]!));
    }
    expect(read).toBeGreaterThan(1000);
  });
});

// A spec whose term rule flags "gratis" (and its inflections): where a finding stands says where prose was read.
const TERMS = 'version: 1\nlanguage: de\nteams:\n  marketing: { paths: ["marketing/**"] }\n  communications: { paths: ["pr/**"] }\nterms:\n  - { use: kostenfrei, avoid: [gratis] }\n';
const where = (findings: { file: string; line: number; column: number; ruleId: string }[]) => findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);

describe('front matter as site generators read it', () => {
  it('reads a double-quoted value continued in column 1 as Hugo and PyYAML do, which `yaml` refuses', () => {
    const yaml = 'title: "Webinar"\nexcerpt: "Einladung zum Webinar und\ndie Einbeziehung der Zivilgesellschaft" \npublished: true';
    expect(() => readWithYaml(yaml, 'x.md')).toThrow(/invalid front matter/);
    expect(readYamlFrontMatter(yaml, 'x.md')).toEqual({
      frontMatter: { title: 'Webinar', excerpt: 'Einladung zum Webinar und die Einbeziehung der Zivilgesellschaft', published: true },
      frontMatterKeys: { title: { line: 2, column: 1 }, excerpt: { line: 3, column: 1 }, published: { line: 5, column: 1 } },
    });
  });

  it('still refuses what no site generator reads, at the place of the error', () => {
    expect(() => readYamlFrontMatter('title: "offen\ndate: 2020', 'x.md')).toThrow(expect.objectContaining({ code: 'draft-front-matter', position: { line: 3, column: 11 } }));
  });

  it('reads TOML front matter between +++ fences: values, key positions, team and date', () => {
    const text = '+++\ntitle = "Frühjahrsstart"\nteam = "communications"\ndate = 2026-03-10T09:00:00+01:00\ntags = ["presse"]\n\n[params]\nteam = "marketing"\n+++\n\nDie Probefahrt ist gratis.\n';
    const draft = draftFromText(parseSpec(TERMS, '/virtual/content/onevoice.yaml'), '/virtual/content/marketing/start.md', text);
    expect(draft.frontMatterKeys).toEqual({ title: { line: 2, column: 1 }, team: { line: 3, column: 1 }, date: { line: 4, column: 1 }, tags: { line: 5, column: 1 } });
    // The front matter's team wins over the path's; a key of a table is no top-level key.
    expect(draft).toMatchObject({ team: 'communications', date: '2026-03-10', title: 'Frühjahrsstart' });
    expect(where(lintDrafts(TERMS, { 'marketing/start.md': text }, ['term']))).toEqual(['marketing/start.md:11:20 term']);
  });

  it('reads JSON front matter, a `{ … }` object at the top, as Hugo does', () => {
    const text = '{\n  "title": "Alles gratis",\n  "team": "marketing",\n  "tags": ["a", { "b": "}" }],\n  "lang": "de-DE"\n}\n\nDie Probefahrt ist gratis.\n';
    const draft = draftFromText(parseSpec(TERMS, '/virtual/content/onevoice.yaml'), '/virtual/content/pr/start.md', text);
    expect(draft).toMatchObject({ team: 'marketing', lang: 'de', langSource: 'front-matter', frontMatterKeys: { title: { line: 2, column: 3 }, lang: { line: 5, column: 3 } } });
    expect(where(lintDrafts(TERMS, { 'pr/start.md': text }, ['term']))).toEqual(['pr/start.md:2:19 term', 'pr/start.md:8:20 term']);
  });

  it.each([
    ['an unclosed YAML front matter', '---\ntitle: Frühjahrsstart\nteam: communications\n\nDie Probefahrt ist gratis.\n', '1:1', /never closed: no line `---` ends it/],
    ['an unclosed TOML front matter', '+++\ntitle = "Frühjahrsstart"\n\nDie Probefahrt ist gratis.\n', '1:1', /never closed: no line `\+\+\+` ends it/],
    ['an unclosed JSON front matter', '{\n  "title": "Frühjahrsstart"\n\nDie Probefahrt ist gratis.\n', '1:1', /JSON front matter .* never closed/],
    ['a TOML syntax error', '+++\ntitle = "Brisa Days"\ntags = [Messe, Presse]\n+++\n\nText.\n', '3:9', /^Invalid TOML front matter: invalid value$/],
    ['a JSON syntax error', '{\n  "title": "Brisa Days",\n  "tags": [Messe]\n}\n\nText.\n', '3:12', /^Invalid JSON front matter: a value expected, not "Messe"$/],
    ['a JSON syntax error V8 names no place of', '{\n  "title": "Brisa Days"\n  "team": "x"\n}\n', '3:3', /^Invalid JSON front matter: "," or "}" expected, not "\\""$/],
    ['YAML that is no mapping', '---\n- eins\n- zwei\n---\n\nText.\n', '2:1', /must be a mapping/],
    ['an undeclared team', '+++\nteam = "sales"\n+++\n\nText.\n', '2:1', /^Unknown team "sales" in front matter/],
  ])('%s is a parse finding at its place, and none of its prose is read', (_, text, position, message) => {
    const findings = lintDrafts(TERMS, { 'pr/start.md': text });
    expect(findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.messageId}`)).toEqual([`${position} parse front-matter`]);
    expect(findings[0]!.message).toMatch(message);
  });

  it('takes a leading `---` that no YAML follows for a thematic break', () => {
    expect(where(lintDrafts(TERMS, { 'pr/a.md': '---\n\nDie Probefahrt ist gratis.\n' }, ['term', 'parse']))).toEqual(['pr/a.md:3:20 term']);
  });
});

describe('prose keys of front matter, at their exact place', () => {
  const draft = [
    '---',
    'title: Jetzt gratis testen',
    'description: "Die App ist \\"gratis\\" – und bleibt gratis"',
    "excerpt: 'Es ist ''gratis'', sagt sie'",
    'summary: >-',
    '  Zwei Zeilen, die zweite',
    '  gratis und gefaltet',
    'teaser: "Ein Teaser, gratis"',
    'author: Gratis Gruppe',
    'tags: [gratis]',
    '---',
    '',
    'Text ohne den Begriff.',
    '',
  ].join('\n');

  it('checks title, description, excerpt and summary at their columns, also after escapes and over lines', () => {
    expect(where(lintDrafts(TERMS, { 'pr/a.md': draft }, ['term']))).toEqual(['pr/a.md:2:14 term', 'pr/a.md:3:29 term', 'pr/a.md:3:51 term', 'pr/a.md:4:20 term', 'pr/a.md:7:3 term']);
  });

  it('checks the keys the spec names instead', () => {
    expect(where(lintDrafts(`${TERMS}front_matter: { prose: [teaser] }\n`, { 'pr/a.md': draft }, ['term']))).toEqual(['pr/a.md:8:22 term']);
    expect(where(lintDrafts(`${TERMS}front_matter: { prose: [] }\n`, { 'pr/a.md': draft }, ['term']))).toEqual([]);
  });

  it('reads quoted values continued over lines, and TOML multi-line strings', () => {
    const yaml = '---\ntitle: "Frühjahr"\nexcerpt: "Die Probefahrt ist ab heute\ngratis für alle"\n---\n';
    expect(where(lintDrafts(TERMS, { 'pr/a.md': yaml }, ['term']))).toEqual(['pr/a.md:4:1 term']);
    const toml = '+++\ntitle = \'Ab heute gratis\'\ndescription = """\nErste Zeile,\n  und gratis."""\n+++\n';
    expect(where(lintDrafts(TERMS, { 'pr/a.md': toml }, ['term']))).toEqual(['pr/a.md:2:19 term', 'pr/a.md:5:7 term']);
  });

  it('never reads templating as prose: Liquid and Go template output, tags, raw blocks, shortcodes', () => {
    const text = [
      '---',
      'title: "{{ site.gratis }}"',
      '---',
      '',
      'Der Preis: {{ gratis }} und {{- page.gratis | upcase -}}.',
      '',
      '{% raw %}So schreibt man {{ gratis }} in Liquid.{% endraw %} Danach Text.',
      '',
      '{% include gratis.html %}',
      '',
      '{{< figure src="gratis.png" caption="gratis" >}}',
      '',
      '{{% notice %}}Das Angebot ist gratis.{{% /notice %}}',
      '',
      'Aber dies ist gratis.',
      '',
    ].join('\n');
    // What a paired shortcode encloses is rendered: it is prose.
    expect(where(lintDrafts(TERMS, { 'pr/a.md': text }, ['term']))).toEqual(['pr/a.md:13:31 term', 'pr/a.md:15:15 term']);
  });
});
