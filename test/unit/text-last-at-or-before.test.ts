import * as assert from 'node:assert';
import { lastAtOrBefore } from '../../src/core/text/last-at-or-before';

describe('lastAtOrBefore', () => {
  it('finds the last start at or before an offset, -1 before the first or with none', () => {
    const starts = [0, 5, 5, 12];
    assert.deepStrictEqual(
      [-1, 0, 4, 5, 6, 11, 12, 100].map((o) => lastAtOrBefore(starts, o)),
      [-1, 0, 0, 2, 2, 2, 3, 3],
    );
    assert.strictEqual(lastAtOrBefore([], 3), -1);
    assert.strictEqual(lastAtOrBefore([7], 3), -1);
  });
});
