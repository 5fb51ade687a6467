// The warm start of the editor's default build (loadText): a text whose content is cached for the index's scanner
// takes its mentions from the cache, as if scanned; any other is scanned and then cached; a changed text, another
// scanner (a registry change), a newer text indexed meanwhile or a torn entry never lets the cache answer wrongly.
import * as assert from 'node:assert';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Mention } from '../../src/core/model';
import { CorpusIndex, type Scan } from '../../src/core/corpus/corpus-index';
import { MentionCache, type CacheStore, type RecognitionContext } from '../../src/core/corpus/mention-cache';
import { readCachedRegistry, writeCachedRegistry } from '../../src/core/corpus/registry-cache';
import { createScanner } from '../../src/core/corpus/scanner';
import { loadText, WarmStart, type LoadOptions } from '../../src/core/corpus/warm-start';
import { parseRegistry } from '../../src/core/registry/parse-registry';
import { sha256InSlices } from '../../src/node/text-hash';

class MemoryCacheStore implements CacheStore {
  readonly files = new Map<string, Uint8Array>();
  async read(name: string) {
    return this.files.get(name);
  }
  async write(name: string, bytes: Uint8Array) {
    this.files.set(name, bytes);
  }
  async remove(name: string) {
    this.files.delete(name);
  }
  async list() {
    return [...this.files].map(([name, bytes]) => ({ name, bytes: bytes.length, used: 0 }));
  }
  async touch() {}
}

const sha256 = (s: string | Uint8Array): string =>
  (typeof s === 'string' ? createHash('sha256').update(s, 'utf16le') : createHash('sha256').update(s)).digest('hex');
const noPause = (): Promise<void> => Promise.resolve();
const CONTEXT: RecognitionContext = { registryHash: 'r', settings: { lang: 'auto' }, build: 'b' };

/** A scanner of "Kirov" and "Zinoviev" that counts its calls. */
function counting(): Scan & { calls: number } {
  const scan = ((text: string) => {
    scan.calls++;
    return [...text.matchAll(/\b(Kirov|Zinoviev)\b/g)].map((m): Mention => ({
      kind: 'person',
      entity: m[1].toLowerCase(),
      start: m.index,
      end: m.index + m[1].length,
      text: m[1],
    }));
  }) as Scan & { calls: number };
  scan.calls = 0;
  return scan;
}

/** A fresh index and the warm start of its scanner over `store` (a new editor session on the same cache). */
function session(store: CacheStore, scan: Scan = counting()) {
  const index = new CorpusIndex(scan);
  const warm = new WarmStart(new MentionCache(store, sha256, CONTEXT), scan, sha256InSlices);
  let waitedForScanner = 0;
  const options = (uri: string, over: Partial<LoadOptions> = {}): LoadOptions => ({
    warm,
    version: index.versionOf(uri),
    pause: noPause,
    cancelled: () => false,
    scannerReady: async () => void waitedForScanner++,
    ...over,
  });
  return { index, warm, scan, options, waited: () => waitedForScanner };
}

const URI = 'file:///corpus/letter.txt';
const TEXT = 'Kirov was shot on 1 December 1934.\n\nZinoviev and Kirov.\n';

describe('warm start of the index on the editor thread (loadText)', () => {
  const sample = join(__dirname, '..', '..', '..', 'samples', 'moscow-trials');
  const essay = readFileSync(join(sample, 'trotsky-1936-moscow-confessions.txt'), 'utf8');
  let scan: Scan;
  // The registry's JSON Schema compiles on first use (about a second): once, before the tests.
  before(() => {
    scan = createScanner(parseRegistry(readFileSync(join(sample, 'entities.yaml'), 'utf8'), 'entities.yaml').entities, {});
    scan('Kirov');
  });

  it('scans a text the cache does not have, caches it, and serves it to the next session without scanning', async () => {
    const store = new MemoryCacheStore();
    const cold = session(store);
    assert.strictEqual(await loadText(cold.index, URI, TEXT, cold.options(URI)), 'scanned');
    await cold.warm.settled();
    const warm = session(store);
    const scan = warm.scan as Scan & { calls: number };
    assert.strictEqual(await loadText(warm.index, URI, TEXT, warm.options(URI)), 'cached');
    assert.strictEqual(scan.calls, 0, 'no scan');
    assert.strictEqual(warm.waited(), 0, 'a cached text does not wait for the scanner to be built');
    assert.ok(warm.index.isCurrent(URI));
    assert.deepStrictEqual(warm.index.mentionsIn(URI), cold.index.mentionsIn(URI));
    assert.deepStrictEqual(warm.index.countOf('kirov'), { mentions: 2, texts: 1 });
  });

  it('gives the same index from the cache as from scanning, with the real recognizers', async () => {
    const half = essay.slice(0, essay.length >> 1);
    const store = new MemoryCacheStore();
    const texts = new Map([
      [URI, essay],
      ['file:///corpus/half.txt', half],
    ]);
    const cold = session(store, scan);
    for (const [uri, text] of texts) assert.strictEqual(await loadText(cold.index, uri, text, cold.options(uri)), 'scanned');
    await cold.warm.settled();
    const warm = session(store, scan);
    for (const [uri, text] of texts) assert.strictEqual(await loadText(warm.index, uri, text, warm.options(uri)), 'cached');
    for (const uri of texts.keys())
      assert.deepStrictEqual(
        JSON.parse(JSON.stringify(warm.index.mentionsIn(uri))),
        JSON.parse(JSON.stringify(cold.index.mentionsIn(uri))),
      );
    assert.deepStrictEqual(warm.index.countOf('kirov'), cold.index.countOf('kirov'));
  });

  it('never serves a text whose content changed, by one character or one line ending', async () => {
    const store = new MemoryCacheStore();
    const cold = session(store);
    await loadText(cold.index, URI, TEXT, cold.options(URI));
    await cold.warm.settled();
    for (const changed of [TEXT.replace('Kirov was', 'Kirow was'), TEXT.replace(/\n/g, '\r\n'), TEXT + ' ']) {
      const warm = session(store);
      assert.strictEqual(await loadText(warm.index, URI, changed, warm.options(URI)), 'scanned');
      assert.strictEqual(warm.index.textOf(URI), changed);
      assert.deepStrictEqual(warm.index.mentionsIn(URI), warm.scan(changed));
    }
  });

  it('keys a text read from disk by its bytes: the same bytes hit, other bytes of the same text (a BOM) miss', async () => {
    const store = new MemoryCacheStore();
    const utf8 = new TextEncoder().encode(TEXT);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    const cold = session(store);
    assert.strictEqual(await loadText(cold.index, URI, TEXT, cold.options(URI, { bytes: utf8 })), 'scanned');
    await cold.warm.settled();
    const warm = session(store);
    assert.strictEqual(await loadText(warm.index, URI, TEXT, warm.options(URI, { bytes: utf8 })), 'cached');
    const other = session(store);
    assert.strictEqual(await loadText(other.index, URI, TEXT, other.options(URI, { bytes: withBom })), 'scanned');
    // An editor's live text (no bytes) is keyed by the text itself.
    const live = session(store);
    assert.strictEqual(await loadText(live.index, URI, TEXT, live.options(URI)), 'scanned');
  });

  it('tells lone surrogates from the replacement character (content is hashed as UTF-16 units)', async () => {
    const pauses: number[] = [];
    const long = 'a'.repeat(3 << 20);
    assert.strictEqual(
      await sha256InSlices(long, async () => void pauses.push(1)),
      createHash('sha256').update(long, 'utf16le').digest('hex'),
    );
    assert.strictEqual(pauses.length, 2, 'a pause between slices');
    assert.notStrictEqual(await sha256InSlices('x\ud800y', noPause), await sha256InSlices('x\ufffdy', noPause));
  });

  it('neither uses nor fills the cache when the index has another scanner now (the registry changed)', async () => {
    const store = new MemoryCacheStore();
    const cold = session(store);
    await loadText(cold.index, URI, TEXT, cold.options(URI));
    await cold.warm.settled();
    const warm = session(store);
    const other = counting();
    warm.index.setScanner(other);
    const before = store.files.size;
    assert.strictEqual(await loadText(warm.index, URI, TEXT, warm.options(URI)), 'scanned');
    assert.strictEqual(other.calls, 1, 'scanned with the new scanner');
    await warm.warm.settled();
    assert.strictEqual(store.files.size, before, 'nothing cached under the old scanner’s key');
  });

  it('a registry change while a cached text is being hashed leaves it stale for the re-scan, not current', async () => {
    const store = new MemoryCacheStore();
    const cold = session(store);
    await loadText(cold.index, URI, TEXT, cold.options(URI));
    await cold.warm.settled();
    const warm = session(store);
    const other = counting();
    const outcome = await loadText(warm.index, URI, TEXT, {
      ...warm.options(URI),
      pause: async () => warm.index.setScanner(other),
      warm: new WarmStart(new MentionCache(store, sha256, CONTEXT), warm.scan, (text, pause) => pause().then(() => sha256(text))),
    });
    assert.strictEqual(outcome, 'not-current');
    assert.ok(warm.index.has(URI) && !warm.index.isCurrent(URI), 'in the index, stale');
  });

  it('a newer text indexed while a read is looked up wins over the read', async () => {
    const store = new MemoryCacheStore();
    const cold = session(store);
    await loadText(cold.index, URI, TEXT, cold.options(URI));
    await cold.warm.settled();
    const warm = session(store);
    const options = warm.options(URI);
    warm.index.update(URI, 'Typed in the editor: Zinoviev.\n');
    assert.strictEqual(await loadText(warm.index, URI, TEXT, options), 'not-current');
    assert.strictEqual(warm.index.textOf(URI), 'Typed in the editor: Zinoviev.\n');
    // Deleted meanwhile: the read does not bring it back.
    const gone = warm.options(URI);
    warm.index.remove(URI);
    assert.strictEqual(await loadText(warm.index, URI, TEXT, gone), 'not-current');
    assert.ok(!warm.index.has(URI));
  });

  it('a torn entry (a crash mid-write) is a miss: the text is scanned and cached again whole', async () => {
    const store = new MemoryCacheStore();
    const cold = session(store);
    await loadText(cold.index, URI, TEXT, cold.options(URI));
    await cold.warm.settled();
    const [name, bytes] = [...store.files][0];
    store.files.set(name, bytes.slice(0, bytes.length - 3));
    const warm = session(store);
    assert.strictEqual(await loadText(warm.index, URI, TEXT, warm.options(URI)), 'scanned');
    await warm.warm.settled();
    const again = session(store);
    assert.strictEqual(await loadText(again.index, URI, TEXT, again.options(URI)), 'cached');
  });

  it('works without a cache (the web host): every text is scanned once the scanner is ready', async () => {
    const s = session(new MemoryCacheStore());
    assert.strictEqual(await loadText(s.index, URI, TEXT, s.options(URI, { warm: undefined })), 'scanned');
    assert.strictEqual(s.waited(), 1);
    assert.deepStrictEqual(s.index.countOf('kirov'), { mentions: 2, texts: 1 });
  });
});

describe('index versions: a re-scan never supersedes a newer text read meanwhile', () => {
  it('a text read from disk during a registry re-scan of its older version is the one indexed', async () => {
    const index = new CorpusIndex(counting());
    await index.load(URI, 'Old: Kirov.\n', noPause);
    const readAt = index.versionOf(URI);
    index.setScanner(counting());
    await index.load(URI, 'Old: Kirov.\n', noPause); // the re-scan with the new scanner
    assert.ok(await index.load(URI, 'New on disk: Zinoviev.\n', noPause, () => false, readAt));
    assert.strictEqual(index.textOf(URI), 'New on disk: Zinoviev.\n');
  });
});

describe('parsed registries in the cache', () => {
  const registry = {
    file: 'file:///a/entities.yaml',
    entities: Array.from({ length: 9000 }, (_, i) => ({
      id: `p${i}`,
      type: 'person' as const,
      name: `Person ${i}`,
      source: { file: 'file:///a/entities.yaml', line: i },
    })),
    problems: [{ file: 'file:///a/entities.yaml', line: 3, column: 0, severity: 'error' as const, code: 'x', message: 'm' }],
  };

  it('reads back every part, naming the file it is read from now', async () => {
    const store = new MemoryCacheStore();
    const cache = new MentionCache(store, sha256, CONTEXT);
    await writeCachedRegistry(cache, 'h1', JSON.parse(JSON.stringify(registry)));
    assert.ok(store.files.size > 2, 'stored in parts');
    const got = await readCachedRegistry(cache, 'h1', 'file:///b/entities.yaml', noPause);
    assert.strictEqual(got?.entities.length, 9000);
    assert.deepStrictEqual(got?.entities[8999], {
      ...registry.entities[8999],
      source: { file: 'file:///b/entities.yaml', line: 8999 },
    });
    assert.strictEqual(got?.problems[0].file, 'file:///b/entities.yaml');
    assert.strictEqual(await readCachedRegistry(cache, 'h2', 'file:///b/entities.yaml', noPause), undefined);
  });

  it('misses when a part is missing or torn', async () => {
    const store = new MemoryCacheStore();
    const cache = new MentionCache(store, sha256, CONTEXT);
    await writeCachedRegistry(cache, 'h1', JSON.parse(JSON.stringify(registry)));
    const [name, bytes] = [...store.files].find(([, b]) => b.length > 100_000)!;
    store.files.set(name, bytes.slice(0, 1000));
    assert.strictEqual(await readCachedRegistry(cache, 'h1', registry.file, noPause), undefined);
  });
});
