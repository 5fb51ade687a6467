import type { CacheStore } from '../core/corpus/mention-cache';
import type { SlicedHash } from '../core/corpus/warm-start';

/** What the index build on this thread needs for its warm-start cache (set by the desktop entry point; the web has none). */
export interface IndexCacheSetup {
  store: CacheStore;
  /** Content hash of a text, a slice at a time. */
  hashText: SlicedHash;
  /** The build of the recognizing code (a hash of the bundle): a new build never trusts an older one's cache. */
  build: Promise<string>;
  /** The store's bound in bytes. */
  maxBytes: number;
}

let setup: IndexCacheSetup | undefined;

/** Set by the desktop (Node) entry point, before activation registers the corpus. */
export function useIndexCache(s: IndexCacheSetup | undefined): void {
  setup = s;
}

export function indexCache(): IndexCacheSetup | undefined {
  return setup;
}
