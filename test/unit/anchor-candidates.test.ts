import * as assert from 'node:assert';
import { makeTarget } from '../../src/core/anchor/make-target';
import { rankCandidates, similarity } from '../../src/core/anchor/candidates';
import { reanchor } from '../../src/core/anchor/reanchor';

const BEFORE =
  'In the first trial Zinoviev declared that he had organised the murder of Kirov in 1934. ' +
  'Kamenev repeated the same words. Smirnov, alone, denied the charge of terror until the last day. ' +
  'The prosecutor read the letters aloud, and the court adjourned.';

function targetOf(text: string, passage: string) {
  const at = text.indexOf(passage);
  assert.ok(at >= 0, `fixture: '${passage}' not found`);
  return makeTarget(text, at, at + passage.length);
}

const slices = (text: string, cs: Array<{ start: number; end: number }>) => cs.map((c) => text.slice(c.start, c.end));

describe('rankCandidates (re-attaching an orphan)', () => {
  it('puts the rewritten passage first when reanchoring gave up on it', () => {
    const target = targetOf(BEFORE, 'Smirnov, alone, denied the charge of terror until the last day');
    const after = BEFORE.replace(
      'Smirnov, alone, denied the charge of terror until the last day',
      'Smirnoff alone kept denying any terror charge until the end',
    );
    assert.strictEqual(reanchor(after, target).status, 'orphan', 'fixture: the automatic search gives up');
    const ranked = rankCandidates(after, target);
    assert.ok(ranked.length >= 1);
    assert.strictEqual(
      after.slice(ranked[0].start, ranked[0].end),
      'Smirnoff alone kept denying any terror charge until the end',
    );
  });

  it('finds a passage rewritten beyond recognition by the words around it', () => {
    const target = targetOf(BEFORE, 'Kamenev repeated the same words.');
    const after = BEFORE.replace('Kamenev repeated the same words.', 'A second defendant, in a quieter voice, said so too.');
    const ranked = rankCandidates(after, target);
    assert.ok(
      slices(after, ranked).includes('A second defendant, in a quieter voice, said so too.'),
      slices(after, ranked).join(' | '),
    );
  });

  it('ranks by words and surroundings, best first, without overlaps, at most `limit`', () => {
    const text = 'He said the word. Then: he said the word! Later he sad the ward; and he said the word.';
    const target = makeTarget('Later he said the word; and so', 6, 22);
    const ranked = rankCandidates(text, target, 3);
    assert.ok(ranked.length <= 3 && ranked.length > 0);
    for (let i = 1; i < ranked.length; i++) assert.ok(ranked[i - 1].score >= ranked[i].score, 'sorted by score');
    for (const a of ranked) for (const b of ranked) if (a !== b) assert.ok(a.end <= b.start || b.end <= a.start, 'no overlaps');
    // Two typos in the old surroundings ("Later …;") beat the exact words elsewhere; those come next.
    assert.strictEqual(text.slice(ranked[0].start, ranked[0].end), 'he sad the ward');
    assert.ok(slices(text, ranked.slice(1)).includes('he said the word'), slices(text, ranked).join(' | '));
  });

  it('offers nothing for an empty passage or text, and nothing far from the words', () => {
    assert.deepStrictEqual(rankCandidates('', { exact: 'x' }), []);
    assert.deepStrictEqual(rankCandidates('some text', { exact: '' }), []);
    assert.deepStrictEqual(rankCandidates('zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', { exact: 'confession of Radek' }), []);
  });

  it('similarity is 1 for equal strings and falls with each edit', () => {
    assert.strictEqual(similarity('abc', 'abc'), 1);
    assert.strictEqual(similarity('', ''), 1);
    assert.ok(similarity('abcd', 'abed') > similarity('abcd', 'xbed'));
    assert.strictEqual(similarity('abc', 'xyz'), 0);
    const long = 'a'.repeat(2000);
    assert.ok(similarity(long, long.slice(1) + 'b') > 0.9, 'long strings are compared without a quadratic table');
  });
});
