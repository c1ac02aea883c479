// Front matter is read by js-yaml where it is usual, else by `yaml`: the values and key positions
// must be exactly what `yaml` gives, on tricky, random and all real front matter.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFrontMatter, readWithYaml } from '../src/markdown/front-matter.js';
import { CORPORA, needsCorpora } from './helpers.js';

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
