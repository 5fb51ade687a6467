import type * as vscode from 'vscode';
import type { Located } from '../core/corpus/corpus-index';
import type { Entity, Mention, Problem } from '../core/model';
import type { ReadingConfig } from './config';
import type {
  LiveAnnotation as CoreLive,
  ResolvedAnnotation as CoreResolved,
  SidecarState as CoreSidecarState,
} from '../core/annotations/annotation-state';

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

/**
 * The corpus as the reading features see it, read-only: every text's mentions
 * (keys are URI strings), the registry, and when they change. CorpusView
 * implements it; features depend on this, never on the service or its index.
 */
export interface CorpusView {
  /** The settings the index was built with. */
  readonly config: ReadingConfig;
  /** Every indexed text, in corpus order. */
  uris(): readonly string[];
  /** True when the text is in the index. */
  has(uri: string): boolean;
  /** The indexed text of a URI (the open document's live text, else the disk's). */
  textOf(uri: string): string | undefined;
  /** The mentions of a text, sorted by offset. */
  mentionsIn(uri: string): readonly Mention[];
  /** The innermost mention covering `offset` (a name inside a quotation wins over the quotation). */
  mentionAt(uri: string, offset: number): Mention | undefined;
  /** Every mention of a registry entity, in corpus order. */
  mentionsOf(entityId: string): Located[];
  /** How often an entity is mentioned, and in how many texts. */
  countOf(entityId: string): { mentions: number; texts: number };
  /** Every date in the corpus, chronologically. */
  dates(): Located[];
  /** Every registry entity, once each. */
  entities(): Entity[];
  entity(id: string): Entity | undefined;
  /** The entity whose item holds `line` of the registry file `uri`. */
  entityAtRegistryLine(uri: vscode.Uri, line: number): Entity | undefined;
  /** What is wrong in the registry files. */
  registryProblems(): Problem[];
  /** The registry files found (entities.yaml), in corpus order. */
  registryUris(): vscode.Uri[];
  isRegistry(uri: vscode.Uri): boolean;
  /** True when a file belongs to the corpus (matches `marginalia.texts`, not excluded, not a sidecar or registry). */
  isText(uri: vscode.Uri): boolean;
  /** Resolves when the index is complete: the build done and pending edits applied. */
  whenReady(): Promise<void>;
  /** Resolves when the pending edits of one text are indexed. */
  whenCurrent(uri: vscode.Uri): Promise<void>;
  /** Fires with the text whose mentions changed (undefined: many or the registry). */
  readonly onDidChange: vscode.Event<vscode.Uri | undefined>;
  /** Fires when the registry files were read again. */
  readonly onDidChangeRegistry: vscode.Event<void>;
}
