/**
 * A worker thread of the editor's index build (bundled as dist/index-worker.js, started by worker-scan-pool.ts):
 * reads a text, decodes it, looks its mentions up in the warm-start cache, else recognizes it (as the editor's
 * CorpusIndex.load would) and caches them, and posts them back. The registries are parsed here, once per worker
 * and only when a text is not in the cache (or the editor asks for them), so the editor's thread never parses
 * 39,000 names.
 */
import { createHash } from 'node:crypto';
import { lstat, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { Mention } from '../core/model';
import { DEFAULT_CACHE_BYTES, MentionCache, registryHash, trimCache } from '../core/corpus/mention-cache';
import type { ParsedRegistry, ScanOutcome } from '../core/corpus/scan-pool';
import { decodeText } from '../core/text/decode';
import type { FromWorker, ToWorker, SessionSetup } from './index-worker-protocol';
import { NodeCacheStore } from './node-cache-store';
import { lowerThisThreadsPriority } from './thread-priority';

/** Mentions per message: a message is decoded on the editor's thread in one go, so none may be huge. */
const PART = 4000;
const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
/** The code that recognizes: this bundle. A new build of the extension never trusts an older build's cache. */
const BUILD = (() => {
  try {
    return sha256(readFileSync(__filename, 'latin1'));
  } catch {
    return 'unknown';
  }
})();

interface Session {
  id: number;
  setup: SessionSetup;
  cache?: Promise<MentionCache>;
  parsed?: Promise<ParsedRegistry[]>;
  scan?: Promise<(text: string) => Mention[]>;
}

// The editor's threads first: this one uses the CPU they leave.
lowerThisThreadsPriority();

let session: Session | undefined;
const post = (m: FromWorker): void => parentPort!.postMessage(m);

function cacheOf(s: Session): Promise<MentionCache> | undefined {
  const dir = s.setup.cacheDir;
  if (!dir) return undefined;
  // By content only: the same corpus opened from another folder (a copy, a clone) is the same recognition.
  return (s.cache ??= registryHash(
    sha256,
    s.setup.registries.map(({ text }, i) => ({ uri: String(i).padStart(6, '0'), text })),
  ).then((hash) => {
    const { dayFirst, julianBefore, lang } = s.setup.options;
    return new MentionCache(new NodeCacheStore(dir), sha256, {
      registryHash: hash,
      settings: { dayFirst, julianBefore, lang },
      build: BUILD,
    });
  }));
}

/** The registries parsed (or read from the cache, keyed by their own text). */
function registriesOf(s: Session): Promise<ParsedRegistry[]> {
  return (s.parsed ??= (async () => {
    const cache = await cacheOf(s);
    return Promise.all(
      s.setup.registries.map(async ({ uri, text }) => {
        const what = `registry ${sha256(text)}`;
        const hit = (await cache?.getValue(what)) as ParsedRegistry | undefined;
        // Cached by content: the same registry in another folder, whose entities and problems then name this file.
        if (hit && Array.isArray(hit.entities)) return relocate(hit, uri);
        // Loaded only now: the registry's JSON Schema compiles as the parser loads, which a warm start never needs.
        const { parseRegistry } = await import('../core/registry/parse-registry');
        const parsed = { file: uri, ...parseRegistry(text, uri) };
        await cache?.putValue(what, parsed).catch(() => undefined);
        return parsed;
      }),
    );
  })());
}

function relocate(parsed: ParsedRegistry, uri: string): ParsedRegistry {
  if (parsed.file === uri) return parsed;
  for (const e of parsed.entities) if (e.source) e.source.file = uri;
  for (const p of parsed.problems) p.file = uri;
  return { ...parsed, file: uri };
}

function scannerOf(s: Session): Promise<(text: string) => Mention[]> {
  return (s.scan ??= registriesOf(s).then(async (files) => {
    const [{ createScanner }, { scanWhole }] = await Promise.all([
      import('../core/corpus/scanner'),
      import('../core/corpus/corpus-index'),
    ]);
    const scan = createScanner(
      files.flatMap((f) => f.entities),
      s.setup.options,
    );
    return (text: string) => scanWhole(scan, text);
  }));
}

async function read(uri: string, path: string, maxFileSize: number): Promise<{ text: string } | ScanOutcome> {
  const st = await lstat(path).catch(() => undefined);
  if (!st) return { uri, ok: false, reason: 'missing' };
  if (st.isSymbolicLink()) return { uri, ok: false, reason: 'symlink' };
  if (!st.isFile()) return { uri, ok: false, reason: 'not-file' };
  if (st.size > maxFileSize) return { uri, ok: false, reason: 'too-big', size: st.size };
  const bytes = await readFile(path).catch(() => undefined);
  if (!bytes) return { uri, ok: false, reason: 'missing' };
  const decoded = decodeText(bytes);
  return decoded.ok ? { text: decoded.text } : { uri, ok: false, reason: 'undecodable', message: decoded.message };
}

async function scanOne(s: Session, job: Extract<ToWorker, { type: 'scan' }>): Promise<void> {
  const got = job.path !== undefined ? await read(job.uri, job.path, s.setup.maxFileSize) : { text: job.text ?? '' };
  if (!('text' in got)) return post({ type: 'outcome', session: s.id, job: job.job, outcome: got });
  const { text } = got;
  const cache = await cacheOf(s);
  let mentions = await cache?.get(text).catch(() => undefined);
  const cached = !!mentions;
  if (!mentions) {
    mentions = (await scannerOf(s))(text);
    await cache?.put(text, mentions).catch(() => undefined);
  }
  if (session !== s) return;
  // The text goes back only when it was read here; the editor has it otherwise.
  for (let i = PART; i < mentions.length; i += PART)
    post({ type: 'part', session: s.id, job: job.job, mentions: mentions.slice(i, i + PART) });
  post({
    type: 'outcome',
    session: s.id,
    job: job.job,
    outcome: { uri: job.uri, ok: true, text: job.path !== undefined ? text : '', mentions: mentions.slice(0, PART), cached },
  });
}

parentPort?.on('message', (m: ToWorker) => {
  if (m.type === 'session') {
    session = { id: m.session, setup: m.setup };
    return;
  }
  const s = session;
  if (!s || m.session !== s.id) return;
  if (m.type === 'scan') {
    scanOne(s, m).catch((e) =>
      post({
        type: 'outcome',
        session: s.id,
        job: m.job,
        outcome: { uri: m.uri, ok: false, reason: 'undecodable', message: String(e) },
      }),
    );
  } else if (m.type === 'registries') {
    void registriesOf(s).then(async (files) => {
      for (const f of files) {
        for (let i = 0; i < f.entities.length || i === 0; i += PART) {
          post({
            type: 'entities',
            session: s.id,
            file: f.file,
            entities: f.entities.slice(i, i + PART),
            problems: i === 0 ? f.problems : [],
          });
        }
      }
      post({ type: 'registries-done', session: s.id });
    });
  } else if (m.type === 'trim' && s.setup.cacheDir) {
    void trimCache(new NodeCacheStore(s.setup.cacheDir), s.setup.cacheBytes ?? DEFAULT_CACHE_BYTES).catch(() => undefined);
  }
});
