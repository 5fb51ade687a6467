import * as vscode from 'vscode';
import { findFiles } from './find-files';
import type { Annotation, Problem, Target } from '../core/model';
import { parseSidecar } from '../core/sidecar/parse-sidecar';
import { type AnnotationPatch, setSidecarText, updateAnnotations } from '../core/sidecar/edit-sidecar';
import { reanchor } from '../core/anchor/reanchor';
import { applyChanges } from '../core/anchor/shift';
import { makeTarget } from '../core/anchor/make-target';
import { findsUnaided, targetAt, targetPatch } from '../core/anchor/refresh';
import type { AnnotationsService, LiveAnnotation, SidecarState } from './services';
import { SIDECAR_SUFFIX, baseName, editSidecar, isSidecar, readSidecar, readText, sidecarUriFor, textUriFor } from './sidecar-store';

/**
 * Loads every sidecar of the workspace, anchors its annotations against
 * their texts and keeps them current: live edits shift anchors, a save writes
 * the moved hints back, a change on disk re-anchors and says what moved.
 */
export class AnnotationsServiceImpl implements AnnotationsService, vscode.Disposable {
  private readonly byText = new Map<string, SidecarState>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private saving: Promise<void> = Promise.resolve();
  private readonly generations = new Map<string, number>();
  private readonly loading = new Map<string, Promise<void>>();
  readonly onDidChange = this.emitter.event;
  /** Resolves when every sidecar of the workspace has been loaded once. */
  readonly ready: Promise<void>;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const sidecars = vscode.workspace.createFileSystemWatcher('**/*' + SIDECAR_SUFFIX);
    const texts = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      sidecars, texts,
      sidecars.onDidCreate((u) => this.later(u, () => this.reload(u))),
      sidecars.onDidChange((u) => this.later(u, () => this.reload(u))),
      sidecars.onDidDelete((u) => this.later(u, () => this.reload(u))), // Gone for good, or deleted and re-created (git).
      texts.onDidCreate((u) => this.onTextDisk(u)),
      texts.onDidChange((u) => this.onTextDisk(u)),
      texts.onDidDelete((u) => this.onTextDisk(u)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidSaveTextDocument((d) => this.onSave(d)),
      vscode.workspace.onDidOpenTextDocument((d) => this.onOpenOrClose(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.onOpenOrClose(d)),
      vscode.workspace.onDidRenameFiles((e) => void this.onRename(e.files).catch((err) => this.log.error(`After a rename: ${String(err)}`))),
    );
    this.ready = this.loadAll();
  }

  forDocument(uri: vscode.Uri): LiveAnnotation[] {
    return this.byText.get(uri.toString())?.annotations ?? [];
  }

  /** Every loaded sidecar with its text. */
  all(): SidecarState[] {
    return [...this.byText.values()];
  }

  /** The state of a text or of its sidecar. */
  stateOf(uri: vscode.Uri): SidecarState | undefined {
    if (!isSidecar(uri)) return this.byText.get(uri.toString());
    return this.all().find((s) => s.sidecar.toString() === uri.toString());
  }

  /** Re-reads a sidecar (open document or disk) and re-anchors its annotations; resolves when the state is current. */
  async reload(sidecar: vscode.Uri): Promise<void> {
    const key = sidecar.toString();
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    let run = this.load(sidecar, key, generation);
    this.loading.set(key, run);
    // A newer reload may have started meanwhile: the caller wants what it reads.
    for (;;) {
      await run;
      const newer = this.loading.get(key);
      if (!newer || newer === run) break;
      run = newer;
    }
    if (this.loading.get(key) === run) this.loading.delete(key);
  }

  private async load(sidecar: vscode.Uri, key: string, generation: number): Promise<void> {
    // A load that started earlier must not finish last and put back what it read.
    const { text: yaml, problem } = await readSidecar(sidecar);
    if (this.generations.get(key) !== generation) return;
    if (yaml === undefined && !problem) return this.forget(sidecar);
    const { sidecar: parsed, problems } = yaml === undefined ? { sidecar: undefined, problems: [problem as Problem] } : parseSidecar(yaml, sidecar.fsPath);
    const text = textUriFor(sidecar, parsed?.text ?? baseName(sidecar).slice(0, -SIDECAR_SUFFIX.length));
    const content = await readText(text).catch(() => undefined);
    if (parsed && yaml !== undefined && content === undefined && !(await vscode.workspace.fs.stat(text).then(() => true, () => false))) {
      problems.push(textMissing(sidecar, yaml, baseName(text)));
    }
    if (this.generations.get(key) !== generation) return;
    const old = this.stateOf(sidecar);
    if (old && old.text.toString() !== text.toString()) this.byText.delete(old.text.toString());
    const annotations = (parsed?.annotations ?? []).map((a) => ({ annotation: a, line: parsed?.lines.get(a.id) ?? 0 }));
    const state: SidecarState = {
      sidecar, text, content, problems,
      annotations: parsed ? resolveAll(annotations, sidecar, content, old?.content === content ? old : undefined) : old?.annotations ?? [],
    };
    this.byText.set(text.toString(), state);
    this.emitter.fire(text);
  }

  private async loadAll(): Promise<void> {
    const found = await findFiles('**/*' + SIDECAR_SUFFIX, ['**/node_modules/**']);
    for (const uri of found) {
      await this.reload(uri).catch((e) => this.log.error(`Could not load ${uri.fsPath}: ${String(e)}`));
    }
    this.log.info(`Loaded ${found.length} annotation sidecar(s)`);
  }

  private forget(sidecar: vscode.Uri): void {
    const state = this.stateOf(sidecar);
    if (!state) return;
    this.byText.delete(state.text.toString());
    this.emitter.fire(state.text);
  }

  /** Debounces bursts of events (a save fires change and create; typing fires many). */
  private later(uri: vscode.Uri, run: () => Promise<void>, ms = 150): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      run().catch((e) => this.log.error(`${uri.fsPath}: ${String(e)}`));
    }, ms));
  }

  /** Live edits shift anchors without a search; only passages an edit swallowed are searched for again. */
  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (isSidecar(e.document.uri)) {
      if (this.stateOf(e.document.uri) || e.document.isDirty) this.later(e.document.uri, () => this.reload(e.document.uri), 300);
      return;
    }
    const state = this.byText.get(e.document.uri.toString());
    if (!state || e.contentChanges.length === 0) return;
    const now = e.document.getText();
    const changes = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
    const grown = changes.reduce((n, c) => n + c.text.length - (c.end - c.start), 0);
    // Out of step (should not happen): search for every passage instead of trusting the offsets.
    const inStep = state.content !== undefined && state.content.length + grown === now.length;
    for (const a of state.annotations) {
      if (!a.current) continue; // Orphans are searched for again on save, not on every keystroke.
      const shifted = inStep ? applyChanges(a.current, now, changes) : undefined;
      a.current = shifted ?? found(now, a.current);
      a.start = a.current?.start;
      a.end = a.current?.end;
    }
    state.content = now;
    sortByText(state.annotations);
    this.emitter.fire(state.text);
  }

  /**
   * On save of a text, one write brings the sidecar's hints up to date with the
   * text just saved. Patches are decided against the sidecar as it is when
   * written (it may have changed since it was loaded), and saves are queued.
   */
  private onSave(doc: vscode.TextDocument): void {
    this.saving = this.saving.then(() => this.writeHints(doc)).catch((e) => this.log.error(`Could not update anchors: ${String(e)}`));
  }

  private async writeHints(doc: vscode.TextDocument): Promise<void> {
    const state = this.byText.get(doc.uri.toString());
    if (!state) return;
    const content = doc.getText();
    const orphans = state.annotations.filter((a) => !a.current);
    for (const a of orphans) {
      a.current = found(content, a.annotation.target); // Typed back in, perhaps.
      a.start = a.current?.start;
      a.end = a.current?.end;
    }
    if (orphans.some((a) => a.current)) {
      sortByText(state.annotations);
      this.emitter.fire(state.text);
    }
    const live = new Map(state.annotations.map((a) => [a.annotation.id, a]));
    let count = 0;
    const ok = await editSidecar(state.sidecar, (yaml) => {
      const stored = yaml === undefined ? undefined : parseSidecar(yaml, state.sidecar.fsPath).sidecar;
      if (yaml === undefined || !stored) return undefined; // Unparsable: its diagnostics say so; the hints wait.
      const updates = stored.annotations.flatMap((s) => hintPatch(s, live.get(s.id), content) ?? []);
      count = updates.length;
      return count ? updateAnnotations(yaml, updates) : undefined;
    }, this.log);
    if (ok && count) this.log.info(`${baseName(state.sidecar)}: updated ${count} anchor(s) after saving ${baseName(state.text)}`);
    if (count) await this.reload(state.sidecar);
  }

  /** A text renamed together with its sidecar: the sidecar's `text:` follows, and so do its annotations. */
  private async onRename(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      if (isSidecar(oldUri) || baseName(oldUri) === baseName(newUri)) continue;
      const moved = files.find((f) => f.oldUri.toString() === sidecarUriFor(oldUri).toString());
      if (!moved) continue; // only the text moved: the sidecar's diagnostics say so
      // Only a sidecar that named the old text is pointed at the new one.
      const ok = await editSidecar(moved.newUri, (yaml) => yaml === undefined || parseSidecar(yaml, '').sidecar?.text !== baseName(oldUri)
        ? undefined : setSidecarText(yaml, baseName(newUri)), this.log);
      if (ok) await this.reload(moved.newUri);
    }
  }

  private onOpenOrClose(doc: vscode.TextDocument): void {
    // Opening shows the document's text; closing a dirty one falls back to the disk's.
    const state = this.stateOf(doc.uri);
    if (state) this.later(state.sidecar, () => this.reload(state.sidecar));
  }

  /** A text changed on disk (git checkout, another program) while not open: re-anchor and say what moved. */
  private onTextDisk(uri: vscode.Uri): void {
    const state = this.byText.get(uri.toString());
    if (!state || vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
    this.later(uri, async () => {
      const before = new Map(state.annotations.map((a) => [a.annotation.id, a.start]));
      await this.reload(state.sidecar);
      const after = this.byText.get(uri.toString())?.annotations ?? [];
      const moved = after.filter((a) => a.start !== undefined && before.get(a.annotation.id) !== a.start);
      const orphaned = after.filter((a) => a.start === undefined && before.get(a.annotation.id) !== undefined);
      if (moved.length === 0 && orphaned.length === 0) return;
      const ids = (xs: LiveAnnotation[]) => xs.map((a) => a.annotation.id).join(', ');
      const message = `${baseName(uri)} changed on disk: ${moved.length} annotation(s) moved` +
        (moved.length ? ` (${ids(moved)})` : '') +
        `, ${orphaned.length} orphaned` + (orphaned.length ? ` (${ids(orphaned)}): see Problems` : '') + '.';
      this.log.info(message);
      if (orphaned.length) void vscode.window.showWarningMessage(message);
      else vscode.window.setStatusBarMessage(message, 10000);
    });
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * What a save writes for one stored annotation, given where it is live: nothing
 * while its quote still finds it unaided (quiet sidecars), else new hints and,
 * when its words changed, those words as `current` beside the kept `exact`;
 * `orphaned` set or cleared. Nothing when the live state was anchored from a
 * different entry (the sidecar changed since; its reload re-anchors).
 */
function hintPatch(stored: Annotation, a: LiveAnnotation | undefined, content: string): { id: string; patch: AnnotationPatch } | undefined {
  if (!a || JSON.stringify(a.annotation.target) !== JSON.stringify(stored.target)) return undefined;
  const patch: AnnotationPatch = {};
  if (a.current && a.start !== undefined && a.end !== undefined) {
    // An entry rewritten anyway (found again) gets fresh hints too.
    const target = !stored.orphaned && findsUnaided(content, stored.target, a.start, a.end) ? undefined
      : targetPatch(stored.target, targetAt(content, stored.target, a.start, a.end));
    if (target) patch.target = target;
    if (stored.orphaned) patch.orphaned = undefined;
  } else if (!stored.orphaned) {
    patch.orphaned = true;
  }
  return Object.keys(patch).length ? { id: stored.id, patch } : undefined;
}

/** The sidecar's text is not where `text:` says: renamed or moved without its sidecar (git mv, another program). */
function textMissing(sidecar: vscode.Uri, yaml: string, name: string): Problem {
  const line = Math.max(0, yaml.replace(/^\ufeff/, '').split('\n').findIndex((l) => /^text\s*:/.test(l)));
  return { file: sidecar.fsPath, line, column: 0, severity: 'warning', code: 'text-missing',
    message: `The text '${name}' that 'text:' names is not beside this sidecar. If it was renamed or moved, rename or move ${baseName(sidecar)} with it, or fix 'text:'.` };
}

/** Searches for a target in a text: the target there now, or undefined (orphan). */
function found(content: string, target: Target): Target | undefined {
  const r = reanchor(content, target);
  if (r.status === 'orphan') return undefined;
  if (r.status === 'exact') return { ...target, start: r.start, end: r.end };
  return makeTarget(content, r.start, r.end);
}

/**
 * Anchors a sidecar's annotations in the text. `same`: the previous state, when
 * the text has not changed since; an annotation whose entry is unchanged keeps
 * where live edits put it (a search could land elsewhere after an edit inside it).
 */
function resolveAll(items: Array<{ annotation: Annotation; line: number }>, sidecar: vscode.Uri, content?: string, same?: SidecarState): LiveAnnotation[] {
  const before = new Map(same?.annotations.map((a) => [a.annotation.id, a]));
  const out = items.map(({ annotation, line }): LiveAnnotation => {
    const kept = before.get(annotation.id);
    const current = kept && JSON.stringify(kept.annotation.target) === JSON.stringify(annotation.target) ? kept.current
      : content === undefined ? undefined : found(content, annotation.target);
    return { annotation, sidecar, sidecarLine: line, current, start: current?.start, end: current?.end };
  });
  return sortByText(out);
}

function sortByText(xs: LiveAnnotation[]): LiveAnnotation[] {
  return xs.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || (a.end ?? 0) - (b.end ?? 0));
}

/** The annotation layer's service; the composition root registers the features that use it. */
export function createAnnotationsService(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): AnnotationsService {
  const service = new AnnotationsServiceImpl(log);
  context.subscriptions.push(service);
  return service;
}
