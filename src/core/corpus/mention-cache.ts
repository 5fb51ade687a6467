/**
 * The warm-start cache: each text's mentions, stored under a key made of the
 * text's content hash, the registries' hash, the settings that change what is
 * recognized, the recognizer version and the build of the code that
 * recognized them. A text whose content changed has another key, so it is
 * never served stale. Each entry is one file, written whole by the store
 * (temporary file + rename where the platform has one), and carries its own
 * length and checksum: a file torn by a crash mid-write reads as a miss. The
 * store is bounded by total bytes, least recently used first out.
 */
import type { Mention } from '../model';

/** Bump whenever a recognizer's output changes in a way the code's build hash would not show. */
export const RECOGNIZER_VERSION = 1;
const MAGIC = 'marginalia-mentions';
/** The cache's default bound: a 100 MB corpus's mentions fit several times. */
export const DEFAULT_CACHE_BYTES = 256 * 1024 * 1024;

/** Where entries live: a folder of small files (Node fs, vscode.workspace.fs, memory). Names are plain file names. */
export interface CacheStore {
  read(name: string): Promise<Uint8Array | undefined>;
  /** Replaces the entry whole (a reader sees the old bytes or the new, or a torn file that the checksum rejects). */
  write(name: string, bytes: Uint8Array): Promise<void>;
  remove(name: string): Promise<void>;
  /** Every entry, with its size and when it was last used (ms since the epoch). */
  list(): Promise<Array<{ name: string; bytes: number; used: number }>>;
  /** Marks an entry used now (for the least-recently-used bound). */
  touch(name: string): Promise<void>;
}

/** A content hash (hex), e.g. SHA-256: Node's crypto in the extension host and the CLI, Web Crypto in a browser. */
export type Hash = (data: string) => string | Promise<string>;

/** What, besides a text's content, decides its mentions. */
export interface RecognitionContext {
  /** The hash of every registry file (URI and content), in corpus order. */
  registryHash: string;
  /** The settings that change recognition: day-first dates, the Julian cut-off, the language. */
  settings: { dayFirst?: boolean; julianBefore?: string; lang?: string };
  /** The build of the recognizing code (a hash of its bundle, or a version string). */
  build: string;
}

/** The hash of the registries as the recognizers see them: the files in order, each its URI and text. */
export async function registryHash(hash: Hash, registries: ReadonlyArray<{ uri: string; text: string }>): Promise<string> {
  const parts = await Promise.all(
    [...registries]
      .sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0))
      .map(async (r) => `${r.uri}\n${await hash(r.text)}`),
  );
  return hash(parts.join('\n'));
}

/** 32-bit FNV-1a over UTF-16 units: enough to tell a torn or garbled entry from a whole one (the key is checked apart). */
function checksum(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16);
}

/** An entry's bytes: a header line (magic, version, payload length, checksum), the full key, the payload as JSON. */
export function encodeEntry(key: string, payload: unknown): Uint8Array {
  const body = JSON.stringify(payload);
  return new TextEncoder().encode(
    `${MAGIC} ${RECOGNIZER_VERSION} ${body.length} ${checksum(body)}\n${JSON.stringify(key)}\n${body}`,
  );
}

/** The payload of an entry written by `encodeEntry` under `key`; undefined when torn, garbled, of another key or version. */
export function decodeEntry(bytes: Uint8Array, key: string): unknown {
  const s = new TextDecoder().decode(bytes);
  const headerEnd = s.indexOf('\n');
  const keyEnd = s.indexOf('\n', headerEnd + 1);
  if (headerEnd < 0 || keyEnd < 0) return undefined;
  const [magic, version, length, sum] = s.slice(0, headerEnd).split(' ');
  if (magic !== MAGIC || Number(version) !== RECOGNIZER_VERSION) return undefined;
  if (s.slice(headerEnd + 1, keyEnd) !== JSON.stringify(key)) return undefined;
  const body = s.slice(keyEnd + 1);
  if (body.length !== Number(length) || checksum(body) !== sum) return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** Mentions by text content, for one recognition context. */
export class MentionCache {
  private readonly prefix: string;

  constructor(
    private readonly store: CacheStore,
    private readonly hash: Hash,
    context: RecognitionContext,
  ) {
    this.prefix = JSON.stringify([RECOGNIZER_VERSION, context.build, context.registryHash, context.settings]);
  }

  /** The cached mentions of a text with this content, if any (the entry then counts as used). */
  async get(text: string): Promise<Mention[] | undefined> {
    return (await this.getValue(`text ${await this.hash(text)}`)) as Mention[] | undefined;
  }

  async put(text: string, mentions: readonly Mention[]): Promise<void> {
    await this.putValue(`text ${await this.hash(text)}`, mentions);
  }

  /** Any other value under this context (a parsed registry); `what` names it, with its own content hash inside. */
  async getValue(what: string): Promise<unknown> {
    const key = this.prefix + what;
    const name = await this.nameOf(key);
    const bytes = await this.store.read(name).catch(() => undefined);
    if (!bytes) return undefined;
    const value = decodeEntry(bytes, key);
    // A torn or foreign entry is dropped, so that it is written again whole.
    if (value === undefined) await this.store.remove(name).catch(() => undefined);
    else await this.store.touch(name).catch(() => undefined);
    return value;
  }

  async putValue(what: string, value: unknown): Promise<void> {
    const key = this.prefix + what;
    await this.store.write(await this.nameOf(key), encodeEntry(key, value));
  }

  private async nameOf(key: string): Promise<string> {
    return `${(await this.hash(key)).slice(0, 40)}.mentions`;
  }
}

/** Removes the least recently used entries until the store holds at most `maxBytes`; returns how many went. */
export async function trimCache(store: CacheStore, maxBytes: number): Promise<number> {
  const entries = (await store.list()).sort((a, b) => b.used - a.used || (a.name < b.name ? -1 : 1));
  let total = 0;
  let removed = 0;
  for (const e of entries) {
    total += e.bytes;
    if (total <= maxBytes) continue;
    await store.remove(e.name).catch(() => undefined);
    removed++;
  }
  return removed;
}
