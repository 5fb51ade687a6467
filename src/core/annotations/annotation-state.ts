import type { Annotation, Problem, Target } from '../model';

// The annotation layer's state, generic in how a host names files (`U`: vscode.Uri in the editor, a path string in
// tests), so that the same logic runs inside VS Code and under plain Node.

/** An annotation of a text, anchored against the text as it is now. */
export interface ResolvedAnnotation<U> {
  annotation: Annotation;
  /** The sidecar file that holds it. */
  sidecar: U;
  /** 0-based line of the annotation's item in the sidecar, for diagnostics and "open sidecar". */
  sidecarLine: number;
  /** Offsets into the text now; undefined when the annotation is orphaned. */
  start?: number;
  end?: number;
}

/** A resolved annotation plus where its passage is in the text now. */
export interface LiveAnnotation<U> extends ResolvedAnnotation<U> {
  /** The target as the text is now; undefined when orphaned. */
  current?: Target;
}

/** One sidecar, its text, and its annotations anchored against that text. */
export interface SidecarState<U> {
  sidecar: U;
  text: U;
  /** The text anchored against (open document or disk); undefined when it cannot be read. */
  content?: string;
  /** YAML and schema problems of the sidecar. */
  problems: Problem[];
  /** In text order; orphans last. */
  annotations: LiveAnnotation<U>[];
}
