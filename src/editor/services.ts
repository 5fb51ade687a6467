import type * as vscode from 'vscode';
import type { Annotation } from '../core/model';

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

/** What the annotation layer offers the reading features (hover, views, status bar). */
export interface AnnotationsService {
  /** The resolved annotations of a text document, in text order. */
  forDocument(uri: vscode.Uri): ResolvedAnnotation[];
  /** Fires with the text's URI when its annotations change (undefined: all may have changed). */
  readonly onDidChange: vscode.Event<vscode.Uri | undefined>;
}
