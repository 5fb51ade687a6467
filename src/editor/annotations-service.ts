import * as vscode from 'vscode';
import { findFiles } from './find-files';
import { watchNewFolders } from './new-folders';
import { AnnotationsModel, diskChangeMessage, type AnnotationsHost } from '../core/annotations/annotations-model';
import type { AnnotationsService, LiveAnnotation, SidecarState } from './services';
import {
  SIDECAR_SUFFIX,
  baseName,
  editSidecar,
  isSidecar,
  readSidecar,
  readText,
  sidecarUriFor,
  textUriFor,
} from './sidecar-store';
import { openDocument } from './utils';

/**
 * The annotation layer in VS Code: core's AnnotationsModel (all the logic:
 * loading, anchoring, reload generations, hint patches, renames; unit-tested
 * over an in-memory workspace) fed by the editor's events, with bursts of file
 * events debounced and what moved on disk told to the user.
 */
export class AnnotationsServiceImpl implements AnnotationsService, vscode.Disposable {
  private readonly model: AnnotationsModel<vscode.Uri>;
  private readonly emitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  readonly onDidChange = this.emitter.event;
  /** Resolves when every sidecar of the workspace has been loaded once. */
  readonly ready: Promise<void>;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.model = new AnnotationsModel(editorHost(log));
    const sidecars = vscode.workspace.createFileSystemWatcher('**/*' + SIDECAR_SUFFIX);
    const texts = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      this.model,
      this.model.onDidChange((uri) => this.emitter.fire(uri)),
      sidecars,
      texts,
      sidecars.onDidCreate((u) => this.later(u, () => this.reload(u))),
      sidecars.onDidChange((u) => this.later(u, () => this.reload(u))),
      sidecars.onDidDelete((u) => this.later(u, () => this.reload(u))), // Gone for good, or deleted and re-created (git).
      texts.onDidCreate((u) => this.onTextDisk(u)),
      texts.onDidChange((u) => this.onTextDisk(u)),
      texts.onDidDelete((u) => this.onTextDisk(u)),
      watchNewFolders(isSidecar, (u) => this.later(u, () => this.reload(u))),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidSaveTextDocument((d) => void this.model.saved(d.uri, d.getText())),
      vscode.workspace.onDidOpenTextDocument((d) => this.onOpenOrClose(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.onOpenOrClose(d)),
      vscode.workspace.onDidRenameFiles(
        (e) => void this.model.renamed(e.files).catch((err) => this.log.error(`After a rename: ${String(err)}`)),
      ),
    );
    this.ready = this.model.loadAll().then((n) => this.log.info(`Loaded ${n} annotation sidecar(s)`));
  }

  forDocument(uri: vscode.Uri): LiveAnnotation[] {
    return this.model.forDocument(uri);
  }

  all(): SidecarState[] {
    return this.model.all();
  }

  stateOf(uri: vscode.Uri): SidecarState | undefined {
    return this.model.stateOf(uri);
  }

  reload(sidecar: vscode.Uri): Promise<void> {
    return this.model.reload(sidecar);
  }

  /** Debounces bursts of events (a save fires change and create; typing fires many). */
  private later(uri: vscode.Uri, run: () => Promise<void>, ms = 150): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        run().catch((e) => this.log.error(`${uri.fsPath}: ${String(e)}`));
      }, ms),
    );
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (isSidecar(e.document.uri)) {
      if (this.stateOf(e.document.uri) || e.document.isDirty) this.later(e.document.uri, () => this.reload(e.document.uri), 300);
      return;
    }
    if (e.contentChanges.length === 0 || !this.model.stateOf(e.document.uri)) return;
    const changes = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
    this.model.edited(e.document.uri, e.document.getText(), changes);
  }

  private onOpenOrClose(doc: vscode.TextDocument): void {
    // Opening shows the document's text; closing a dirty one falls back to the disk's.
    const state = this.stateOf(doc.uri);
    if (state) this.later(state.sidecar, () => this.reload(state.sidecar));
  }

  /** A text changed on disk (git checkout, another program) while not open: re-anchor and say what moved. */
  private onTextDisk(uri: vscode.Uri): void {
    if (isSidecar(uri) || !this.model.stateOf(uri) || openDocument(uri)) return;
    this.later(uri, async () => {
      const change = await this.model.changedOnDisk(uri);
      const message = change && diskChangeMessage(baseName(uri), change);
      if (!change || !message) return;
      this.log.info(message);
      if (change.orphaned.length) void vscode.window.showWarningMessage(message);
      else vscode.window.setStatusBarMessage(message, 10000);
    });
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

/** The model's files: open documents first, the one write path (editSidecar), the workspace search. */
function editorHost(log: vscode.LogOutputChannel): AnnotationsHost<vscode.Uri> {
  return {
    isSidecar,
    textUriFor,
    sidecarUriFor,
    baseName,
    readSidecar,
    readText,
    displayPath: (uri) => uri.fsPath,
    exists: (uri) =>
      Promise.resolve(vscode.workspace.fs.stat(uri)).then(
        () => true,
        () => false,
      ),
    findSidecars: () => findFiles('**/*' + SIDECAR_SUFFIX, ['**/node_modules/**']),
    editSidecar: (sidecar, change) => editSidecar(sidecar, change, log),
    log,
  };
}

/** The annotation layer's service; the composition root registers the features that use it. */
export function createAnnotationsService(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): AnnotationsService {
  const service = new AnnotationsServiceImpl(log);
  context.subscriptions.push(service);
  return service;
}
