// Random edit sequences on the essay: after every edit each annotation still covers its words or is an orphan,
// and the editor's way (shiftTarget) agrees with re-anchoring from scratch (reanchor).
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { makeTarget } from '../../src/core/anchor/make-target';
import { reanchor } from '../../src/core/anchor/reanchor';
import { shiftTarget, type TextChange } from '../../src/core/anchor/shift';
import type { Target } from '../../src/core/model';

const ESSAY = readFileSync(
  join(__dirname, '..', '..', '..', 'samples', 'moscow-trials', 'trotsky-1936-moscow-confessions.txt'),
  'utf8',
);
/** Annotated passages: four that occur once in the essay, and 'Hotel Bristol', which occurs twice. */
const PASSAGES = [
  'standardised political capitulations',
  'in 1929 drew up',
  'Hotel Bristol',
  'Copenhagen',
  'has not been in existence since 1917',
];

/** One edit, placed near an annotated passage (where edits are interesting) or anywhere, as a fraction of the text. */
const edits = fc.record({
  near: fc.option(fc.nat(PASSAGES.length - 1), { freq: 3 }),
  offset: fc.integer({ min: -40, max: 40 }),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat(40),
  insert: fc.oneof(
    fc.constant(''),
    fc.constantFrom(' the', 'Kirov', '\n\n', '“', '”', ' 😀 ', 'é', 'e\u0301'),
    fc.string({ maxLength: 12 }),
  ),
});

function apply(text: string, change: TextChange): string {
  return text.slice(0, change.start) + change.text + text.slice(change.end);
}

/** The target's passage is really there, inside the text. */
function covers(text: string, t: Target): boolean {
  return (
    t.start !== undefined &&
    t.end !== undefined &&
    t.start >= 0 &&
    t.start < t.end &&
    t.end <= text.length &&
    text.slice(t.start, t.end) === t.exact
  );
}

describe('property: annotations under random edit sequences', () => {
  it('each annotation covers its words or is an orphan; shifting and re-anchoring agree', function () {
    this.timeout(60_000);
    let compared = 0;
    fc.assert(
      fc.property(fc.array(edits, { minLength: 1, maxLength: 25 }), (sequence) => {
        let text = ESSAY;
        let live = PASSAGES.map((p) => makeTarget(text, text.indexOf(p), text.indexOf(p) + p.length));
        for (const e of sequence) {
          const anchor = e.near === null ? undefined : live[e.near % Math.max(1, live.length)]?.start;
          const start = Math.max(
            0,
            Math.min(text.length, anchor === undefined ? Math.floor(e.at * text.length) : anchor + e.offset),
          );
          const change: TextChange = { start, end: Math.min(text.length, start + e.remove), text: e.insert };
          const next = apply(text, change);
          const kept: Target[] = [];
          for (const before of live) {
            const shifted = shiftTarget(before, next, change);
            const fresh = reanchor(next, before);
            if (fresh.status !== 'orphan')
              assert.ok(
                fresh.start >= 0 && fresh.start < fresh.end && fresh.end <= next.length,
                'a re-anchored passage lies inside the text',
              );
            if (fresh.status === 'exact' || fresh.status === 'moved')
              assert.strictEqual(next.slice(fresh.start, fresh.end), before.exact);
            if (!shifted) continue; // the edit swallowed the passage: an orphan, reported, never silently moved
            assert.ok(covers(next, shifted), `the shifted target covers its own text: ${JSON.stringify(shifted)}`);
            const untouched = change.end < before.start! || change.start > before.end!;
            if (untouched) {
              assert.strictEqual(shifted.exact, before.exact, 'an edit elsewhere leaves the passage as it was');
              // From scratch, the stale target finds the same place (the passage is unique, and its context survives on one side at least).
              if (next.indexOf(before.exact) === next.lastIndexOf(before.exact)) {
                assert.ok(
                  fresh.status !== 'orphan' && fresh.start === shifted.start,
                  `reanchor ${JSON.stringify(fresh)} agrees with shift ${shifted.start}`,
                );
                compared++;
              }
            }
            // The shifted target, with its fresh context, anchors in place.
            assert.deepStrictEqual(reanchor(next, shifted), { status: 'exact', start: shifted.start, end: shifted.end });
            kept.push(shifted);
          }
          text = next;
          live = kept;
        }
      }),
      { seed: 1937, numRuns: 150 },
    );
    assert.ok(compared > 1000, `only ${compared} edits compared shift with reanchor`);
  });
});
