import type * as vscode from 'vscode';
import type { Annotation, Entity, Problem, Target } from '../core/model';

/** An annotation of a text, anchored against the text as it is now. */
export interface ResolvedAnnotation {
  annotation: Annotation;
  /** The sidecar file that holds it. */
  sidecar: vscode.Uri;
  /** 0-based line of the annotation's item in the sidecar, for diagnostics and "open sidecar". */
  sidecarLine: number;
  /** Offsets into the text now; undefined when the annotation is orphaned. */
  start?: number;
  end?: number;
}

/** A resolved annotation plus where its passage is in the text now. */
export interface LiveAnnotation extends ResolvedAnnotation {
  /** The target as the text is now; undefined when orphaned. */
  current?: Target;
}

/** One sidecar, its text, and its annotations anchored against that text. */
export interface SidecarState {
  sidecar: vscode.Uri;
  text: vscode.Uri;
  /** The text anchored against (open document or disk); undefined when it cannot be read. */
  content?: string;
  /** YAML and schema problems of the sidecar. */
  problems: Problem[];
  /** In text order; orphans last. */
  annotations: LiveAnnotation[];
}

/** What the annotation layer offers the features (hover, symbols, commands, marks, diagnostics, views, status bar). */
export interface AnnotationsService {
  /** The resolved annotations of a text document, in text order. */
  forDocument(uri: vscode.Uri): LiveAnnotation[];
  /** Every sidecar's state. */
  all(): SidecarState[];
  /** The state of a text or of its sidecar. */
  stateOf(uri: vscode.Uri): SidecarState | undefined;
  /** Reads a sidecar again (after writing it). */
  reload(sidecar: vscode.Uri): Promise<void>;
  /** Resolves once every sidecar of the workspace has been loaded. */
  readonly ready: Promise<void>;
  /** Fires with the text's URI when its annotations change (undefined: all may have changed). */
  readonly onDidChange: vscode.Event<vscode.Uri | undefined>;
}

/** The registry's entities, as the annotating features need them. */
export interface EntitySource {
  entities(): Entity[];
  /** Fires when the registry may have changed (undefined), among other things. */
  readonly onDidChange: vscode.Event<unknown>;
}
