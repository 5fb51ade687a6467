import * as assert from 'node:assert';
import { NameMatcher } from '../../src/core/recognize/name-matcher';
import { findQuotes } from '../../src/core/recognize/quotes';

const kinds = (text: string): string[] => findQuotes(text, new NameMatcher([])).map((q) => `${q.text} | ${q.quote}`);

describe('findQuotes: English newspapers, interviews and letters', () => {
  it('a quotation broken by its attribution goes on to the end of its paragraph when its closing mark is missing', () => {
    assert.deepStrictEqual(kinds('"I was alone," writes our reporter. "I sprang into the corridor at 10:30.\n\nI returned.'), [
      '"I was alone," | quotation',
      '"I sprang into the corridor at 10:30. | quotation',
    ]);
  });
  it('negative: an unclosed mark with no attribution before it, or a paragraph cut mid-sentence, is dropped', () => {
    assert.deepStrictEqual(kinds('He called it "a machine.\n\nIt must be broken.'), []);
    assert.deepStrictEqual(kinds('"I was alone," writes our reporter. "I sprang into the\n\ncorridor.'), [
      '"I was alone," | quotation',
    ]);
    // A closed quotation ending in a full stop is no attribution broken off.
    assert.deepStrictEqual(kinds('He wrote "Go home." Then he left. "I sprang up.\n\nNext.'), ['"Go home." | quotation']);
  });
  it('a verb of confession named after a preposition reports nothing: no confession', () => {
    assert.deepStrictEqual(
      kinds('He was cautious about admitting that one building is higher. He replied, "that he was sure of nothing."'),
      ['"that he was sure of nothing." | quotation'],
    );
    // Negative: the verb itself in the sentence before still makes a confession.
    assert.deepStrictEqual(kinds('He admitted that he was there. He said, "that he was sure of nothing."'), [
      '"that he was sure of nothing." | confession',
    ]);
  });
  it('a question the narrator asks is no confession, whatever the sentence before says', () => {
    assert.deepStrictEqual(
      kinds('He admitted that the paper was written for him. "Why was he neutral?" I asked, and he read it.'),
      ['"Why was he neutral?" | quotation'],
    );
    // Negative: an answer after the same sentence is still a confession.
    assert.deepStrictEqual(kinds('He admitted that the paper was written for him. "I was neutral." Then he left.'), [
      '"I was neutral." | confession',
    ]);
  });
  it('a verb of saying, a few words and a colon give the words after them to the speaker, however short', () => {
    assert.deepStrictEqual(kinds('He says of the war: "We" began it. Whom does he mean by "We"?'), [
      '"We" | quotation',
      '"We" | scare',
    ]);
    // Negative: more than three words between the verb and the colon, or no verb of saying.
    assert.deepStrictEqual(kinds('He said it in all the long debates: "We" was his word.'), ['"We" | scare']);
    assert.deepStrictEqual(kinds('The word of the day: "We" and nothing else.'), ['"We" | scare']);
  });
  it("a transcript's line: counsel's words are a quotation, the witness's testimony, however short", () => {
    const text =
      "Lincoln. 'Leaves on it are rather thick in August?'\n\nWitness. 'Rather.'\n\nWitness. 'By moonlight!' (defiantly).";
    assert.deepStrictEqual(kinds(text), [
      "'Leaves on it are rather thick in August?' | quotation",
      "'Rather.' | confession",
      "'By moonlight!' | confession",
    ]);
    assert.deepStrictEqual(kinds('Mr. Choate. "You say the bonds were your wife\'s?"\n\nThe Witness. "Yes, sir."'), [
      '"You say the bonds were your wife\'s?" | quotation',
      '"Yes, sir." | confession',
    ]);
  });
  it('negative: no label when the paragraph opens with a sentence, not a name', () => {
    assert.deepStrictEqual(kinds('He turned to the Witness. "Rather," he said.'), ['"Rather," | quotation']);
    assert.deepStrictEqual(kinds('He turned to the Witness. "Rather" was the word.'), ['"Rather" | scare']);
  });
});
