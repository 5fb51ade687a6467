import type { YAMLSeq } from 'yaml';
import { addAnnotation, ordered } from '../sidecar/edit-sidecar';
import { newAnnotationId } from '../sidecar/new-id';
import { SidecarError } from '../sidecar/sidecar-error';
import { editList } from '../yaml/edit-list';
import { insertItemEdit, toNode, type Edit } from '../yaml/edit-text';
import type { Annotation, Problem } from '../model';

/** An annotation read from a foreign format, before it gets a sidecar id. */
export type ImportedAnnotation = Omit<Annotation, 'id'>;

/**
 * In `supports` / `refutes` of an imported annotation, a link to another
 * annotation of the same import, by its index: replaced by that one's new id.
 */
export function importedRef(index: number): string {
  return `${IMPORTED_REF}${index}`;
}
const IMPORTED_REF = '\u0000imported:';

/** What an importer read: annotations in file order and the problems met on the way. */
export interface ImportResult {
  annotations: ImportedAnnotation[];
  problems: Problem[];
}

/**
 * The sidecar text with the imported annotations added in text order under new
 * ids (never one in `existingIds`). All are spliced in one pass: adding them
 * one by one re-parses the growing file each time, which takes seconds for an
 * export of a few hundred mentions. Comments and layout of the rest are kept.
 */
export function addImported(
  sidecarText: string | undefined,
  textFileName: string,
  imported: ImportedAnnotation[],
  existingIds: Iterable<string> = [],
): string {
  const used = new Set(existingIds);
  const withIds = imported.map((a): Annotation => {
    const id = newAnnotationId(used);
    used.add(id);
    return { id, ...a };
  });
  const resolve = (refs: string[] | undefined) =>
    refs?.map((r) => (r.startsWith(IMPORTED_REF) ? (withIds[Number(r.slice(IMPORTED_REF.length))]?.id ?? r) : r));
  for (const a of withIds) {
    if (a.supports) a.supports = resolve(a.supports);
    if (a.refutes) a.refutes = resolve(a.refutes);
  }
  const at = (a: { target?: { start?: number } } | null) => a?.target?.start ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...withIds].sort((a, b) => at(a) - at(b));
  if (sorted.length === 0) return sidecarText ?? `version: 1\ntext: ${JSON.stringify(textFileName)}\nannotations: []\n`;
  let text = sidecarText;
  if (text === undefined || text.trim() === '' || !/^\s*-\s/m.test(text))
    text = addAnnotation(text, textFileName, sorted.shift() as Annotation);
  if (sorted.length === 0) return text;
  return editList(
    text,
    'annotations',
    (message, problems) => new SidecarError(message, problems),
    ({ doc, list, original, text: source }) => {
      const values = original.toJSON() as Array<{ target?: { start?: number } } | null>;
      const edits: Edit[] = [];
      let ok = true;
      sorted.forEach((annotation, inserted) => {
        let index = values.findIndex((v) => (v?.target?.start ?? -1) > at(annotation));
        if (index < 0) index = values.length;
        const item = ordered(annotation);
        (list as YAMLSeq).items.splice(index + inserted, 0, toNode(doc, item));
        const edit = insertItemEdit(source, original, index, item);
        if (edit) edits.push(edit);
        else ok = false;
      });
      return ok ? edits : undefined;
    },
  );
}
