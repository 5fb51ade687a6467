import * as assert from 'node:assert';
import { makeTarget } from '../../src/core/anchor/make-target';
import { reanchor } from '../../src/core/anchor/reanchor';
import { applyChanges, shiftTarget, type TextChange } from '../../src/core/anchor/shift';

const TEXT =
  'Smirnov and Goltzman tried to stop themselves in mid-road, between “terror in general” and the assassination of Kirov.';
const PASSAGE = '“terror in general”';

function edit(text: string, change: TextChange): string {
  return text.slice(0, change.start) + change.text + text.slice(change.end);
}

describe('shiftTarget', () => {
  const at = TEXT.indexOf(PASSAGE);
  const target = makeTarget(TEXT, at, at + PASSAGE.length);
  const cases: { name: string; change: TextChange; exact: string | undefined }[] = [
    { name: 'insertion before shifts', change: { start: 0, end: 0, text: 'In 1936, ' }, exact: PASSAGE },
    { name: 'deletion before shifts', change: { start: 0, end: 12, text: '' }, exact: PASSAGE },
    { name: 'typing right before the passage stays outside', change: { start: at, end: at, text: 'so-called ' }, exact: PASSAGE },
    {
      name: 'typing right after the passage stays outside',
      change: { start: at + PASSAGE.length, end: at + PASSAGE.length, text: ' (sic)' },
      exact: PASSAGE,
    },
    {
      name: 'edit after changes nothing',
      change: { start: TEXT.length - 6, end: TEXT.length - 1, text: 'Kirov in Leningrad' },
      exact: PASSAGE,
    },
    {
      name: 'insertion inside grows it',
      change: { start: at + 7, end: at + 7, text: ' and sabotage' },
      exact: '“terror and sabotage in general”',
    },
    {
      name: 'typo fixed inside keeps it',
      change: { start: at + 1, end: at + 7, text: 'terrour' },
      exact: '“terrour in general”',
    },
    { name: 'deletion overlapping the start shrinks it', change: { start: at - 8, end: at + 8, text: '' }, exact: 'in general”' },
    { name: 'deletion overlapping the end shrinks it', change: { start: at + 10, end: at + 30, text: '' }, exact: '“terror in' },
    {
      name: 'deleting the whole passage orphans it',
      change: { start: at - 1, end: at + PASSAGE.length, text: '' },
      exact: undefined,
    },
    {
      name: 'replacing the whole passage orphans it',
      change: { start: at, end: at + PASSAGE.length, text: 'terror' },
      exact: undefined,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const text = edit(TEXT, c.change);
      const shifted = shiftTarget(target, text, c.change);
      assert.strictEqual(shifted?.exact, c.exact);
      if (shifted) assert.strictEqual(text.slice(shifted.start, shifted.end), shifted.exact);
    });
  }

  it('updates prefix and suffix from the new text', () => {
    const change = { start: at - 9, end: at - 1, text: 'betwixt' };
    const shifted = shiftTarget(target, edit(TEXT, change), change);
    assert.ok(shifted?.prefix?.endsWith('betwixt '));
  });

  it('applies the changes of one editor event in any order (all refer to the text before them)', () => {
    // Two cursors: one before the passage, one inside it. VS Code sends them last-first.
    const changes: TextChange[] = [
      { start: at + 1, end: at + 1, text: 'so-called ' },
      { start: 0, end: 7, text: 'I. N. Smirnov' },
    ];
    let text = TEXT;
    for (const c of changes) text = edit(text, c);
    const expected = '“so-called terror in general”';
    assert.strictEqual(applyChanges(target, text, changes)?.exact, expected);
    assert.strictEqual(applyChanges(target, text, [...changes].reverse())?.exact, expected);
  });

  it('counts astral characters and CRLF as UTF-16 units', () => {
    const text = 'Line 𝔊\r\nKirov was killed.\r\n';
    const t = makeTarget(text, 9, 14);
    assert.strictEqual(t.exact, 'Kirov');
    const change = { start: 5, end: 7, text: '𝔊𝔊' };
    const shifted = shiftTarget(t, edit(text, change), change);
    assert.deepStrictEqual([shifted?.start, shifted?.exact], [11, 'Kirov']);
  });
});

/** Mulberry32: a small seeded PRNG, so a failure can be replayed. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The words lying wholly inside [start, end) of text (a word cut by an edge does not count). */
function words(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  for (const m of text.slice(start, end).matchAll(/\S+/g)) {
    const s = start + m.index;
    const e = s + m[0].length;
    if ((s === 0 || /\s/.test(text[s - 1])) && (e === text.length || /\s/.test(text[e]))) out.push(m[0]);
  }
  return out;
}

describe('shiftTarget against reanchor (property)', () => {
  it('after every random edit, shifting covers the same words as re-anchoring from scratch, or is an orphan', () => {
    let checked = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const random = prng(seed);
      let text = Array.from({ length: 120 }, (_, i) => `w${i}`).join(' ');
      const start = text.indexOf('w50 ');
      let target = makeTarget(text, start, text.indexOf(' w56'));
      for (let step = 0; step < 60; step++) {
        const pos = Math.floor(random() * text.length);
        const roll = random();
        // New words are fresh (w1000+) so that no quote becomes ambiguous.
        const change: TextChange =
          roll < 0.4
            ? { start: pos, end: pos, text: ` w${1000 + step * 100 + seed}` }
            : roll < 0.8
              ? { start: pos, end: Math.min(text.length, pos + 1 + Math.floor(random() * 6)), text: '' }
              : { start: pos, end: Math.min(text.length, pos + 1), text: 'x' };
        const before = target;
        text = edit(text, change);
        const shifted = shiftTarget(before, text, change);
        if (!shifted) break;
        const found = reanchor(text, before);
        if (found.status !== 'orphan') {
          const fresh = words(text, found.start, found.end);
          const kept = words(text, shifted.start!, shifted.end!);
          const why = `seed ${seed} step ${step}: ${JSON.stringify(change)} ${JSON.stringify(before)}`;
          // A fuzzy match's edges are approximate (an edit at an edge is ambiguous): all but the edge words must agree.
          if (found.status === 'fuzzy') assert.ok(kept.filter((w) => fresh.includes(w)).length >= kept.length - 2, why);
          else assert.deepStrictEqual(fresh, kept, why);
          checked++;
        }
        target = shifted;
      }
    }
    assert.ok(checked > 400, `only ${checked} edits compared`);
  });
});
