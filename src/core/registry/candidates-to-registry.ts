import type { Entity, EntityType, Mention } from '../model';
import { deriveEntityId } from '../corpus/entity-id';
import { addEntity } from './edit-registry';

/** One candidate name of the corpus: how often and in how many texts it occurs. */
export interface CandidateName {
  name: string;
  count: number;
  texts: number;
}

/** A name as the registry should hold it: a name broken over two lines is one name. */
export function normalizeName(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Groups the candidate mentions of every text by name, most frequent first (ties by name). */
export function groupCandidates(texts: Iterable<readonly Mention[]>): CandidateName[] {
  const byName = new Map<string, CandidateName>();
  for (const mentions of texts) {
    const seen = new Set<string>();
    for (const m of mentions) {
      if (m.kind !== 'candidate') continue;
      const name = normalizeName(m.text);
      if (!name) continue;
      const group = byName.get(name) ?? { name, count: 0, texts: 0 };
      group.count++;
      if (!seen.has(name)) group.texts++;
      seen.add(name);
      byName.set(name, group);
    }
  }
  return [...byName.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** What adding names to a registry did: the new text, the entities added, and names left out (with why). */
export interface RegistryAdditions {
  text: string;
  added: Entity[];
  skipped: { name: string; reason: string }[];
}

/**
 * Adds each name as a new entity of `type` to a registry text (undefined: a new registry), ids derived from the names
 * and unique among `existing`; a name the registry already knows is skipped. Throws RegistryError if the text does not parse.
 */
export function addCandidatesToRegistry(
  registryText: string | undefined,
  names: readonly string[],
  type: EntityType,
  existing: readonly Entity[],
): RegistryAdditions {
  const ids = new Set(existing.map((e) => e.id));
  const known = new Set(existing.flatMap((e) => [e.name, ...e.aliases]).map((n) => normalizeName(n).toLowerCase()));
  let text = registryText;
  const added: Entity[] = [];
  const skipped: RegistryAdditions['skipped'] = [];
  for (const raw of names) {
    const name = normalizeName(raw);
    if (!name) continue;
    if (known.has(name.toLowerCase())) {
      skipped.push({ name, reason: 'already in the registry' });
      continue;
    }
    const entity: Entity = { id: deriveEntityId(name, ids), type, name, aliases: [] };
    text = addEntity(text, entity);
    ids.add(entity.id);
    known.add(name.toLowerCase());
    added.push(entity);
  }
  return { text: text ?? '', added, skipped };
}
