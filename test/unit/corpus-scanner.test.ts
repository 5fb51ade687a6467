import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Mention } from '../../src/core/model';
import { CorpusIndex } from '../../src/core/corpus/corpus-index';
import { createScanner } from '../../src/core/corpus/scanner';
import { parseRegistry } from '../../src/core/registry/parse-registry';

// The real recognizers over the sample corpus: incremental updates must give what a full scan gives.
const SAMPLE = join(__dirname, '../../../samples/moscow-trials');
const essay = readFileSync(join(SAMPLE, 'trotsky-1936-moscow-confessions.txt'), 'utf8');
const { entities } = parseRegistry(readFileSync(join(SAMPLE, 'entities.yaml'), 'utf8'), 'entities.yaml');
const URI = 'file:///moscow-trials/trotsky-1936-moscow-confessions.txt';
const strip = (ms: readonly Mention[]) => ms.map((m) => `${m.kind}:${m.start}-${m.end}:${m.entity ?? m.value ?? m.quote ?? ''}`);
// Registry names and dates are decided within a paragraph; candidates and quotation kinds may look further.
const local = (ms: readonly Mention[]) => strip(ms.filter((m) => m.entity || m.kind === 'date'));

/** A seeded pseudo-random generator, so a failure can be replayed. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('CorpusIndex with the real recognizers', () => {
  const scan = createScanner(entities, { julianBefore: '1918-02-14' });

  it('finds the essay’s registry names, dates and quotations', () => {
    const index = new CorpusIndex(scan);
    index.update(URI, essay);
    assert.ok(index.countOf('stalin').mentions >= 5, 'Stalin is named throughout');
    assert.ok(
      index.dates().some((d) => d.mention.value === '1936-12-18'),
      'the essay is dated 18 December 1936',
    );
    assert.ok(index.quotations().length > 10);
  });

  it('builds a big text in chunks to the same names and dates as one scan', async () => {
    const whole = new CorpusIndex(scan);
    whole.update(URI, essay);
    const chunked = new CorpusIndex(scan);
    let pauses = 0;
    const big = essay.repeat(80);
    await chunked.load(URI, big, async () => {
      pauses++;
    });
    const once = new CorpusIndex(scan);
    once.update(URI, big);
    assert.ok(
      pauses >= Math.floor(big.length / (256 * 1024)),
      `a ${Math.round(big.length / 1024)} KB text yields between chunks (${pauses} pauses)`,
    );
    assert.deepStrictEqual(local(chunked.mentionsIn(URI)), local(once.mentionsIn(URI)));
  });

  for (const seed of [1, 2, 3, 4, 5]) {
    it(`typing, deleting and pasting (seed ${seed}) in a big text keeps the names and dates a full scan finds`, () => {
      const random = lcg(seed);
      const index = new CorpusIndex(scan, { wholeScanBelow: 0 });
      let text = essay;
      index.update(URI, text);
      // Half the edits come with the hint the editor gives, half are found by diffing.
      const inserts = ['Kirov', ' ', '\n\n', '“', '”', '1 December 1934', 'e', 'Smirnov said: “I confess.”'];
      for (let step = 0; step < 40; step++) {
        const at = Math.floor(random() * text.length);
        const removed = random() < 0.5 ? 0 : 1 + Math.floor(random() * 20);
        const inserted = removed ? '' : inserts[Math.floor(random() * inserts.length)];
        const suffix = Math.max(0, text.length - at - removed);
        text = text.slice(0, at) + inserted + text.slice(at + removed);
        index.update(URI, text, step % 2 ? { prefix: at, suffix } : undefined);
      }
      const fresh = new CorpusIndex(scan);
      fresh.update(URI, text);
      assert.deepStrictEqual(local(index.mentionsIn(URI)), local(fresh.mentionsIn(URI)));
    });
  }
});
