import { makeTarget } from '../anchor/make-target';
import { reanchor } from '../anchor/reanchor';
import type { Annotation, Entity, Mention } from '../model';
import type { ExportDocument } from './export-document';

/** A document ready to export: its sidecar's annotations re-anchored against the text as it is now. */
export function exportDocument(
  file: string,
  text: string,
  mentions: Mention[],
  annotations: readonly Annotation[],
  entities: readonly Entity[],
): ExportDocument {
  const anchored = annotations.map((annotation): Annotation => {
    const found = reanchor(text, annotation.target);
    if (found.status === 'orphan') return { ...annotation, orphaned: true };
    return { ...annotation, target: makeTarget(text, found.start, found.end), orphaned: undefined };
  });
  return { file, text, mentions, annotations: anchored, entities: new Map(entities.map((e) => [e.id, e])) };
}
