/**
 * Parsed registries in the warm-start cache, keyed by their content: parsing a
 * 39,000-entity entities.yaml takes the better part of a second, reading it
 * back a tenth of that. Stored in parts, so that no single JSON.parse is long
 * enough to block the editor's thread.
 */
import type { Entity, Problem } from '../model';
import type { MentionCache } from './mention-cache';
import type { ParsedRegistry } from './scan-pool';

/** Entities per stored part: a part is read (JSON.parse) in one go. */
const PART = 4000;

/** The header entry: how many parts, and the registry's problems. */
interface Header {
  parts: number;
  entities: number;
  problems: Problem[];
}

/** A cached registry of this content (`contentHash`) as read from `uri`; undefined when any part is missing or torn. */
export async function readCachedRegistry(
  cache: MentionCache,
  contentHash: string,
  uri: string,
  pause: () => Promise<void>,
): Promise<ParsedRegistry | undefined> {
  const header = (await cache.getValue(`registry ${contentHash}`)) as Header | undefined;
  if (!header || !Array.isArray(header.problems) || !Number.isInteger(header.parts)) return undefined;
  const entities: Entity[] = [];
  for (let i = 0; i < header.parts; i++) {
    await pause();
    const part = await cache.getValue(`registry ${contentHash} part ${i}`);
    if (!Array.isArray(part)) return undefined;
    for (const e of part as Entity[]) entities.push(e);
  }
  if (entities.length !== header.entities) return undefined;
  return relocate({ file: uri, entities, problems: header.problems }, uri);
}

/** Caches a parsed registry by its content; the values are encoded before this returns. */
export function writeCachedRegistry(cache: MentionCache, contentHash: string, parsed: ParsedRegistry): Promise<unknown> {
  const { entities, problems } = parsed;
  const writes: Promise<void>[] = [];
  // Without the file of each entity's source (its URI, 39,000 times): the reader puts back the one it reads from.
  const local = (e: Entity): Entity => {
    if (!e.source) return e;
    const source: Partial<Entity['source']> = { ...e.source };
    delete source?.file;
    return { ...e, source: source as Entity['source'] };
  };
  for (let i = 0; i * PART < entities.length; i++)
    writes.push(cache.putValue(`registry ${contentHash} part ${i}`, entities.slice(i * PART, (i + 1) * PART).map(local)));
  // A reader that finds the header but not every part whole (a crash between the writes) misses, and the registry is parsed.
  const header: Header = { parts: writes.length, entities: entities.length, problems };
  writes.push(cache.putValue(`registry ${contentHash}`, header));
  return Promise.all(writes);
}

/** A registry cached by content from another file (the same registry in another folder): its entities and problems name `uri`. */
export function relocate(parsed: ParsedRegistry, uri: string): ParsedRegistry {
  for (const e of parsed.entities) if (e.source && e.source.file !== uri) e.source.file = uri;
  for (const p of parsed.problems) p.file = uri;
  return { ...parsed, file: uri };
}
