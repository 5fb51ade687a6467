import * as assert from 'node:assert';
import { mergeList } from '../../src/core/merge/merge-list';
import { addAnnotation, removeAnnotation, updateAnnotation } from '../../src/core/sidecar/edit-sidecar';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';
import type { Annotation } from '../../src/core/model';

/** A small deterministic generator, so a failure is reproducible from its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function annotation(id: string, start: number, note: string): Annotation {
  return { id, kind: 'note', target: { exact: `w${start}`, prefix: 'p', suffix: 's', start, end: start + 4 }, note };
}

type Side = Map<string, Annotation>;

/** Random edits through the real sidecar editor: additions, deletions, note and tag changes. */
function edit(text: string, values: Side, rnd: () => number, side: string): string {
  for (let k = 0; k < 4; k++) {
    const ids = [...values.keys()];
    const r = rnd();
    if (r < 0.35 || ids.length === 0) {
      const a = annotation(`${side}${k}`, Math.floor(rnd() * 1000), `${side} added ${k}`);
      text = addAnnotation(text, 'e.txt', a);
      values.set(a.id, a);
    } else {
      const id = ids[Math.floor(rnd() * ids.length)];
      if (r < 0.5) {
        text = removeAnnotation(text, id);
        values.delete(id);
      } else if (r < 0.8) {
        text = updateAnnotation(text, id, { note: `${side} note ${k}` });
        values.set(id, { ...values.get(id)!, note: `${side} note ${k}` });
      } else {
        text = updateAnnotation(text, id, { tags: [`${side}${k}`] });
        values.set(id, { ...values.get(id)!, tags: [`${side}${k}`] });
      }
    }
  }
  return text;
}

describe('mergeList on random edits of both sides (nothing lost, text order kept)', () => {
  for (let seed = 1; seed <= 60; seed++) {
    it(`seed ${seed}`, () => {
      const rnd = random(seed);
      let base = '# a comment that stays\nversion: 1\ntext: e.txt\nannotations:\n';
      const baseValues: Side = new Map();
      for (let i = 0; i < 5; i++) {
        const a = annotation(`b${i}`, i * 200 + Math.floor(rnd() * 100), `base ${i}`);
        base = addAnnotation(base, 'e.txt', a);
        baseValues.set(a.id, a);
      }
      const oursValues = new Map(baseValues);
      const theirsValues = new Map(baseValues);
      const ours = edit(base, oursValues, rnd, 'o');
      const theirs = edit(base, theirsValues, rnd, 't');
      const { text, conflicts } = mergeList(base, ours, theirs, 'annotations');
      assert.match(text, /^# a comment that stays\n/);
      if (conflicts.length > 0) {
        // Every line either side wrote is still there, between or outside the markers.
        const baseLines = new Set(base.split('\n'));
        for (const line of [...ours.split('\n'), ...theirs.split('\n')])
          if (!baseLines.has(line)) assert.ok(text.includes(line), `lost: ${line}`);
        assert.match(text, /^<<<<<<< ours$/m);
        return;
      }
      const { sidecar, problems } = parseSidecar(text, 'e.txt.annotations.yaml');
      assert.deepStrictEqual(problems, []);
      const merged = new Map(sidecar!.annotations.map((a) => [a.id, a]));
      // The expected result, field by field.
      const ids = new Set([...oursValues.keys(), ...theirsValues.keys()]);
      for (const id of baseValues.keys()) if (!oursValues.has(id) || !theirsValues.has(id)) ids.delete(id);
      assert.deepStrictEqual([...merged.keys()].sort(), [...ids].sort());
      for (const id of ids) {
        const [b, o, t] = [baseValues.get(id), oursValues.get(id), theirsValues.get(id)];
        const pick = (f: 'note' | 'tags') => (JSON.stringify(o?.[f]) !== JSON.stringify(b?.[f]) ? o?.[f] : t?.[f]);
        assert.strictEqual(merged.get(id)!.note, pick('note'), id);
        assert.deepStrictEqual(merged.get(id)!.tags, pick('tags'), id);
      }
      const starts = sidecar!.annotations.map((a) => a.target.start!);
      assert.deepStrictEqual(
        starts,
        [...starts].sort((x, y) => x - y),
        'text order',
      );
    });
  }
});
