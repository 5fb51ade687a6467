/**
 * The warm start of the index build on the editor's own thread: a text whose
 * content is in the mention cache for the index's current scanner (same
 * registries, settings, recognizer version and build) takes its mentions from
 * there; any other is scanned and its mentions are then cached. Content is
 * hashed a slice at a time, so a big text never blocks the thread for long.
 */
import type { CorpusIndex, Scan } from './corpus-index';
import { trimCache, type CacheStore, type MentionCache } from './mention-cache';

/** A content hash of a text (or of the bytes it was decoded from) computed a slice at a time, calling `pause` between slices. */
export type SlicedHash = (data: string | Uint8Array, pause: () => Promise<void>) => Promise<string>;

/** The mention cache of one scanner: what it holds was found with `scan` (or an equivalent scanner). */
export class WarmStart {
  /** The cache's writes under way, in the background: a build never waits for the disk. */
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    readonly cache: MentionCache,
    readonly scan: Scan,
    readonly hashText: SlicedHash,
  ) {}

  /** Caches the mentions of the text hashed `contentHash`: encoded now (an edit may move them next), written later. */
  store(contentHash: string, mentions: Parameters<MentionCache['putMentions']>[1], text: string): void {
    const write = this.cache.putMentions(contentHash, mentions, text).catch(() => undefined);
    this.writes = Promise.all([this.writes, write]);
  }

  /** Resolves when every write so far is done; then trims the store to `maxBytes` (least recently used out first). */
  async settled(store?: CacheStore, maxBytes?: number): Promise<void> {
    let writes: Promise<unknown>;
    do {
      writes = this.writes;
      await writes;
    } while (writes !== this.writes);
    if (store && maxBytes !== undefined) await trimCache(store, maxBytes).catch(() => 0);
  }
}

export type LoadOutcome = 'cached' | 'scanned' | 'not-current';

export interface LoadOptions {
  /** The cache of the scanner the index had when the build started; none: every text is scanned (the web host). */
  warm?: WarmStart;
  /** What `index.versionOf(uri)` said before the text was read: a newer text indexed since wins over this one. */
  version: unknown;
  /**
   * The bytes the text was decoded from (read from disk), hashed instead of the text: quicker, and as exact (decoding is part
   * of the build the cache is keyed by). None for an editor's live text.
   */
  bytes?: Uint8Array;
  pause: () => Promise<void>;
  cancelled: () => boolean;
  /** Resolves when the index's scanner is built (scanning before would build it in one block). */
  scannerReady: () => Promise<void>;
}

/**
 * Indexes a text read from disk or an editor: from the cache when its content is there for the index's current scanner,
 * else scanned in chunks (and then cached). 'not-current': superseded by a newer text, cancelled, or the scanner changed
 * meanwhile (the text is then stale, for `rescanStale`).
 */
export async function loadText(index: CorpusIndex, uri: string, text: string, o: LoadOptions): Promise<LoadOutcome> {
  const warm = o.warm && index.usesScanner(o.warm.scan) ? o.warm : undefined;
  let hash: string | undefined;
  if (warm) {
    hash = o.bytes ? `bytes ${await warm.hashText(o.bytes, o.pause)}` : await warm.hashText(text, o.pause);
    const hit = await warm.cache.mentionsOf(hash, text).catch(() => undefined);
    if (o.cancelled()) return 'not-current';
    if (hit) return index.accept(uri, text, hit, { version: o.version, scan: warm.scan }) ? 'cached' : 'not-current';
  }
  await o.scannerReady();
  if (o.cancelled() || !(await index.load(uri, text, o.pause, o.cancelled, o.version))) return 'not-current';
  // Cached only when these are the cache's scanner's mentions of exactly this text (not a newer one's, not another scanner's).
  if (warm && hash !== undefined && index.usesScanner(warm.scan) && index.isCurrent(uri) && index.textOf(uri) === text)
    warm.store(hash, index.mentionsIn(uri), text);
  return 'scanned';
}
