import { describe, expect, it } from 'vitest';
import { EdgeSieve } from '../src/analysis/messages/sieve.js';
import { tokenize } from '../src/analysis/tokens.js';
import { presence, slotsOf, splitsOf, standsIn, TraceIndex, type TracedText } from '../src/analysis/messages/traces.js';

/** An approved text as `TraceIndex` takes it: its words with their splits and trace slots. */
function traced(text: string, lang: string): TracedText {
  let offset = 0;
  const content = tokenize(text, lang).map((token) => {
    const word = { token, splits: splitsOf(token.lower), offset };
    offset += slotsOf(word);
    return word;
  });
  return { content, slots: offset };
}

describe('edge sieve', () => {
  it('passes every text that begins or ends like one it keeps', () => {
    const sieve = new EdgeSieve();
    sieve.addStart('arbeit');
    sieve.addStart('ab');
    sieve.addEnd('schutz');
    expect(['arbeitsweg', 'arb', 'ab'].every((text) => sieve.hasStart(text))).toBe(true);
    expect(['diebstahlschutz', 'hutz'].every((text) => sieve.hasEnd(text))).toBe(true);
    // Too short to end like a four-letter ending.
    expect(sieve.hasEnd('utz')).toBe(false);
  });
});

describe('word traces', () => {
  const text = traced('Arbeitsweg Diebstahl Kaufpreis', 'de');
  const [arbeitsweg, diebstahl, kaufpreis] = text.content;
  const index = new TraceIndex([text]);
  const inSentences = (...sentences: string[]) => sentences.map((s) => index.union(tokenize(s, 'de'))[0]);

  it('scores the same word 1, a compound part or a split compound 0.75, else 0', () => {
    const [trace] = inSentences('Der Weg zur Arbeit ist mit Diebstahlschutz und Kaufpreisen.');
    expect([arbeitsweg!, diebstahl!, kaufpreis!].map((word) => presence(word, trace))).toEqual([0.75, 0.75, 1]);
    const [none] = inSentences('Nichts davon.');
    expect(none).toBeUndefined();
    expect(presence(kaufpreis!, none)).toBe(0);
  });

  it('joins what two sentences say: a split compound may run over both', () => {
    const [first, second] = inSentences('Der Weg ist kurz.', 'Die Arbeit ruft.');
    expect(presence(arbeitsweg!, first)).toBe(0);
    expect(presence(arbeitsweg!, first, second)).toBe(0.75);
  });

  it('tells whether a word stands in a single token', () => {
    const [token] = tokenize('Diebstahlschutz', 'de');
    expect(standsIn(text, diebstahl!, token!)).toBe(true);
    expect(standsIn(text, kaufpreis!, token!)).toBe(false);
  });
});
