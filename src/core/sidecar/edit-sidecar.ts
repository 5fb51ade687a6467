import { Document, isMap, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Annotation, Problem, Target } from '../model';
import {
  STRINGIFY,
  insertItemEdit,
  patchMapEdits,
  patchMapNode,
  removeItemEdit,
  toNode,
  type Edit,
  type Patch,
} from '../yaml/edit-text';
import { editList, type ListEdit, type Mutates } from '../yaml/edit-list';
import { ENTITY_ID } from '../registry/edit-registry';
import { SidecarError } from './sidecar-error';

/** Keys in the order people read them; new annotations are written this way. */
const KEY_ORDER: (keyof Annotation)[] = [
  'id',
  'kind',
  'replyTo',
  'target',
  'claim',
  'supports',
  'refutes',
  'entity',
  'note',
  'tags',
  'author',
  'created',
  'updated',
  'orphaned',
];
const TARGET_ORDER: (keyof Target)[] = ['exact', 'prefix', 'suffix', 'start', 'end', 'current'];

/** Fields to change; a field set to undefined is removed; `target` is patched key by key. */
export type AnnotationPatch = Omit<Partial<Annotation>, 'target'> & { target?: Partial<Target> };

/** Adds an annotation in text order (by target.start); creates the sidecar's content when `sidecarText` is undefined. */
export function addAnnotation(sidecarText: string | undefined, textFileName: string, annotation: Annotation): string {
  const item = ordered(annotation);
  if (sidecarText === undefined || sidecarText.trim() === '') {
    const doc = new Document({ version: 1, text: textFileName, annotations: [] });
    (doc.get('annotations', true) as YAMLSeq).items.push(toNode(doc, item));
    return doc.toString(STRINGIFY);
  }
  return edit(
    sidecarText,
    ({ doc, list, original, root, text }) => {
      const values = list.toJSON() as Annotation[];
      if (values.some((a) => a?.id === annotation.id)) throw refused(`annotation id '${annotation.id}' is already used`);
      const start = annotation.target.start ?? Number.MAX_SAFE_INTEGER;
      let index = values.findIndex((a) => (a?.target?.start ?? -1) > start);
      if (index < 0) index = values.length;
      list.items.splice(index, 0, toNode(doc, item));
      if (values.length === 0) {
        // `annotations: []` (or missing): rewrite just that key as a block list.
        const edits: Edit[] = [];
        return root && patchMapEdits(text, root, { annotations: [item] }, edits) ? edits : undefined;
      }
      const one = insertItemEdit(text, original, index, item);
      return one && [one];
    },
    'list',
  );
}

/** Changes fields of one annotation, touching only their lines. */
export function updateAnnotation(sidecarText: string, id: string, patch: AnnotationPatch): string {
  return updateAnnotations(sidecarText, [{ id, patch }]);
}

/** Changes several annotations in one pass (as `check --fix` does for a whole file); all ids must exist. */
export function updateAnnotations(sidecarText: string, updates: readonly { id: string; patch: AnnotationPatch }[]): string {
  return edit(sidecarText, ({ doc, list, original, text }) => {
    const edits: Edit[] = [];
    let ok = true;
    const index = indexById(list);
    for (const { id, patch } of updates) {
      const i = index.get(id);
      if (i === undefined) throw refused(`no annotation with id '${id}'`);
      patchMapNode(doc, list.items[i] as YAMLMap, patch as Patch);
      const map = original.items[i];
      ok = ok && isMap(map) && patchMapEdits(text, map, patch as Patch, edits);
    }
    return ok ? edits : undefined;
  });
}

/** Removes one annotation (the user's decision; the tool never does this on its own). */
export function removeAnnotation(sidecarText: string, id: string): string {
  return edit(
    sidecarText,
    ({ list, original, text }) => {
      const index = indexOf(list, id);
      list.items.splice(index, 1);
      const one = removeItemEdit(text, original, index);
      return one && [one];
    },
    'list',
  );
}

/** Sets `entity: newId` on every annotation whose entity is `oldId`. */
export function renameEntityInSidecar(sidecarText: string, oldId: string, newId: string): string {
  if (!ENTITY_ID.test(newId))
    throw refused(`'${newId}' is not a valid entity id: use lower-case letters, digits, '-', '_' or '.'`);
  return edit(sidecarText, ({ doc, list, original, text }) => {
    const edits: Edit[] = [];
    let ok = true;
    list.items.forEach((item, i) => {
      if (!isMap(item) || item.get('entity') !== oldId) return;
      patchMapNode(doc, item, { entity: newId });
      ok = ok && isMap(original.items[i]) && patchMapEdits(text, original.items[i] as YAMLMap, { entity: newId }, edits);
    });
    return ok ? edits : undefined;
  });
}

/** Points the sidecar at its renamed text (`text: newName`), touching only that line. */
export function setSidecarText(sidecarText: string, newName: string): string {
  return edit(sidecarText, ({ doc, root, text }) => {
    if (isMap(doc.contents)) patchMapNode(doc, doc.contents, { text: newName });
    const edits: Edit[] = [];
    return root && patchMapEdits(text, root, { text: newName }, edits) ? edits : undefined;
  });
}

function edit(text: string, change: (e: ListEdit) => Edit[] | undefined, mutates?: Mutates): string {
  return editList(text, 'annotations', (message, problems) => new SidecarError(message, problems), change, mutates);
}

function indexById(list: YAMLSeq): Map<string, number> {
  const index = new Map<string, number>();
  list.items.forEach((item, i) => {
    const id = isMap(item) ? String(item.get('id')) : undefined;
    if (id !== undefined && !index.has(id)) index.set(id, i);
  });
  return index;
}

function indexOf(list: YAMLSeq, id: string): number {
  const index = list.items.findIndex((item) => isMap(item) && String(item.get('id')) === id);
  if (index < 0) throw refused(`no annotation with id '${id}'`);
  return index;
}

function refused(message: string): SidecarError {
  const problem: Problem = { file: '', line: 0, column: 0, severity: 'error', code: 'edit-refused', message };
  return new SidecarError(`${message}; the sidecar was not changed`, [problem]);
}

/** An annotation as the plain object written to YAML: keys in the sidecar's order, undefined values left out. */
export function ordered(annotation: Annotation): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (annotation[key] !== undefined) out[key] = annotation[key];
  for (const [key, value] of Object.entries(annotation)) if (!(key in out) && value !== undefined) out[key] = value;
  const target: Record<string, unknown> = {};
  for (const key of TARGET_ORDER) if (annotation.target[key] !== undefined) target[key] = annotation.target[key];
  out.target = target;
  return out;
}
