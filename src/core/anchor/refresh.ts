import type { Annotation, Target } from '../model';
import type { AnnotationPatch } from '../sidecar/edit-sidecar';
import { makeTarget } from './make-target';
import { isUnambiguous, reanchor, type Anchoring } from './reanchor';

/** What re-anchoring one annotation found, and the change to its sidecar entry (if any) that records it. */
export interface AnchorUpdate {
  id: string;
  anchoring: Anchoring;
  /**
   * For updateAnnotation; undefined when the entry is already right. `orphaned: undefined` removes the flag,
   * `target.current: undefined` removes recorded words the text no longer differs by.
   */
  patch?: AnnotationPatch;
  /**
   * True when the sidecar must change for the passage to be found reliably (words changed, hints needed to
   * tell repeated quotes apart, orphaned or found again); false for hints that are merely stale.
   */
  needed: boolean;
}

/**
 * The target to store for the passage now at [start, end) of `text`: the
 * annotated words (`exact`) kept, the words there now recorded as `current`
 * when they differ, fresh context and offset hints.
 */
export function targetAt(text: string, stored: Target, start: number, end: number): Target {
  const fresh = makeTarget(text, start, end);
  if (fresh.exact === stored.exact) return fresh;
  return { ...fresh, exact: stored.exact, current: fresh.exact };
}

/**
 * Quiet sidecars: true when the stored target, stale hints and all, still finds
 * the passage at [start, end) by its own words (`exact`, or the recorded
 * `current`), and that quote with its context is unambiguous in the text, so
 * its entry need not change. Position hints are hints.
 */
export function findsUnaided(text: string, stored: Target, start: number, end: number): boolean {
  const words = text.slice(start, end);
  // The entry's words must be the words there: `current` when recorded (else exact), so a stale `current` goes.
  if (words !== (stored.current ?? stored.exact)) return false;
  if (stored.current !== undefined && text.includes(stored.exact)) return false; // the annotated words would be found first
  const found = reanchor(text, stored);
  return found.status !== 'orphan' && found.start === start && found.end === end && isUnambiguous(text, stored, words, start);
}

/** The key-by-key patch that turns `stored` into `next` (undefined removes a key); undefined when they are equal. */
export function targetPatch(stored: Target, next: Target): Partial<Target> | undefined {
  const patch: Partial<Target> = {};
  const keys = new Set([...Object.keys(stored), ...Object.keys(next)] as (keyof Target)[]);
  for (const key of keys) if (stored[key] !== next[key]) (patch as Record<string, unknown>)[key] = next[key];
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/**
 * Re-anchors every annotation against the text as it is now and says which
 * sidecar entries change: `hints: 'all'` (check --fix) refreshes every stale
 * hint; `'needed'` (the editor's save) only what `findsUnaided` says cannot
 * wait. Either way an entry gains `orphaned: true` when lost, loses it when
 * found again, and keeps `exact`: changed words are recorded as `current`.
 */
export function refreshAnchors(
  annotations: readonly Annotation[],
  text: string,
  hints: 'all' | 'needed' = 'all',
): AnchorUpdate[] {
  return annotations.map((annotation) => {
    const anchoring = reanchor(text, annotation.target);
    if (anchoring.status === 'orphan') {
      return {
        id: annotation.id,
        anchoring,
        patch: annotation.orphaned ? undefined : { orphaned: true },
        needed: !annotation.orphaned,
      };
    }
    const patch: AnnotationPatch = {};
    const { target } = annotation;
    // An entry rewritten anyway (found again) gets fresh hints too. A target with no context at all (written by hand or
    // imported) found at its hint has nothing else to go on: its hint is all it needs, however often its words recur.
    const bareAtHint = !target.prefix && !target.suffix && target.current === undefined && anchoring.status === 'exact';
    const needed = annotation.orphaned === true || (!bareAtHint && !findsUnaided(text, target, anchoring.start, anchoring.end));
    // Found at its hint: nothing to refresh, even a hand-written target without context.
    const changed =
      needed || (hints === 'all' && anchoring.status !== 'exact')
        ? targetPatch(target, targetAt(text, target, anchoring.start, anchoring.end))
        : undefined;
    if (changed) patch.target = changed;
    if (annotation.orphaned) patch.orphaned = undefined;
    return { id: annotation.id, anchoring, patch: Object.keys(patch).length > 0 ? patch : undefined, needed };
  });
}
