import { isSeq, type Node } from 'yaml';
import type { Entity, Problem } from '../model';
import { parseYaml } from '../yaml/parse-yaml';
import { validateRegistry } from '../yaml/schemas';
import { checkSchema } from '../yaml/schema-problems';
import { readFast } from '../yaml/fast-yaml';

/** Reads an entities.yaml: the valid entities (with their source line) and a Problem for everything else. */
export function parseRegistry(text: string, file: string): { entities: Entity[]; problems: Problem[] } {
  // A clean file (the usual case, and the 39k-entity one) needs no node positions beyond each item's line.
  const fast = readFast(text, 'entities', validateRegistry);
  if (fast) {
    const raw = (fast.value as { entities: Record<string, unknown>[] }).entities;
    return { entities: raw.map((item, i) => toEntity(item, { file, line: fast.items[i].line })), problems: [] };
  }
  const parsed = parseYaml(text, file);
  const { doc } = parsed;
  if (!doc) return { entities: [], problems: parsed.problems };
  const check = checkSchema({ ...parsed, doc }, validateRegistry, file, 'entities', 'entity');
  const problems = [...parsed.problems, ...check.problems];
  if (check.badFile) return { entities: [], problems };
  const list = doc.get('entities', true);
  const items = isSeq(list) ? list.items : [];
  const raw = (parsed.value as { entities: Record<string, unknown>[] }).entities;
  const entities: Entity[] = [];
  raw.forEach((item, i) => {
    if (check.badItems.has(i)) return;
    const offset = (items[i] as Node | undefined)?.range?.[0] ?? 0;
    entities.push(toEntity(item, { file, line: parsed.positions.positionAt(offset).line }));
  });
  return { entities, problems };
}

function toEntity(item: Record<string, unknown>, source: { file: string; line: number }): Entity {
  const entity: Entity = { id: item.id as string, type: item.type as Entity['type'], name: item.name as string,
    aliases: (item.aliases as string[] | undefined) ?? [] };
  // A bare year (born: 1886) reads as a number; EDTF values are strings.
  if (item.born !== undefined) entity.born = String(item.born);
  if (item.died !== undefined) entity.died = String(item.died);
  if (item.note !== undefined) entity.note = item.note as string;
  if (item.links !== undefined) {
    entity.links = Object.fromEntries(Object.entries(item.links as object).map(([k, v]) => [k, String(v)]));
  }
  entity.source = source;
  return entity;
}
