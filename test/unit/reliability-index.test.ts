// The index takes a text changed on disk, and never lets an older read overwrite a live edit made meanwhile.
import * as assert from 'node:assert';
import type { Mention } from '../../src/core/model';
import { CorpusIndex, type Scan } from '../../src/core/corpus/corpus-index';

const scan: Scan = (text) =>
  [...text.matchAll(/\bKirov\b/g)].map((m): Mention => ({
    kind: 'person',
    entity: 'kirov',
    start: m.index,
    end: m.index + 5,
    text: 'Kirov',
  }));
const URI = 'file:///corpus/letter-0003.txt';
const noPause = () => Promise.resolve();

describe('reliability: the index and texts changed on disk', () => {
  it('a newer version read from disk replaces the indexed one (it used to be dropped as a "live edit")', async () => {
    const index = new CorpusIndex(scan);
    await index.load(URI, 'Letter 3. Kirov was shot on 1 December 1934.\n', noPause);
    assert.deepStrictEqual(index.countOf('kirov'), { mentions: 1, texts: 1 });
    await index.load(URI, 'Letter 3. The Leningrad chief was shot on 1 December 1934.\n', noPause);
    assert.deepStrictEqual(index.countOf('kirov'), { mentions: 0, texts: 0 });
  });

  it('a live edit that arrives while a disk read is being scanned wins', async () => {
    const index = new CorpusIndex(scan);
    await index.load(URI, 'Letter 3.\n', noPause);
    const stale = index.load(URI, 'Letter 3. Kirov on disk, read before the edit.\n', async () => {
      index.update(URI, 'Letter 3. Kirov, and Kirov again, typed in the editor.\n');
    });
    await stale;
    assert.strictEqual(index.textOf(URI), 'Letter 3. Kirov, and Kirov again, typed in the editor.\n');
    assert.deepStrictEqual(index.countOf('kirov'), { mentions: 2, texts: 1 });
  });
});
