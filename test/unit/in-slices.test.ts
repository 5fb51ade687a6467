import * as assert from 'node:assert';
import { inSlices } from '../../src/core/text/in-slices';

describe('work in time slices (inSlices)', () => {
  it('visits every item once, in order, whatever the slice', async () => {
    for (const sliceMs of [0, 1, 1000]) {
      const seen: number[] = [];
      await inSlices(
        [1, 2, 3, 4, 5],
        (n) => seen.push(n),
        () => Promise.resolve(),
        sliceMs,
      );
      assert.deepStrictEqual(seen, [1, 2, 3, 4, 5]);
    }
  });

  it('pauses once a slice has run its time, and not while it has time left', async () => {
    let pauses = 0;
    const pause = () => Promise.resolve(void pauses++);
    const busy = (ms: number) => {
      const until = Date.now() + ms;
      while (Date.now() < until);
    };
    // Each item outruns the slice (a busy machine only makes it longer): a pause after every one.
    await inSlices([1, 2, 3, 4], () => busy(6), pause, 5);
    assert.strictEqual(pauses, 4);
    pauses = 0;
    await inSlices(new Set([1, 2, 3]), () => undefined, pause, 60_000);
    assert.strictEqual(pauses, 0);
  });
});
