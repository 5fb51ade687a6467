// The warm-start cache: served only for the same content, registry, settings, recognizer version and build; torn
// entries read as misses; bounded by total bytes, least recently used out first.
import * as assert from 'node:assert';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Mention } from '../../src/core/model';
import {
  type CacheStore,
  type RecognitionContext,
  MentionCache,
  RECOGNIZER_VERSION,
  decodeEntry,
  encodeEntry,
  registryHash,
  trimCache,
} from '../../src/core/corpus/mention-cache';
import { NodeCacheStore } from '../../src/node/node-cache-store';

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** A store in memory, with a clock the test moves. */
class MemoryCacheStore implements CacheStore {
  readonly files = new Map<string, { bytes: Uint8Array; used: number }>();
  clock = 1;
  async read(name: string) {
    return this.files.get(name)?.bytes;
  }
  async write(name: string, bytes: Uint8Array) {
    this.files.set(name, { bytes, used: this.clock++ });
  }
  async remove(name: string) {
    this.files.delete(name);
  }
  async list() {
    return [...this.files].map(([name, f]) => ({ name, bytes: f.bytes.length, used: f.used }));
  }
  async touch(name: string) {
    const f = this.files.get(name);
    if (f) f.used = this.clock++;
  }
}

const TEXT = 'On 1 December 1934 Kirov was shot.\n\nZinoviev said: “I confess.”\n';
const MENTIONS: Mention[] = [
  { kind: 'date', start: 3, end: 18, text: '1 December 1934', value: '1934-12-01' },
  { kind: 'person', start: 19, end: 24, text: 'Kirov', entity: 'kirov' },
];
const context = (over: Partial<RecognitionContext> = {}): RecognitionContext => ({
  registryHash: 'r1',
  settings: { dayFirst: false, julianBefore: '1918-02-14', lang: 'auto' },
  build: 'b1',
  ...over,
});

describe('mention cache (warm start)', () => {
  it('serves the mentions of a text with the same content, registry, settings and build', async () => {
    const store = new MemoryCacheStore();
    await new MentionCache(store, sha256, context()).put(TEXT, MENTIONS);
    assert.deepStrictEqual(await new MentionCache(store, sha256, context()).get(TEXT), MENTIONS);
  });

  it('never serves a text whose content changed, even by one character or one line ending', async () => {
    const cache = new MentionCache(new MemoryCacheStore(), sha256, context());
    await cache.put(TEXT, MENTIONS);
    assert.strictEqual(await cache.get(TEXT.replace('Kirov', 'Kirow')), undefined);
    assert.strictEqual(await cache.get(TEXT.replace(/\n/g, '\r\n')), undefined);
    assert.strictEqual(await cache.get(TEXT + ' '), undefined);
  });

  it('misses when the registry, a setting that changes recognition, or the build changed', async () => {
    const store = new MemoryCacheStore();
    await new MentionCache(store, sha256, context()).put(TEXT, MENTIONS);
    assert.strictEqual(await new MentionCache(store, sha256, context({ registryHash: 'r2' })).get(TEXT), undefined);
    assert.strictEqual(
      await new MentionCache(
        store,
        sha256,
        context({ settings: { dayFirst: true, julianBefore: '1918-02-14', lang: 'auto' } }),
      ).get(TEXT),
      undefined,
    );
    assert.strictEqual(
      await new MentionCache(
        store,
        sha256,
        context({ settings: { dayFirst: false, julianBefore: '1900-01-01', lang: 'auto' } }),
      ).get(TEXT),
      undefined,
    );
    assert.strictEqual(
      await new MentionCache(
        store,
        sha256,
        context({ settings: { dayFirst: false, julianBefore: '1918-02-14', lang: 'ru' } }),
      ).get(TEXT),
      undefined,
    );
    assert.strictEqual(await new MentionCache(store, sha256, context({ build: 'b2' })).get(TEXT), undefined);
  });

  it('hashes the registries by URI and content, whatever order they are listed in', async () => {
    const a = { uri: 'file:///a/entities.yaml', text: 'version: 1\nentities: []\n' };
    const b = { uri: 'file:///b/entities.yaml', text: 'version: 1\nentities: []\n' };
    assert.strictEqual(await registryHash(sha256, [a, b]), await registryHash(sha256, [b, a]));
    assert.notStrictEqual(await registryHash(sha256, [a, b]), await registryHash(sha256, [a, { ...b, text: b.text + '#\n' }]));
    assert.notStrictEqual(await registryHash(sha256, [a]), await registryHash(sha256, [b]));
  });

  it('rejects an entry of another recognizer version', () => {
    const bytes = encodeEntry('k', MENTIONS);
    assert.deepStrictEqual(decodeEntry(bytes, 'k'), MENTIONS);
    const other = new TextDecoder().decode(bytes).replace(` ${RECOGNIZER_VERSION} `, ` ${RECOGNIZER_VERSION + 1} `);
    assert.strictEqual(decodeEntry(new TextEncoder().encode(other), 'k'), undefined);
  });

  it('reads a torn or garbled entry as a miss, and drops it so that it is written again whole', async () => {
    const store = new MemoryCacheStore();
    const cache = new MentionCache(store, sha256, context());
    await cache.put(TEXT, MENTIONS);
    const [name, entry] = [...store.files][0];
    for (const cut of [1, 10, entry.bytes.length >> 1, entry.bytes.length - 1]) {
      store.files.set(name, { bytes: entry.bytes.slice(0, cut), used: 0 });
      assert.strictEqual(await cache.get(TEXT), undefined, `torn at ${cut}`);
      assert.ok(!store.files.has(name), 'the torn entry is removed');
    }
    // Same length, one digit changed inside the payload: the checksum tells.
    const garbled = new TextDecoder().decode(entry.bytes).replace('1934-12-01', '1934-12-07');
    store.files.set(name, { bytes: new TextEncoder().encode(garbled), used: 0 });
    assert.strictEqual(await cache.get(TEXT), undefined);
    // An entry under another key (a file name collision) is not trusted.
    assert.strictEqual(decodeEntry(entry.bytes, 'another key'), undefined);
  });

  it('keeps at most the bound in bytes, dropping the least recently used entries first', async () => {
    const store = new MemoryCacheStore();
    const cache = new MentionCache(store, sha256, context());
    const texts = Array.from({ length: 10 }, (_, i) => `${TEXT} ${i}`);
    for (const t of texts) await cache.put(t, MENTIONS);
    const size = [...store.files.values()][0].bytes.length;
    // Use the first three again: they become the most recent.
    for (const t of texts.slice(0, 3)) assert.ok(await cache.get(t));
    const removed = await trimCache(store, size * 4 + 1);
    assert.strictEqual(removed, 6);
    assert.strictEqual(store.files.size, 4);
    const kept = await Promise.all(texts.map(async (t) => !!(await cache.get(t))));
    assert.deepStrictEqual(kept, [true, true, true, false, false, false, false, false, false, true]);
    const total = (await store.list()).reduce((n, e) => n + e.bytes, 0);
    assert.ok(total <= size * 4 + 1);
  });

  describe('on disk (NodeCacheStore)', () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'marginalia-cache-test-'))));
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('writes each entry whole (no temporary file left) and reads it back', async () => {
      const cache = new MentionCache(new NodeCacheStore(join(dir, 'cache')), sha256, context());
      await Promise.all([cache.put(TEXT, MENTIONS), cache.put(TEXT, MENTIONS), cache.put(TEXT + 'x', [])]);
      assert.deepStrictEqual(
        readdirSync(join(dir, 'cache')).filter((f) => f.endsWith('.tmp')),
        [],
      );
      assert.strictEqual(readdirSync(join(dir, 'cache')).length, 2);
      assert.deepStrictEqual(await cache.get(TEXT), MENTIONS);
    });

    it('counts a temporary file left by a crash as least recently used, so the bound removes it', async () => {
      const store = new NodeCacheStore(dir);
      await store.write('a.mentions', new Uint8Array(100));
      await store.write('.b.mentions.1.x.tmp', new Uint8Array(100));
      utimesSync(join(dir, 'a.mentions'), new Date(), new Date());
      await trimCache(store, 150);
      assert.deepStrictEqual(readdirSync(dir), ['a.mentions']);
    });
  });
});
