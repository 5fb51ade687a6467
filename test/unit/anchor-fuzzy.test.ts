// A fuzzy match is accepted only when it is clearly the same passage, edited; otherwise the annotation is orphaned.
import * as assert from 'node:assert';
import { makeTarget } from '../../src/core/anchor/make-target';
import { reanchor } from '../../src/core/anchor/reanchor';
import { isCorrection } from '../../src/core/anchor/word-changes';

function targetOf(text: string, passage: string) {
  const at = text.indexOf(passage);
  assert.ok(at >= 0, `fixture: '${passage}' not found`);
  return makeTarget(text, at, at + passage.length);
}

function found(text: string, passage: string, edited: string): string | undefined {
  const r = reanchor(edited, targetOf(text, passage));
  return r.status === 'orphan' ? undefined : edited.slice(r.start, r.end);
}

const RECORD =
  'Vyshinsky read the indictment aloud. The accused Zinoviev admitted that he had organised the murder of Kirov. ' +
  'The accused Kamenev admitted that he had organised the murder of Kirov. The court adjourned until the evening session.\n';
const ZINOVIEV = 'The accused Zinoviev admitted that he had organised the murder of Kirov.';

describe('fuzzy re-anchoring: formulaic records', () => {
  it('deleting the annotated sentence orphans it; the same formula about another man is not taken for it', () => {
    assert.strictEqual(found(RECORD, ZINOVIEV, RECORD.replace(`${ZINOVIEV} `, '')), undefined);
  });

  it('the formula about another man is refused even where it replaced the annotated one', () => {
    assert.strictEqual(found(RECORD, ZINOVIEV, RECORD.replace('Zinoviev', 'Smirnov')), undefined);
  });

  it('a changed number or date is another record, not a correction', () => {
    const text = 'The session of 19 August 1936 opened at noon. Evidence was heard from the witnesses.';
    assert.strictEqual(found(text, 'The session of 19 August 1936 opened at noon.', text.replace('1936', '1937')), undefined);
    assert.strictEqual(
      found(text, 'The session of 19 August 1936 opened at noon.', text.replace('19 August', '20 August')),
      undefined,
    );
  });

  it('against an unrelated text with the same vocabulary: orphan', () => {
    const other =
      'The court heard that the accused Kamenev had organised a terrorist centre. Zinoviev denied the murder of Kirov ' +
      'and the accused admitted nothing that he had organised. The evening session adjourned.';
    assert.strictEqual(found(RECORD, ZINOVIEV, other), undefined);
  });

  it('two equally good candidates: orphan rather than guess', () => {
    const text = 'Before. The witness recalled that the meeting was held in secret. After.';
    const target = targetOf(text, 'the meeting was held in secret');
    const twice =
      'Before. The witness recalled that the meting was held in secret. ' +
      'Later. The witness recalled that the meetin was held in secret. After.';
    assert.strictEqual(reanchor(twice, { ...target, start: undefined, end: undefined }).status, 'orphan');
  });

  it('a name replaced right after a sentence ending in the same name is not taken for initials added', () => {
    // "Pyatakov. Olberg denied…" reads like the annotated words with a name added, but its prefix is off.
    const text =
      'He was questioned about the murder of Pyatakov. Pyatakov denied that he had ever met Pickel in Gorky. The session closed.';
    const edited = text.replace('Pyatakov denied', 'Olberg denied');
    assert.strictEqual(found(text, 'Pyatakov denied that he had ever met Pickel in Gorky.', edited), undefined);
  });

  it('words added at the edge of the passage are its neighbours, not a correction', () => {
    assert.strictEqual(isCorrection('denied that he had ever met', 'Pyatakov denied that he had ever met'), false);
    assert.strictEqual(isCorrection('denied that he had ever met', 'denied that he had ever met Pickel'), false);
  });

  it('no recorded context, no evidence: orphan', () => {
    assert.strictEqual(
      reanchor('the murder of Kirof was planned', { exact: 'the murder of Kirov was planned' }).status,
      'orphan',
    );
  });
});

describe('fuzzy re-anchoring: small corrections still re-anchor', () => {
  const essay = 'Nobody believed him. Stalin did not wish to kill Kirov, said the witness. The court laughed.';
  const cases: [string, string, string][] = [
    ['initials before a kept name', 'Stalin did not wish to kill Kirov', essay.replace('kill Kirov', 'kill S. M. Kirov')],
    ['a typo fixed', 'Stalin did not wish to kill Kirov', essay.replace('wish', 'wissh')],
    ['punctuation changed', 'Stalin did not wish to kill Kirov, said the witness.', essay.replace('Kirov, said', 'Kirov — said')],
    ['a word added', 'Stalin did not wish to kill Kirov', essay.replace('not wish', 'not really wish')],
    ['re-wrapped', 'Stalin did not wish to kill Kirov', essay.replace('wish to', 'wish\nto')],
  ];
  for (const [name, passage, edited] of cases) {
    it(`${name}: fuzzy, at the corrected words`, () => {
      const r = reanchor(edited, targetOf(essay, passage));
      assert.strictEqual(r.status, 'fuzzy');
      assert.ok(r.status === 'fuzzy' && edited.slice(r.start, r.end).startsWith('Stalin'), JSON.stringify(r));
    });
  }

  it('the recorded current words are found exactly on later edits', () => {
    const edited = essay.replace('kill Kirov', 'kill S. M. Kirov');
    const target = {
      ...targetOf(edited, 'Stalin did not wish to kill S. M. Kirov'),
      exact: 'Stalin did not wish to kill Kirov',
      current: 'Stalin did not wish to kill S. M. Kirov',
    };
    const later = `Preface.\n${edited}`;
    assert.deepStrictEqual(reanchor(later, target), {
      status: 'fuzzy',
      start: later.indexOf('Stalin'),
      end: later.indexOf(', said'),
    });
    // The annotated words come back: found as they were annotated.
    assert.strictEqual(reanchor(essay, target).status, 'exact');
  });
});

describe('isCorrection: the word-by-word rule', () => {
  const cases: [string, string, boolean][] = [
    ['kill Kirov', 'kill S. M. Kirov', true],
    ['the accused Zinoviev admitted', 'the accused Kamenev admitted', false],
    ['Goltzman', 'Holtzman', false],
    ['in 1929 drew up', 'in 1928 drew up', false],
    ['all his past confessions and humiliations', 'all his past confessions and humilations', true],
    ['he had organised the murder', 'he had organized the murder', true],
    ['The accused admitted', 'the accused admitted', true],
    ['he admitted the murder', 'he denied the murder', false],
    ['in mid-road', 'in midroad', true],
    ['Kirov was killed', 'was killed', false],
    ['Запись допроса Зиновьева', 'Запись допроса Каменева', false],
  ];
  for (const [before, after, ok] of cases) {
    it(`${before} -> ${after}: ${ok ? 'a correction' : 'refused'}`, () => assert.strictEqual(isCorrection(before, after), ok));
  }
});
