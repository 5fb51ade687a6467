import * as vscode from 'vscode';
import { ANNOTATION_KINDS } from '../core/kinds';
import type { Annotation, Entity } from '../core/model';
import { parseSidecar } from '../core/sidecar/parse-sidecar';
import { addAnnotation, removeAnnotation, updateAnnotation } from '../core/sidecar/edit-sidecar';
import { newAnnotationId } from '../core/sidecar/new-id';
import { makeTarget } from '../core/anchor/make-target';
import type { AnnotationsService, EntitySource, LiveAnnotation, SidecarState } from './services';
import { answerByHand, pickPassage } from './reattach-picker';
import { baseName, editSidecar, isSidecar, sidecarUriFor } from './sidecar-store';
import { gitUserName } from './git-api';

/** Where the registry's entities come from (the corpus service). Empty: no registry (yet). */
export type { EntitySource };

/** Arguments that let tests and other commands skip the prompts. */
export interface AnnotateArgs {
  kind?: string;
  note?: string;
  entity?: string;
  tags?: string[];
  /** A reply to this annotation (same sidecar). */
  replyTo?: string;
  /** The passage [start, end) of this text instead of the active editor's selection (the comment thread's). */
  passage?: { uri: string; start: number; end: number };
}
/** `uri`: the text or its sidecar (default: the active editor's); `id`: the annotation (default: the one under the cursor). */
export interface AnnotationArgs {
  uri?: string;
  id?: string;
  note?: string;
  entity?: string;
  confirm?: boolean;
}

export const KINDS = ANNOTATION_KINDS;

/** The commands that create, change and delete annotations; each resolves to the id it touched (undefined: nothing done). */
export function registerAnnotateCommands(
  context: vscode.ExtensionContext,
  service: AnnotationsService,
  log: vscode.LogOutputChannel,
  registry: EntitySource,
): void {
  const cmd = (name: string, run: (args?: never) => Promise<string | undefined>): void => {
    context.subscriptions.push(vscode.commands.registerCommand(`marginalia.${name}`, run));
  };
  const mark = (kind: string) => async (args?: AnnotateArgs) => annotate(service, log, { ...args, kind });

  cmd('annotateSelection', async (args?: AnnotateArgs) => {
    // Given a kind (tests, other commands), nothing is asked; otherwise the kind, then the note (Escape cancels).
    const prompted = args?.kind === undefined;
    const kind =
      args?.kind ??
      (await vscode.window.showQuickPick(KINDS, { title: 'Annotate Selection: kind', placeHolder: 'What is this passage?' }));
    if (!kind) return undefined;
    let note = args?.note;
    if (note === undefined && prompted) {
      note = await vscode.window.showInputBox({
        title: `Annotate Selection (${kind}): note`,
        prompt: 'Markdown; leave empty for none',
      });
      if (note === undefined) return undefined;
    }
    return annotate(service, log, { ...args, kind, note });
  });
  cmd('markConfession', mark('confession'));
  cmd('markQuotation', mark('quote'));
  cmd('markPerson', mark('person'));
  cmd('markDate', mark('date'));

  cmd('linkToEntity', async (args?: AnnotateArgs) => {
    const editor = textEditor();
    if (!editor) return undefined;
    const selected = editor.document.getText(editor.selection);
    const entity = args?.entity
      ? (registry.entities().find((x) => x.id === args.entity) ?? { id: args.entity })
      : await pickEntity(registry.entities(), selected);
    if (!entity) return undefined;
    // The annotation of exactly this passage gets the entity; else, for a cursor, the innermost one under it;
    // else, for a selection, the innermost one around it that names nobody yet; else a new annotation.
    await service.reload(sidecarUriFor(editor.document.uri));
    const [s, e] = [editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)];
    const around = service
      .forDocument(editor.document.uri)
      .filter((a) => a.start !== undefined && a.start <= s && (a.end ?? 0) >= e)
      .sort((a, b) => (a.end ?? 0) - (a.start ?? 0) - ((b.end ?? 0) - (b.start ?? 0)));
    const existing =
      around.find((a) => a.start === s && a.end === e) ?? (s === e ? around[0] : around.find((a) => !a.annotation.entity));
    if (existing) return update(service, log, existing, { entity: entity.id });
    return annotate(service, log, { ...args, kind: args?.kind ?? ('type' in entity ? entity.type : 'note'), entity: entity.id });
  });

  cmd('editNote', async (args?: AnnotationArgs) => {
    const a = await annotationFor(service, args);
    if (!a) return undefined;
    // Asked for no note: it is written in the annotation's comment thread (several lines, preview); an orphan has none.
    const text = service.stateOf(a.sidecar)?.text;
    if (
      args?.note === undefined &&
      text &&
      (await vscode.commands.executeCommand<boolean>('marginalia.comments.open', { uri: text.toString(), id: a.annotation.id }))
    )
      return undefined;
    const note =
      args?.note ??
      (await vscode.window.showInputBox({
        title: `Edit note of ${a.annotation.kind} ${a.annotation.id}`,
        value: a.annotation.note ?? '',
        prompt: 'Markdown on one line; for longer notes use Open Sidecar',
      }));
    if (note === undefined) return undefined;
    return update(service, log, a, { note: note === '' ? undefined : note });
  });

  cmd('deleteAnnotation', async (args?: AnnotationArgs) => {
    const a = await annotationFor(service, args);
    if (!a) return undefined;
    if (args?.confirm !== false) {
      const exact = a.annotation.target.exact;
      const quote = exact.length > 80 ? exact.slice(0, 79) + '…' : exact;
      const answer = await vscode.window.showWarningMessage(
        `Delete annotation ${a.annotation.id} (${a.annotation.kind}: “${quote}”)?`,
        {
          modal: true,
          detail: `It is removed from ${baseName(a.sidecar)}; git keeps the old version if the corpus is under version control.`,
        },
        'Delete',
      );
      if (answer !== 'Delete') return undefined;
    }
    const ok = await editSidecar(
      a.sidecar,
      (yaml) => (yaml === undefined ? undefined : removeAnnotation(yaml, a.annotation.id)),
      log,
    );
    await service.reload(a.sidecar);
    return ok ? a.annotation.id : undefined;
  });

  cmd('reattachOrphan', async (args?: AnnotationArgs & { pick?: boolean }) => {
    const state = await stateFor(service, args?.uri);
    if (!state) return say('Open an annotated text (or its sidecar) to re-attach an orphan.');
    const orphans = state.annotations.filter((a) => !a.current);
    const a = args?.id
      ? state.annotations.find((x) => x.annotation.id === args.id)
      : await pickAnnotation(orphans, 'Re-attach which orphan?');
    if (!a) return orphans.length ? undefined : say(`${baseName(state.text)} has no orphaned annotations.`);
    // A passage already selected in the text is the answer (the command's old way); otherwise, and always from
    // the quick fix (pick: true), the likeliest passages are offered.
    const selected = args?.pick
      ? undefined
      : vscode.window.visibleTextEditors.find(
          (ed) => ed.document.uri.toString() === state.text.toString() && !ed.selection.isEmpty,
        );
    const passage = selected
      ? { start: selected.document.offsetAt(selected.selection.start), end: selected.document.offsetAt(selected.selection.end) }
      : await pickPassage(state.text, a.annotation.target, `${a.annotation.kind} ${a.annotation.id}`);
    if (!passage) return undefined;
    const doc = await vscode.workspace.openTextDocument(state.text);
    // The passage chosen is the annotation's words from now on: no `current` reading is left over.
    return update(service, log, a, {
      target: { ...makeTarget(doc.getText(), passage.start, passage.end), current: undefined },
      orphaned: undefined,
    });
  });

  // Internal (tests): answers the "select by hand" prompt of reattachOrphan as its buttons do.
  cmd('reattachOrphan.answer', async (args?: { answer?: 'Re-attach' | 'Cancel' }) =>
    answerByHand(args?.answer ?? 'Re-attach') ? 'answered' : undefined,
  );

  cmd('openSidecar', async (args?: AnnotationArgs) => {
    const state = await stateFor(service, args?.uri);
    const editor = vscode.window.activeTextEditor;
    const sidecar =
      state?.sidecar ?? (editor && !isSidecar(editor.document.uri) ? sidecarUriFor(editor.document.uri) : undefined);
    if (!sidecar) return say('Open a text to open its annotations.');
    const exists = await vscode.workspace.fs.stat(sidecar).then(
      () => true,
      () => false,
    );
    if (!exists) return say(`${baseName(sidecar)} does not exist yet: annotate a selection to create it.`);
    const a = args?.id ? state?.annotations.find((x) => x.annotation.id === args.id) : state && underCursor(state);
    const line = a?.sidecarLine ?? 0;
    await vscode.window.showTextDocument(sidecar, {
      viewColumn: vscode.ViewColumn.Beside,
      selection: new vscode.Range(line, 0, line, 0),
    });
    return a?.annotation.id;
  });
}

/** Adds an annotation of the active editor's selection to its text's sidecar. */
async function annotate(
  service: AnnotationsService,
  log: vscode.LogOutputChannel,
  fields: AnnotateArgs & { kind: string },
): Promise<string | undefined> {
  const p = fields.passage;
  const editor = p ? undefined : textEditor();
  if (!p && !editor) return undefined;
  if (editor?.selection.isEmpty) return say('Select the passage to annotate first.');
  const doc = editor?.document ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse(p!.uri)));
  const target = editor
    ? makeTarget(doc.getText(), doc.offsetAt(editor.selection.start), doc.offsetAt(editor.selection.end))
    : makeTarget(doc.getText(), p!.start, p!.end);
  // The setting wins; else the name git signs this repository's commits with.
  const author =
    vscode.workspace.getConfiguration('marginalia', doc.uri).get<string>('author')?.trim() || (await gitUserName(doc.uri));
  const sidecar = sidecarUriFor(doc.uri);
  let id: string | undefined;
  const ok = await editSidecar(
    sidecar,
    (yaml) => {
      const existing = yaml === undefined ? [] : (parseSidecar(yaml, baseName(sidecar)).sidecar?.annotations ?? []);
      id = newAnnotationId(new Set(existing.map((a) => a.id)));
      const annotation: Annotation = { id, kind: fields.kind, target };
      if (fields.replyTo) annotation.replyTo = fields.replyTo;
      if (fields.entity) annotation.entity = fields.entity;
      if (fields.note) annotation.note = fields.note;
      if (fields.tags?.length) annotation.tags = fields.tags;
      annotation.created = now();
      if (author) annotation.author = author;
      return addAnnotation(yaml, baseName(doc.uri), annotation);
    },
    log,
  );
  await service.reload(sidecar);
  if (ok) log.info(`Annotated ${baseName(doc.uri)} ${target.start}-${target.end} as ${fields.kind} (${id})`);
  return ok ? id : undefined;
}

/** Changes one annotation in its sidecar and stamps `updated` (also the comment thread's kind and tags actions). */
export async function update(
  service: AnnotationsService,
  log: vscode.LogOutputChannel,
  a: LiveAnnotation,
  patch: Partial<Annotation>,
): Promise<string | undefined> {
  const ok = await editSidecar(
    a.sidecar,
    (yaml) => (yaml === undefined ? undefined : updateAnnotation(yaml, a.annotation.id, { ...patch, updated: now() })),
    log,
  );
  await service.reload(a.sidecar);
  return ok ? a.annotation.id : undefined;
}

function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function say(message: string): undefined {
  void vscode.window.showInformationMessage(message);
  return undefined;
}

function textEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || isSidecar(editor.document.uri)) return say('Open a text and select a passage first.');
  return editor;
}

/**
 * The state of the given text or sidecar, else of the active editor's, re-read
 * first: the sidecar may have changed on disk a moment ago, and commands decide on what it holds now.
 */
async function stateFor(service: AnnotationsService, uri?: string): Promise<SidecarState | undefined> {
  const target = uri ? vscode.Uri.parse(uri) : vscode.window.activeTextEditor?.document.uri;
  const known = target && service.stateOf(target);
  if (known) await service.reload(known.sidecar);
  return known && service.stateOf(known.text);
}

/** The annotation named by args, else the one under the cursor (innermost), else one picked from the list. */
async function annotationFor(service: AnnotationsService, args?: AnnotationArgs): Promise<LiveAnnotation | undefined> {
  const state = await stateFor(service, args?.uri);
  if (!state) return say('Open an annotated text (or its sidecar) first.');
  if (args?.id)
    return (
      state.annotations.find((a) => a.annotation.id === args.id) ?? say(`No annotation ${args.id} in ${baseName(state.sidecar)}.`)
    );
  return underCursor(state) ?? pickAnnotation(state.annotations, 'Which annotation?');
}

function underCursor(state: SidecarState): LiveAnnotation | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  if (editor.document.uri.toString() === state.sidecar.toString()) {
    const line = editor.selection.active.line;
    return [...state.annotations].filter((a) => a.sidecarLine <= line).sort((a, b) => b.sidecarLine - a.sidecarLine)[0];
  }
  if (editor.document.uri.toString() !== state.text.toString()) return undefined;
  const at = editor.document.offsetAt(editor.selection.active);
  return state.annotations
    .filter((a) => a.start !== undefined && a.start <= at && (a.end ?? 0) >= at)
    .sort((a, b) => (a.end ?? 0) - (a.start ?? 0) - ((b.end ?? 0) - (b.start ?? 0)))[0];
}

async function pickAnnotation(list: LiveAnnotation[], title: string): Promise<LiveAnnotation | undefined> {
  if (list.length === 0) return undefined;
  const items = list.map((a) => ({
    label: `${a.annotation.kind}: ${a.annotation.target.exact.slice(0, 60)}`,
    description: a.annotation.id,
    detail: a.annotation.note,
    a,
  }));
  return (await vscode.window.showQuickPick(items, { title, matchOnDetail: true }))?.a;
}

/** A quick pick over the registry; entities named exactly as the selection come first. */
async function pickEntity(all: Entity[], selected: string): Promise<Entity | undefined> {
  if (all.length === 0) return say('No entities.yaml in this workspace defines any entity yet.');
  const names = (e: Entity) => [e.name, ...e.aliases].map((n) => n.toLowerCase());
  const wanted = selected.trim().toLowerCase();
  const ranked = wanted
    ? [...all.filter((e) => names(e).includes(wanted)), ...all.filter((e) => !names(e).includes(wanted))]
    : all;
  const items = ranked.map((e) => ({
    label: e.name,
    description: `${e.id} · ${e.type}`,
    detail: e.aliases.join(', ') || undefined,
    e,
  }));
  return (
    await vscode.window.showQuickPick(items, { title: 'Link Selection to Entity', matchOnDescription: true, matchOnDetail: true })
  )?.e;
}
