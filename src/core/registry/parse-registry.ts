import { isSeq, type Node } from 'yaml';
import type { Entity, Problem } from '../model';
import { parseYaml } from '../yaml/parse-yaml';
import { validateRegistry } from '../yaml/schemas';
import { checkSchema } from '../yaml/schema-problems';
import { readFast, type ItemPosition } from '../yaml/fast-yaml';
import { readFastInSteps } from '../yaml/fast-yaml-in-steps';
import { inSlices } from '../text/in-slices';
import { duplicateIds, duplicateProblems, idOf, type ItemId } from '../yaml/duplicate-ids';

/** Reads an entities.yaml: the valid entities (with their source line) and a Problem for everything else. */
export function parseRegistry(text: string, file: string): { entities: Entity[]; problems: Problem[] } {
  // A clean file (the usual case, and the 39k-entity one) needs no node positions beyond each item's line.
  const fast = readFast(text, 'entities', validateRegistry);
  if (fast) {
    const raw = (fast.value as { entities: Record<string, unknown>[] }).entities;
    return unique(raw, itemIds(raw, fast.items), new Set(), file, []);
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
  const places = raw.map((item, i) => {
    const { line, character } = parsed.positions.positionAt((items[i] as Node | undefined)?.range?.[0] ?? 0);
    return { id: idOf(item), line, column: character };
  });
  return unique(raw, places, check.badItems, file, problems);
}

/**
 * `parseRegistry`'s answer, read with `pause` awaited every 500 entities and between slices of work: what the editor
 * uses, where a 39,000-entity registry read at once stops everything for a third of a second. A file that is not clean
 * is read at once by `parseRegistry`, which explains its problems.
 */
export async function parseRegistryInSteps(
  text: string,
  file: string,
  pause: () => Promise<void>,
): Promise<{ entities: Entity[]; problems: Problem[] }> {
  const read = await readFastInSteps(text, 'entities', validateRegistry, pause);
  if (!read) return parseRegistry(text, file);
  const raw = read.items as Record<string, unknown>[];
  const places = itemIds(raw, read.positions);
  const problems: Problem[] = [];
  await pause();
  const kept = keptItems(places, new Set(), file, problems);
  const entities: Entity[] = [];
  await inSlices(kept, (i) => entities.push(toEntity(raw[i], { file, line: places[i].line })), pause);
  return { entities, problems };
}

/**
 * The valid entities; an id used twice in this file (by valid items or not) is
 * reported at every copy here, and only its first valid copy is kept, so that
 * the Registry's corpus-wide check does not report the same pair again.
 */
function unique(
  raw: Record<string, unknown>[],
  places: ItemId[],
  badItems: Set<number>,
  file: string,
  problems: Problem[],
): { entities: Entity[]; problems: Problem[] } {
  const kept = keptItems(places, badItems, file, problems);
  return { entities: kept.map((i) => toEntity(raw[i], { file, line: places[i].line })), problems };
}

/** The items `unique` keeps, by index; the problems of ids used twice are added to `problems`. */
function keptItems(places: ItemId[], badItems: Set<number>, file: string, problems: Problem[]): number[] {
  const duplicates = duplicateIds(places);
  problems.push(
    ...duplicateProblems(duplicates, file, 'entity', 'duplicate-entity', 'rename one of them (ids are unique in the corpus)'),
  );
  const kept: number[] = [];
  const ids = new Set<string>();
  places.forEach(({ id }, i) => {
    if (badItems.has(i) || (id !== undefined && ids.has(id))) return;
    if (id !== undefined) ids.add(id);
    kept.push(i);
  });
  return kept;
}

/** Each item's id and where it starts, from the quick reader's positions. */
function itemIds(raw: Record<string, unknown>[], positions: ItemPosition[]): ItemId[] {
  return positions.map(({ line, character }, i) => ({ id: idOf(raw[i]), line, column: character }));
}

function toEntity(item: Record<string, unknown>, source: { file: string; line: number }): Entity {
  const entity: Entity = {
    id: item.id as string,
    type: item.type as Entity['type'],
    name: item.name as string,
    aliases: (item.aliases as string[] | undefined) ?? [],
  };
  // A bare year (born: 1886) reads as a number; EDTF values are strings.
  if (item.born !== undefined) entity.born = String(item.born);
  if (item.died !== undefined) entity.died = String(item.died);
  if (item.gender !== undefined) entity.gender = item.gender as Entity['gender'];
  if (item.within !== undefined) entity.within = item.within as string;
  if (item.existed !== undefined) entity.existed = String(item.existed);
  if (item.note !== undefined) entity.note = item.note as string;
  if (item.links !== undefined) {
    entity.links = Object.fromEntries(Object.entries(item.links as object).map(([k, v]) => [k, String(v)]));
  }
  entity.source = source;
  return entity;
}
