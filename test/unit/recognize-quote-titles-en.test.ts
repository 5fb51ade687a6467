import * as assert from 'node:assert';
import { NameMatcher } from '../../src/core/recognize/name-matcher';
import { findQuotes } from '../../src/core/recognize/quotes';

const kinds = (text: string): string[] => findQuotes(text, new NameMatcher([])).map((q) => `${q.text} | ${q.quote}`);

describe('findQuotes: English titles in marks', () => {
  it('is a quotation after a maker of texts and "of"', () => {
    assert.deepStrictEqual(kinds('HUBERT HENRY DAVIES, dramatist, author of "The Mollusc" and "A Single Man."'), [
      '"The Mollusc" | quotation',
      '"A Single Man." | quotation',
    ]);
    assert.deepStrictEqual(kinds('SIR JAMES BARRIE, creator of "Sentimental Tommy" and "Peter Pan," famous for his comedies.'), [
      '"Sentimental Tommy" | quotation',
      '"Peter Pan," | quotation',
    ]);
  });
  it('is a quotation after a noun naming a text, "including" in its clause, "known for", "says in his"', () => {
    assert.deepStrictEqual(kinds('his plays, "Strife" and "Justice," and his novel, "The Dark Flower," being known.'), [
      '"Strife" | quotation',
      '"Justice," | quotation',
      '"The Dark Flower," | quotation',
    ]);
    assert.deepStrictEqual(kinds('author of many novels of modern life, including "Dodo."'), ['"Dodo." | quotation']);
    assert.deepStrictEqual(kinds('chiefly known for "From a College Window," "Beside Still Waters," and other essays.'), [
      '"From a College Window," | quotation',
      '"Beside Still Waters," | quotation',
    ]);
    assert.deepStrictEqual(kinds('as he says in his "War of Today": nothing.'), ['"War of Today" | quotation']);
    assert.deepStrictEqual(kinds('the correspondence published in the "White Paper" shows it.'), ['"White Paper" | quotation']);
  });
  it('is a quotation in a list after a title, through a parenthesis', () => {
    assert.deepStrictEqual(
      kinds('author of "Life of Macready," "Real Conversations," and (with Granville Barker) "A National Theatre."'),
      ['"Life of Macready," | quotation', '"Real Conversations," | quotation', '"A National Theatre." | quotation'],
    );
  });
  it('negative: words held at a distance stay scare quotes, capitalised or not', () => {
    // No noun of a text before the marks: a phrase named, as the news part's "War Cabinet,".
    assert.deepStrictEqual(kinds('The "War Cabinet," as they call it, met.'), ['"War Cabinet," | scare']);
    // A maker of texts, but small letters: no title.
    assert.deepStrictEqual(kinds('He was the author of "reforms" that failed.'), ['"reforms" | scare']);
    // "including" with no text named before it in its clause.
    assert.deepStrictEqual(kinds('Many men, including "Junkers" of every rank, came.'), ['"Junkers" | scare']);
    // A list after a scare quote is no list of titles.
    assert.deepStrictEqual(kinds('He called them "Junkers," "Militarists," and worse.'), [
      '"Junkers," | scare',
      '"Militarists," | scare',
    ]);
  });
});
