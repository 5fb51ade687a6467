import { Document, isMap, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Entity, Problem } from '../model';
import { STRINGIFY, insertItemEdit, patchMapEdits, patchMapNode, toNode, type Edit } from '../yaml/edit-text';
import { editList, type ListEdit } from '../yaml/edit-list';
import { RegistryError } from './registry-error';

/** The entity id rule of the schema (schemas/entities.schema.json). */
export const ENTITY_ID = /^[a-z0-9][a-z0-9._-]*$/;

const KEY_ORDER: (keyof Entity)[] = ['id', 'type', 'name', 'aliases', 'born', 'died', 'gender', 'note', 'links'];

/** Appends an entity (creates `version: 1` and `entities:` when the text is undefined); comments and layout are kept. */
export function addEntity(registryText: string | undefined, entity: Entity): string {
  checkId(entity.id);
  const item = ordered(entity);
  if (registryText === undefined || registryText.trim() === '') {
    const doc = new Document({ version: 1, entities: [] });
    (doc.get('entities', true) as YAMLSeq).items.push(toNode(doc, item));
    return doc.toString(STRINGIFY);
  }
  return edit(registryText, ({ doc, list, original, root, text }) => {
    if (findIndex(list, entity.id) >= 0) throw refused(`entity id '${entity.id}' is already defined`);
    list.items.push(toNode(doc, item));
    if (original.items.length === 0) {
      const edits: Edit[] = [];
      return root && patchMapEdits(text, root, { entities: [item] }, edits) ? edits : undefined;
    }
    const one = insertItemEdit(text, original, original.items.length, item);
    return one && [one];
  });
}

/** Adds an alias to an entity (nothing changes if it is already there). */
export function addAlias(registryText: string, id: string, alias: string): string {
  return edit(registryText, ({ doc, list, original, text }) => {
    const index = indexOf(list, id);
    const map = list.items[index] as YAMLMap;
    const aliases = ((map.get('aliases') as YAMLSeq | undefined)?.toJSON() as string[] | undefined) ?? [];
    if (aliases.includes(alias)) return [];
    const patch = { aliases: [...aliases, alias] };
    patchMapNode(doc, map, patch);
    const edits: Edit[] = [];
    return isMap(original.items[index]) && patchMapEdits(text, original.items[index] as YAMLMap, patch, edits)
      ? edits
      : undefined;
  });
}

/** Renames an entity's id in its registry; the new id must follow the id rule and be free. */
export function renameEntityInRegistry(registryText: string, oldId: string, newId: string): string {
  checkId(newId);
  return edit(registryText, ({ doc, list, original, text }) => {
    const index = indexOf(list, oldId);
    if (oldId !== newId && findIndex(list, newId) >= 0) throw refused(`entity id '${newId}' is already defined`);
    patchMapNode(doc, list.items[index] as YAMLMap, { id: newId });
    const edits: Edit[] = [];
    return isMap(original.items[index]) && patchMapEdits(text, original.items[index] as YAMLMap, { id: newId }, edits)
      ? edits
      : undefined;
  });
}

function edit(text: string, change: (e: ListEdit) => Edit[] | undefined): string {
  return editList(text, 'entities', (message, problems) => new RegistryError(message, problems), change);
}

function checkId(id: string): void {
  if (!ENTITY_ID.test(id)) {
    throw refused(
      `'${id}' is not a valid entity id: use lower-case letters, digits, '-', '_' or '.', starting with a letter or digit`,
    );
  }
}

function findIndex(list: YAMLSeq, id: string): number {
  return list.items.findIndex((item) => isMap(item) && String(item.get('id')) === id);
}

function indexOf(list: YAMLSeq, id: string): number {
  const index = findIndex(list, id);
  if (index < 0) throw refused(`no entity with id '${id}'`);
  return index;
}

function refused(message: string): RegistryError {
  const problem: Problem = { file: '', line: 0, column: 0, severity: 'error', code: 'edit-refused', message };
  return new RegistryError(`${message}; the registry was not changed`, [problem]);
}

function ordered(entity: Entity): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) {
    const value = entity[key];
    // Empty alias lists are noise in a hand-kept file.
    if (value !== undefined && !(key === 'aliases' && Array.isArray(value) && value.length === 0)) out[key] = value;
  }
  return out;
}
