import { Document, isMap, isSeq, parseDocument, YAMLSeq, type YAMLMap } from 'yaml';
import type { Annotation, Target } from '../model';
import { parseYaml } from '../yaml/parse-yaml';
import { applyEdits, insertItemEdit, patchMapEdits, patchMapNode, removeItemEdit, settle, toNode, type Edit, type Patch } from '../yaml/edit-text';
import { SidecarError } from './sidecar-error';

const FILE = 'sidecar';

/** Keys in the order people read them; new annotations are written this way. */
const KEY_ORDER: (keyof Annotation)[] = ['id', 'kind', 'target', 'entity', 'note', 'tags', 'author', 'created', 'updated', 'orphaned'];

/** Adds an annotation in text order (by target.start); creates the sidecar's content when `sidecarText` is undefined. */
export function addAnnotation(sidecarText: string | undefined, textFileName: string, annotation: Annotation): string {
  const item = ordered(annotation);
  if (sidecarText === undefined || sidecarText.trim() === '') {
    const doc = new Document({ version: 1, text: textFileName, annotations: [] });
    (doc.get('annotations', true) as YAMLSeq).items.push(toNode(doc, item));
    return doc.toString({ lineWidth: 0 });
  }
  return edit(sidecarText, (doc, seq, text) => {
    const values = seq.toJSON() as Annotation[];
    if (values.some((a) => a?.id === annotation.id)) throw refused(`annotation id '${annotation.id}' is already used`);
    const start = annotation.target.start ?? Number.MAX_SAFE_INTEGER;
    let index = values.findIndex((a) => (a?.target?.start ?? -1) > start);
    if (index < 0) index = values.length;
    seq.items.splice(index, 0, toNode(doc, item));
    if (values.length === 0) {
      // `annotations: []` (or empty): rewrite just that key as a block list.
      const edits: Edit[] = [];
      return patchMapEdits(text, origMap(text), { annotations: [item] }, edits) ? [edits] : undefined;
    }
    const one = insertItemEdit(text, origSeq(text), index, item);
    return one && [[one]];
  });
}

/** Fields to change; a field set to undefined is removed; `target` is patched key by key. */
export type AnnotationPatch = Omit<Partial<Annotation>, 'target'> & { target?: Partial<Target> };

/** Changes fields of one annotation, touching only their lines. */
export function updateAnnotation(sidecarText: string, id: string, patch: AnnotationPatch): string {
  return edit(sidecarText, (doc, seq, text) => {
    const index = indexOf(seq, id);
    patchMapNode(doc, seq.items[index] as YAMLMap, patch as Patch);
    const edits: Edit[] = [];
    const map = origSeq(text).items[index] as YAMLMap;
    return isMap(map) && patchMapEdits(text, map, patch as Patch, edits) ? [edits] : undefined;
  });
}

/** Removes one annotation (the user's decision; the tool never does this on its own). */
export function removeAnnotation(sidecarText: string, id: string): string {
  return edit(sidecarText, (_doc, seq, text) => {
    const index = indexOf(seq, id);
    seq.items.splice(index, 1);
    const one = removeItemEdit(text, origSeq(text), index);
    return one && [[one]];
  });
}

/** Sets `entity: newId` on every annotation whose entity is `oldId`. */
export function renameEntityInSidecar(sidecarText: string, oldId: string, newId: string): string {
  return edit(sidecarText, (doc, seq, text) => {
    const edits: Edit[] = [];
    const original = origSeq(text);
    let ok = true;
    seq.items.forEach((item, i) => {
      if (!isMap(item) || item.get('entity') !== oldId) return;
      patchMapNode(doc, item, { entity: newId });
      ok = ok && patchMapEdits(text, original.items[i] as YAMLMap, { entity: newId }, edits);
    });
    return ok ? [edits] : undefined;
  });
}

/**
 * Parses (refusing unparsable text), lets `change` edit the Document and
 * return the equivalent text edits, and settles on the minimal-diff text.
 */
function edit(raw: string, change: (doc: Document, seq: YAMLSeq, text: string) => Edit[][] | undefined): string {
  const bom = raw.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const parsed = parseYaml(raw, FILE);
  if (!parsed.doc) throw new SidecarError('the sidecar does not parse; it was not changed', parsed.problems);
  const text = parsed.text;
  const doc = parseDocument(text);
  const seq = doc.get('annotations', true);
  if (!isSeq(seq) && seq !== undefined && seq !== null) throw refused("'annotations' is not a list");
  const list = isSeq(seq) ? seq : (doc.set('annotations', doc.createNode([])), doc.get('annotations', true) as YAMLSeq);
  const edits = change(doc, list, text);
  return bom + settle(edits && applyEdits(text, edits.flat()), doc);
}

function origSeq(text: string): YAMLSeq {
  const seq = parseDocument(text).get('annotations', true);
  return isSeq(seq) ? seq : new YAMLSeq();
}

function origMap(text: string): YAMLMap {
  return parseDocument(text).contents as YAMLMap;
}

function indexOf(seq: YAMLSeq, id: string): number {
  const index = seq.items.findIndex((item) => isMap(item) && String(item.get('id')) === id);
  if (index < 0) throw refused(`no annotation with id '${id}'`);
  return index;
}

function refused(message: string): SidecarError {
  return new SidecarError(`${message}; the sidecar was not changed`,
    [{ file: FILE, line: 0, column: 0, severity: 'error', code: 'edit-refused', message }]);
}

function ordered(annotation: Annotation): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (annotation[key] !== undefined) out[key] = annotation[key];
  for (const [key, value] of Object.entries(annotation)) if (!(key in out) && value !== undefined) out[key] = value;
  const { target } = annotation;
  out.target = Object.fromEntries(['exact', 'prefix', 'suffix', 'start', 'end']
    .filter((k) => target[k as keyof typeof target] !== undefined).map((k) => [k, target[k as keyof typeof target]]));
  return out;
}
