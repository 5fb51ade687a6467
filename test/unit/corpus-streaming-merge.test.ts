// The editor's build in worker threads: texts recognized elsewhere (scanWhole, the workers, the cache) and merged
// into the index in any order give the same index as the one-thread build (CorpusIndex.load, chunk by chunk).
import * as assert from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { CorpusIndex, scanWhole } from '../../src/core/corpus/corpus-index';
import { createScanner } from '../../src/core/corpus/scanner';
import { createScannerInSteps } from '../../src/core/corpus/scanner-in-steps';
import { NameMatcher } from '../../src/core/recognize/name-matcher';
import { parseRegistry } from '../../src/core/registry/parse-registry';
import { WorkerScanPool } from '../../src/node/worker-scan-pool';

const REPO = join(__dirname, '..', '..', '..');
const SAMPLE = join(REPO, 'samples', 'moscow-trials');
const WORKER = join(REPO, 'dist', 'index-worker.js');
const registryText = readFileSync(join(SAMPLE, 'entities.yaml'), 'utf8');
const { entities } = parseRegistry(registryText, 'entities.yaml');
const pause = (): Promise<void> => Promise.resolve();

/** The sample corpus's texts and generated ones: random pieces of the essay, and one over the 256 KB scan chunk. */
function corpus(): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, name.name);
      if (name.isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(name.name)) texts.set(pathToFileURL(p).href, readFileSync(p, 'utf8'));
    }
  };
  walk(SAMPLE);
  const essay = readFileSync(join(SAMPLE, 'trotsky-1936-moscow-confessions.txt'), 'utf8');
  const paragraphs = essay.split(/\n\n/);
  const gen = fc.array(
    fc.tuple(fc.nat(paragraphs.length - 1), fc.constantFrom('', ' Kirov', ' 1 December 1934', ' “I confess,” said Radek.')),
    { minLength: 5, maxLength: 60 },
  );
  fc.sample(gen, { numRuns: 12, seed: 1937 }).forEach((picks, i) => {
    texts.set(`file:///generated/${i}.txt`, picks.map(([p, extra]) => paragraphs[p] + extra).join('\n\n'));
  });
  let big = '';
  for (let i = 0; big.length < 700 * 1024; i++) big += paragraphs[(i * 7) % paragraphs.length] + '\n\n';
  texts.set('file:///generated/big.txt', big);
  return texts;
}

/** Everything a feature can ask of the index, as one comparable value. */
function snapshot(index: CorpusIndex): unknown {
  return {
    uris: index.uris(),
    mentions: index.uris().map((u) => index.mentionsIn(u)),
    byEntity: index
      .entityIds()
      .sort()
      .map((id) => [id, index.countOf(id), index.mentionsOf(id).map((l) => [l.uri, l.mention.start, l.mention.end])]),
    dates: index.dates().map((l) => [l.uri, l.mention.start, l.mention.value]),
    quotes: index.quotations().map((l) => [l.uri, l.mention.start, l.mention.quote, l.mention.speaker]),
  };
}

async function oneThread(texts: Map<string, string>): Promise<CorpusIndex> {
  const index = new CorpusIndex(createScanner(entities));
  for (const [uri, text] of texts) await index.load(uri, text, pause);
  return index;
}

describe('index build in workers (streaming merge)', function () {
  this.timeout(120_000);
  const texts = corpus();

  it('merging whole-text scans in any order gives the one-thread index', async () => {
    const expected = snapshot(await oneThread(texts));
    const scan = createScanner(entities);
    const shuffled = [...texts].reverse();
    const index = new CorpusIndex(() => []);
    for (const [uri, text] of shuffled) index.accept(uri, text, scanWhole(scan, text));
    assert.deepStrictEqual(snapshot(index), expected);
  });

  it('drops a result when the text was re-indexed meanwhile (a live edit is newer)', () => {
    const scan = createScanner(entities);
    const index = new CorpusIndex(scan);
    const uri = 'file:///a.txt';
    index.update(uri, 'Kirov was shot.');
    const version = index.versionOf(uri);
    index.update(uri, 'Radek confessed.');
    assert.strictEqual(index.accept(uri, 'Kirov was shot.', scanWhole(scan, 'Kirov was shot.'), { version }), false);
    assert.strictEqual(index.textOf(uri), 'Radek confessed.');
    assert.strictEqual(index.accept(uri, 'Zinoviev.', scanWhole(scan, 'Zinoviev.'), { version: index.versionOf(uri) }), true);
  });

  it('keeps a result found with an older registry stale, so that it is re-scanned with the registry read since', async () => {
    const before = createScanner([]);
    const index = new CorpusIndex(before);
    const uri = 'file:///a.txt';
    const version = index.versionOf(uri);
    // The registry is read again while a worker recognizes the text with the old one.
    index.setScanner(createScanner(entities));
    const oldResult = scanWhole(before, 'Kirov was shot.');
    assert.strictEqual(index.accept(uri, 'Kirov was shot.', oldResult, { version, scanner: before }), false);
    assert.strictEqual(index.isCurrent(uri), false);
    assert.deepStrictEqual(index.mentionsOf('kirov'), []);
    await index.rescanStale(pause);
    assert.strictEqual(index.isCurrent(uri), true);
    assert.strictEqual(index.mentionsOf('kirov').length, 1);
    // With the scanner it was found with still the index's, the result is current.
    const scanner = index.scanner;
    assert.strictEqual(
      index.accept('file:///b.txt', 'Radek.', scanWhole(scanner, 'Radek.'), { version: undefined, scanner }),
      true,
    );
  });

  it('a text new to the index, loaded while the scanner changes (a build starts), enters stale and is re-scanned, not lost', async () => {
    const index = new CorpusIndex(createScanner([]));
    const withNames = createScanner(entities);
    let changed = false;
    await index.load('file:///new.txt', 'Kirov was shot.', async () => {
      if (!changed) index.setScanner(withNames);
      changed = true;
    });
    assert.ok(index.has('file:///new.txt'), 'the text is in the index');
    assert.ok(!index.isCurrent('file:///new.txt'), 'stale: scanned with the old scanner');
    await index.rescanStale(pause);
    assert.ok(index.isCurrent('file:///new.txt'));
    assert.deepStrictEqual(
      index.mentionsOf('kirov').map((l) => l.uri),
      ['file:///new.txt'],
    );
  });

  it('the name matcher built in steps finds what the one built at once finds', async () => {
    // A pause after every entity: the most steps there can be.
    const stepped = await NameMatcher.inSteps(entities, pause, 0);
    const once = new NameMatcher(entities);
    for (const text of texts.values()) assert.deepStrictEqual(stepped.match(text), once.match(text));
    const { scan, ready } = createScannerInSteps(entities, {}, pause);
    await ready;
    const text = [...texts.values()][0];
    assert.deepStrictEqual(scan(text), createScanner(entities)(text));
  });

  it('the worker threads (dist/index-worker.js) give the one-thread index, cold and then from the cache', async function () {
    if (!existsSync(WORKER)) this.skip(); // built by `npm run build`
    const dir = mkdtempSync(join(tmpdir(), 'marginalia-workers-test-'));
    try {
      // Half the texts from disk (read in the worker), half given as text (open editors).
      const onDisk = new Map<string, string>();
      [...texts].forEach(([uri, text], i) => {
        if (i % 2) return;
        const path = join(dir, `t${i}.txt`);
        writeFileSync(path, text);
        onDisk.set(uri, path);
      });
      const expected = snapshot(await oneThread(texts));
      for (const round of ['cold', 'warm']) {
        const pool = new WorkerScanPool(WORKER, join(dir, 'cache'), 2);
        try {
          const session = pool.start([{ uri: 'file:///entities.yaml', text: registryText }], {}, 20 * 1024 * 1024);
          const index = new CorpusIndex(() => []);
          let cached = 0;
          await Promise.all(
            [...texts].map(async ([uri, text]) => {
              const path = onDisk.get(uri);
              const outcome = await session.scan(uri, path ? { path } : { text });
              assert.ok(outcome.ok, `${uri}: ${JSON.stringify(outcome)}`);
              if (outcome.ok) {
                cached += outcome.cached ? 1 : 0;
                index.accept(uri, outcome.text, outcome.mentions);
              }
            }),
          );
          assert.deepStrictEqual(snapshot(index), expected, round);
          assert.strictEqual(cached, round === 'cold' ? 0 : texts.size, `${round}: texts from the cache`);
          const [registry] = await session.registries();
          assert.deepStrictEqual(
            registry.entities.map((e) => e.id),
            entities.map((e) => e.id),
          );
          session.close();
        } finally {
          pool.dispose();
        }
      }
      // A text changed on disk is recognized again, not served from the cache.
      const [uri, path] = [...onDisk][0];
      writeFileSync(path, texts.get(uri) + '\n\nKirov was shot on 1 December 1934.\n');
      const pool = new WorkerScanPool(WORKER, join(dir, 'cache'), 1);
      try {
        const outcome = await pool
          .start([{ uri: 'file:///entities.yaml', text: registryText }], {}, 20 * 1024 * 1024)
          .scan(uri, { path });
        assert.ok(outcome.ok && !outcome.cached);
        assert.ok(outcome.ok && outcome.mentions.some((m) => m.value === '1934-12-01' && m.start > texts.get(uri)!.length));
      } finally {
        pool.dispose();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a worker reports a text it must not read (too big, a symbolic link, not UTF-8, gone) instead of indexing it', async function () {
    if (!existsSync(WORKER)) this.skip();
    const dir = mkdtempSync(join(tmpdir(), 'marginalia-workers-test-'));
    const pool = new WorkerScanPool(WORKER, undefined, 1);
    try {
      writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2000));
      writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x4b, 0xff, 0xfe, 0x00, 0x00, 0x01]));
      symlinkSync(join(dir, 'big.txt'), join(dir, 'link.txt'));
      const session = pool.start([], {}, 1000);
      const reason = async (name: string) => {
        const o = await session.scan(`file:///${name}`, { path: join(dir, name) });
        return o.ok ? 'ok' : o.reason;
      };
      assert.deepStrictEqual(await Promise.all(['big.txt', 'link.txt', 'bad.txt', 'gone.txt'].map(reason)), [
        'too-big',
        'symlink',
        'undecodable',
        'missing',
      ]);
    } finally {
      pool.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
