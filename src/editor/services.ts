import type * as vscode from 'vscode';
import type { Entity } from '../core/model';
import type { LiveAnnotation as CoreLive, ResolvedAnnotation as CoreResolved, SidecarState as CoreSidecarState } from '../core/annotations/annotation-state';

// The annotation state is core's (vscode-free, unit-tested), with the editor's URIs.
export type ResolvedAnnotation = CoreResolved<vscode.Uri>;
export type LiveAnnotation = CoreLive<vscode.Uri>;
export type SidecarState = CoreSidecarState<vscode.Uri>;

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
