import type { Entity } from '../model';

/** The entity whose registry item holds `line` of registry file `file` (the last item starting at or before it). */
export function entityAtRegistryLine(entities: readonly Entity[], file: string, line: number): Entity | undefined {
  let best: Entity | undefined;
  for (const e of entities) {
    if (!e.source || e.source.file !== file || e.source.line > line) continue;
    if (!best || e.source.line > (best.source?.line ?? -1)) best = e;
  }
  return best;
}

/** The entity a name refers to: an exact id, name or alias (case-insensitive), else undefined. */
export function entityByName(entities: readonly Entity[], name: string): Entity | undefined {
  const key = name.trim().toLowerCase();
  return entities.find((e) => e.id === key || e.name.toLowerCase() === key || e.aliases.some((a) => a.toLowerCase() === key));
}
