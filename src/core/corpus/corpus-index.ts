import type { Mention } from '../model';
import { changedWindow, chunkRanges, type ChangeHint } from './windows';

export type { ChangeHint } from './windows';

/** Finds the mentions in a text (recognizers bound to a registry and settings). */
export type Scan = (text: string) => Mention[];

/** A mention and the text (URI string) it is in. */
export interface Located {
  uri: string;
  mention: Mention;
}

interface Doc {
  text: string;
  /** Sorted by start, then by end descending (outer before inner). */
  mentions: Mention[];
  /** Scanned with an older scanner: to be re-scanned. */
  stale: boolean;
}

/**
 * Chunk size for scanning big texts between yields: at the recognizers' 25-35 MB/s
 * a chunk is about 10 ms of work, far below what a user feels, and most texts
 * fit in one chunk and so are scanned whole (exactly).
 */
const CHUNK = 256 * 1024;
/**
 * Texts up to this size are always scanned whole: the recognizers use some
 * text-wide facts (words also seen in lower case, hard-wrapped or not), so
 * only a whole scan is exact. Bigger texts are scanned by paragraph windows,
 * because a whole scan of megabytes would block the editor for seconds.
 */
const WHOLE_SCAN_BELOW = 16 * 1024;

const byPosition = (a: Mention, b: Mention): number => a.start - b.start || b.end - a.end;

/**
 * Every text's mentions, by entity, dates and quotations, kept current one
 * text at a time. URIs are opaque strings; corpus order is URI order, then offset.
 */
export class CorpusIndex {
  private docs = new Map<string, Doc>();
  /** entity id -> uri -> mentions of that entity in that text. */
  private byEntity = new Map<string, Map<string, Mention[]>>();
  private sortedUris: string[] | undefined;
  private listeners: Array<(uri: string | undefined) => void> = [];

  constructor(
    private scan: Scan,
    private readonly options: { wholeScanBelow?: number } = {},
  ) {}

  /** Registers a listener called with the URI that changed (undefined: many did). */
  onDidChange(listener: (uri: string | undefined) => void): { dispose(): void } {
    this.listeners.push(listener);
    return {
      dispose: () => {
        this.listeners = this.listeners.filter((l) => l !== listener);
      },
    };
  }

  /** Replaces the scanner (registry or settings changed); every text becomes stale until `rescanStale`. */
  setScanner(scan: Scan): void {
    this.scan = scan;
    for (const doc of this.docs.values()) doc.stale = true;
  }

  /** Re-scans the stale texts, calling `pause` between chunks; stops early when `cancelled()` says so. */
  async rescanStale(pause: () => Promise<void>, cancelled: () => boolean = () => false): Promise<void> {
    for (const [uri, doc] of [...this.docs]) {
      if (cancelled()) return;
      if (doc.stale && this.docs.get(uri) === doc) await this.load(uri, doc.text, pause, cancelled);
    }
  }

  /** Indexes a whole text in chunks, calling `pause` between them (for building in the background). */
  async load(uri: string, text: string, pause: () => Promise<void>, cancelled: () => boolean = () => false): Promise<void> {
    const scan = this.scan;
    const before = this.docs.get(uri);
    const mentions: Mention[] = [];
    for (const [from, to] of chunkRanges(text, CHUNK)) {
      mentions.push(...shift(scan(text.slice(from, to)), from));
      await pause();
      if (cancelled()) return;
    }
    if (scan !== this.scan) {
      // The scanner changed meanwhile: the text stays stale, and one new to the index enters stale (for `rescanStale`) rather
      // than not at all.
      if (!before && !this.docs.has(uri)) this.put(uri, { text, mentions: mentions.sort(byPosition), stale: true });
      return;
    }
    // Another version (a live edit) was indexed meanwhile: it is newer than this one. A newer text on disk is not that.
    if (this.docs.get(uri) !== before) return;
    this.put(uri, { text, mentions: mentions.sort(byPosition), stale: false });
  }

  /**
   * Indexes a text whose mentions were found elsewhere (a worker thread, the cache) with `scanWhole` and an
   * equivalent scanner. `unless` is what `versionOf(uri)` said when the text was sent: when another version was
   * indexed meanwhile (a live edit), that one is newer and this result is dropped (false). `scanner` is what
   * `scanner` said when the text was sent: when the scanner was replaced meanwhile (the registry changed), the text
   * is kept but stale, for `rescanStale` (false).
   */
  accept(uri: string, text: string, mentions: Mention[], unless?: { version: unknown; scanner?: Scan }): boolean {
    if (unless && this.docs.get(uri) !== unless.version) return false;
    const stale = !!unless?.scanner && unless.scanner !== this.scan;
    this.put(uri, { text, mentions: mentions.sort(byPosition), stale });
    return !stale;
  }

  /** The scanner texts are indexed with now (a token for `accept`). */
  get scanner(): Scan {
    return this.scan;
  }

  /** An opaque token that changes whenever the text's entry is replaced (for `accept`). */
  versionOf(uri: string): unknown {
    return this.docs.get(uri);
  }

  /**
   * Indexes a text now, re-scanning only the paragraphs that differ from the indexed version.
   * `hint` (from the editor's change events) says how much of the start and end is unchanged, which spares a diff of megabytes.
   */
  update(uri: string, text: string, hint?: ChangeHint): void {
    const old = this.docs.get(uri);
    if (!hint && old && !old.stale && old.text === text) return;
    if (!old || old.stale || text.length <= (this.options.wholeScanBelow ?? WHOLE_SCAN_BELOW)) {
      this.put(uri, { text, mentions: this.scan(text).sort(byPosition), stale: false });
      return;
    }
    const { from, oldTo, newTo } = changedWindow(old.text, text, old.mentions, hint);
    const delta = text.length - old.text.length;
    // The window never cuts a mention, so the untouched ones are a prefix and a suffix of the sorted list.
    const first = firstStartingAt(old.mentions, from);
    const last = firstStartingAt(old.mentions, oldTo);
    const inside = shift(this.scan(text.slice(from, newTo)), from).sort(byPosition);
    // Work in proportion to the edit, not to the text or the corpus: relink only the window's entities...
    this.relinkWindow(uri, old.mentions.slice(first, last), inside, from, oldTo);
    // ...and move the later mentions in place: the per-entity lists hold these same objects, so they move too.
    if (delta !== 0) {
      for (let i = last; i < old.mentions.length; i++) {
        old.mentions[i].start += delta;
        old.mentions[i].end += delta;
      }
    }
    this.docs.set(uri, { text, mentions: old.mentions.slice(0, first).concat(inside, old.mentions.slice(last)), stale: false });
    this.fire(uri);
  }

  /** Forgets a text. */
  remove(uri: string): void {
    if (!this.docs.has(uri)) return;
    this.unlink(uri);
    this.docs.delete(uri);
    this.sortedUris = undefined;
    this.fire(uri);
  }

  /** Moves a text to a new URI, keeping its mentions. */
  rename(oldUri: string, newUri: string): void {
    const doc = this.docs.get(oldUri);
    if (!doc) return;
    this.remove(oldUri);
    this.put(newUri, doc);
  }

  has(uri: string): boolean {
    return this.docs.has(uri);
  }

  /** True when the text is indexed with the current scanner, so `update` can re-scan just the changed paragraphs. */
  isCurrent(uri: string): boolean {
    return this.docs.get(uri)?.stale === false;
  }

  /** Every indexed text, in corpus order. */
  uris(): readonly string[] {
    this.sortedUris ??= [...this.docs.keys()].sort(compareUri);
    return this.sortedUris;
  }

  /** The indexed text of a URI. */
  textOf(uri: string): string | undefined {
    return this.docs.get(uri)?.text;
  }

  /** The mentions of a text, sorted by offset. */
  mentionsIn(uri: string): readonly Mention[] {
    return this.docs.get(uri)?.mentions ?? [];
  }

  /** The innermost mention covering `offset` (a name inside a quotation wins over the quotation). */
  mentionAt(uri: string, offset: number): Mention | undefined {
    let best: Mention | undefined;
    for (const m of this.mentionsIn(uri)) {
      if (m.start > offset) break;
      if (offset <= m.end && (!best || m.end - m.start <= best.end - best.start)) best = m;
    }
    return best;
  }

  /** Every mention of a registry entity, in corpus order. */
  mentionsOf(entityId: string): Located[] {
    const perUri = this.byEntity.get(entityId);
    if (!perUri) return [];
    const out: Located[] = [];
    for (const uri of [...perUri.keys()].sort(compareUri)) {
      for (const mention of perUri.get(uri) ?? []) out.push({ uri, mention });
    }
    return out;
  }

  /** How often an entity is mentioned, and in how many texts. */
  countOf(entityId: string): { mentions: number; texts: number } {
    const perUri = this.byEntity.get(entityId);
    let mentions = 0;
    for (const list of perUri?.values() ?? []) mentions += list.length;
    return { mentions, texts: perUri?.size ?? 0 };
  }

  /** The ids of every entity mentioned somewhere. */
  entityIds(): string[] {
    return [...this.byEntity.keys()];
  }

  /** Every date in the corpus, chronologically (by EDTF value, then corpus order). */
  dates(): Located[] {
    const out = this.all((m) => m.kind === 'date' && !!m.value);
    return out.sort((a, b) => compareEdtf(a.mention.value ?? '', b.mention.value ?? ''));
  }

  /** Every quotation in the corpus, in corpus order. */
  quotations(): Located[] {
    return this.all((m) => m.kind === 'quote');
  }

  private all(keep: (m: Mention) => boolean): Located[] {
    const out: Located[] = [];
    for (const uri of this.uris()) for (const mention of this.mentionsIn(uri)) if (keep(mention)) out.push({ uri, mention });
    return out;
  }

  private put(uri: string, doc: Doc): void {
    if (this.docs.has(uri)) this.unlink(uri);
    else this.sortedUris = undefined;
    this.docs.set(uri, doc);
    for (const m of doc.mentions) {
      if (!linked(m)) continue;
      let perUri = this.byEntity.get(m.entity);
      if (!perUri) this.byEntity.set(m.entity, (perUri = new Map()));
      let list = perUri.get(uri);
      if (!list) perUri.set(uri, (list = []));
      list.push(m);
    }
    this.fire(uri);
  }

  /** Takes a text out of the per-entity lists: just the entities its mentions name, not every entity of the corpus. */
  private unlink(uri: string): void {
    for (const m of this.docs.get(uri)?.mentions ?? []) {
      if (!linked(m)) continue;
      const perUri = this.byEntity.get(m.entity);
      if (perUri?.delete(uri) && perUri.size === 0) this.byEntity.delete(m.entity);
    }
  }

  /** Replaces, in each entity's list for this text, the mentions of the old window [from, oldTo) by those of the new one. */
  private relinkWindow(uri: string, removed: readonly Mention[], added: readonly Mention[], from: number, oldTo: number): void {
    const byId = new Map<string, Mention[]>();
    for (const m of removed) if (linked(m) && !byId.has(m.entity)) byId.set(m.entity, []);
    for (const m of added) {
      if (!linked(m)) continue;
      const list = byId.get(m.entity);
      if (list) list.push(m);
      else byId.set(m.entity, [m]);
    }
    for (const [id, mine] of byId) {
      let perUri = this.byEntity.get(id);
      if (!perUri) this.byEntity.set(id, (perUri = new Map()));
      let list = perUri.get(uri);
      if (!list) perUri.set(uri, (list = []));
      // Each list is in text order with old offsets still, so the window's mentions are one run of it.
      const lo = firstStartingAt(list, from);
      list.splice(lo, firstStartingAt(list, oldTo) - lo, ...mine);
      if (list.length > 0) continue;
      perUri.delete(uri);
      if (perUri.size === 0) this.byEntity.delete(id);
    }
  }

  private fire(uri: string | undefined): void {
    for (const listener of this.listeners) listener(uri);
  }
}

/** A mention listed under its entity (by `mentionsOf`, `countOf`); quotations are not. */
function linked(m: Mention): m is Mention & { entity: string } {
  return !!m.entity && m.kind !== 'quote';
}

/** Index of the first mention starting at or after `offset` (mentions sorted by start). */
function firstStartingAt(mentions: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mentions `load` finds in a text, in one go (chunk by chunk, exactly as `load` cuts it): for worker threads. */
export function scanWhole(scan: Scan, text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const [from, to] of chunkRanges(text, CHUNK)) mentions.push(...shift(scan(text.slice(from, to)), from));
  return mentions.sort(byPosition);
}

function shift(mentions: Mention[], by: number): Mention[] {
  return by === 0 ? mentions : mentions.map((m) => ({ ...m, start: m.start + by, end: m.end + by }));
}

/** Code-unit order of URIs: stable and the same on every machine. */
export function compareUri(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders EDTF values by their first day: `1936` < `1936-12` < `1936-12-18` < `1937`. */
export function compareEdtf(a: string, b: string): number {
  const ka = edtfKey(a);
  const kb = edtfKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function edtfKey(value: string): string {
  // Qualifiers do not move a date; an unspecified digit (193X) sorts as its lowest value.
  const first = value.split('/')[0].replace(/[?~%]/g, '').replace(/X/g, '0');
  const m = /^(-?)(\d+)(.*)$/.exec(first);
  if (!m) return value;
  // Negative years sort before positive ones; pad so that string order is number order.
  return m[1] ? '0' + String(999999 - Number(m[2])).padStart(6, '0') + m[3] : '1' + m[2].padStart(6, '0') + m[3];
}
