import type { Annotation } from '../model';
import { makeTarget } from './make-target';
import { reanchor, type Anchoring } from './reanchor';

/** What re-anchoring one annotation found, and the change to its sidecar entry (if any) that records it. */
export interface AnchorUpdate {
  id: string;
  anchoring: Anchoring;
  /** For updateAnnotation; undefined when the entry is already right. `orphaned: undefined` removes the flag. */
  patch?: Partial<Annotation>;
}

/**
 * Re-anchors every annotation against the text as it is now and says which
 * sidecar entries need new hints (moved, fuzzy: new exact too), a new
 * `orphaned: true`, or the flag removed because the passage was found again.
 */
export function refreshAnchors(annotations: readonly Annotation[], text: string): AnchorUpdate[] {
  return annotations.map((annotation) => {
    const anchoring = reanchor(text, annotation.target);
    if (anchoring.status === 'orphan') {
      return { id: annotation.id, anchoring, patch: annotation.orphaned ? undefined : { orphaned: true } };
    }
    const patch: Partial<Annotation> = {};
    const { target } = annotation;
    if (anchoring.status !== 'exact' || target.end !== anchoring.end) patch.target = makeTarget(text, anchoring.start, anchoring.end);
    if (annotation.orphaned) patch.orphaned = undefined;
    return { id: annotation.id, anchoring, patch: Object.keys(patch).length > 0 ? patch : undefined };
  });
}
