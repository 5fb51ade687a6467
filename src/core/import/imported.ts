import { addAnnotation } from '../sidecar/edit-sidecar';
import { newAnnotationId } from '../sidecar/new-id';
import type { Annotation, Problem } from '../model';

/** An annotation read from a foreign format, before it gets a sidecar id. */
export type ImportedAnnotation = Omit<Annotation, 'id'>;

/** What an importer read: annotations in file order and the problems met on the way. */
export interface ImportResult {
  annotations: ImportedAnnotation[];
  problems: Problem[];
}

/** The sidecar text with the imported annotations added under new ids (never reusing one in `existingIds`). */
export function addImported(sidecarText: string | undefined, textFileName: string, imported: ImportedAnnotation[], existingIds: Iterable<string> = []): string {
  const used = new Set(existingIds);
  let text = sidecarText;
  for (const annotation of imported) {
    const id = newAnnotationId(used);
    used.add(id);
    text = addAnnotation(text, textFileName, { id, ...annotation });
  }
  return text ?? addEmpty(textFileName);
}

// No annotation to add still leaves a valid (empty) sidecar when there was none.
function addEmpty(textFileName: string): string {
  return `version: 1\ntext: ${JSON.stringify(textFileName)}\nannotations: []\n`;
}
