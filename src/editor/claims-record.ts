import * as vscode from 'vscode';
import type { Annotation, ClaimFields, Entity } from '../core/model';
import { proposeClaim, type ClaimProposal } from '../core/claims/propose-claim';
import { parseSpan } from '../core/claims/edtf-span';
import { claimInWords } from '../core/claims/describe-claim';
import { makeTarget } from '../core/anchor/make-target';
import { addAnnotation } from '../core/sidecar/edit-sidecar';
import { parseSidecar } from '../core/sidecar/parse-sidecar';
import { newAnnotationId } from '../core/sidecar/new-id';
import type { AnnotationsService, CorpusView } from './services';
import type { ClaimsService } from './claims-service';
import { baseName, editSidecar, isSidecar, sidecarUriFor } from './sidecar-store';
import { textSelector } from './utils';

/**
 * Args that let tests and other commands skip the prompts: `propose` returns
 * the proposal without asking or writing; `fields` (with `supports` /
 * `refutes`) writes without asking.
 */
export interface RecordArgs {
  propose?: boolean;
  fields?: ClaimFields;
  supports?: string[];
  refutes?: string[];
  note?: string;
}

/**
 * Record as Claim / Add Evidence…: on a selection, or on the quotation,
 * confession or annotated passage under the cursor. The claim is proposed
 * from what the recognizers found (see core/claims/propose-claim.ts) and
 * shown field by field in quick picks to confirm or correct; nothing is
 * written before the last step. Also offered as code actions.
 */
export function registerRecordClaim(
  context: vscode.ExtensionContext,
  corpus: CorpusView,
  annotations: AnnotationsService,
  claims: ClaimsService,
  log: vscode.LogOutputChannel,
): void {
  const run = (kind: 'claim' | 'evidence') => async (args?: RecordArgs) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || isSidecar(editor.document.uri)) return say('Open a text and select the passage that makes the claim.');
    const doc = editor.document;
    // Right after start-up the corpus may not be indexed nor the sidecars read yet: the proposal needs both.
    await Promise.all([corpus.whenReady(), annotations.ready]);
    await corpus.whenCurrent(doc.uri);
    const live = annotations
      .forDocument(doc.uri)
      .filter((a) => a.start !== undefined && a.end !== undefined)
      .map((a): Annotation => ({ ...a.annotation, target: { ...a.annotation.target, start: a.start, end: a.end } }));
    const passage = passageAt(editor, corpus, live);
    if (!passage) return say('Select the passage that makes the claim (or put the cursor in a quotation or confession).');
    const proposal = proposeClaim(doc.getText(), passage.start, passage.end, corpus.mentionsIn(doc.uri.toString()), live);
    if (args?.propose) return proposal.fields;
    let fields = args?.fields;
    let links = { supports: args?.supports, refutes: args?.refutes };
    if (!fields) {
      fields = await confirm(kind, proposal, corpus.entities());
      if (!fields) return undefined;
      if (kind === 'evidence') {
        claims.recompute();
        const picked = await pickLinks(claims);
        if (!picked) return undefined;
        links = picked;
      }
    }
    return write(doc, passage, kind, fields, links, args?.note, annotations, log);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('marginalia.recordClaim', run('claim')),
    vscode.commands.registerCommand('marginalia.addEvidence', run('evidence')),
    vscode.languages.registerCodeActionsProvider(textSelector(), new RecordClaimActions(corpus, annotations), {
      providedCodeActionKinds: [KIND],
    }),
  );
}

const KIND = vscode.CodeActionKind.Refactor.append('marginalia.claim');

/** Offers the two commands on a selection, a quotation or confession, or an annotated passage. */
class RecordClaimActions implements vscode.CodeActionProvider {
  constructor(
    private readonly corpus: CorpusView,
    private readonly annotations: AnnotationsService,
  ) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (isSidecar(doc.uri)) return [];
    const editor = vscode.window.activeTextEditor;
    const live = this.annotations
      .forDocument(doc.uri)
      .map((a) => ({ ...a.annotation, target: { ...a.annotation.target, start: a.start, end: a.end } }));
    const onPassage = !range.isEmpty || (editor?.document === doc && passageAt(editor, this.corpus, live) !== undefined);
    if (!onPassage) return [];
    return [
      ['Record as Claim…', 'marginalia.recordClaim'],
      ['Add Evidence…', 'marginalia.addEvidence'],
    ].map(([title, command]) => {
      const action = new vscode.CodeAction(title, KIND);
      action.command = { command, title };
      return action;
    });
  }
}

/** The selection, else the quotation or confession under the cursor, else the innermost annotation there. */
function passageAt(
  editor: vscode.TextEditor,
  corpus: CorpusView,
  live: Annotation[],
): { start: number; end: number } | undefined {
  const doc = editor.document;
  const start = doc.offsetAt(editor.selection.start);
  const end = doc.offsetAt(editor.selection.end);
  if (end > start) return { start, end };
  const quote = corpus
    .mentionsIn(doc.uri.toString())
    .find((m) => m.kind === 'quote' && m.quote !== 'scare' && m.start <= start && start < m.end);
  if (quote) return { start: quote.start, end: quote.end };
  const spans = live
    .filter((a) => a.target.start !== undefined && a.target.end !== undefined && a.target.start <= start && start < a.target.end)
    .sort((a, b) => a.target.end! - a.target.start! - (b.target.end! - b.target.start!));
  return spans[0] && { start: spans[0].target.start!, end: spans[0].target.end! };
}

const NONE = '(none)';

/** The proposal, field by field, for the historian to confirm or correct; undefined when cancelled. */
async function confirm(
  kind: 'claim' | 'evidence',
  proposal: ClaimProposal,
  entities: Entity[],
): Promise<ClaimFields | undefined> {
  const title = (step: number, what: string) => `${kind === 'claim' ? 'Record as Claim' : 'Add Evidence'} (${step}/5): ${what}`;
  const byId = new Map(entities.map((e) => [e.id, e]));
  const persons = entities.filter((e) => e.type === 'person');
  const places = entities.filter((e) => e.type === 'place');
  const item = (id: string, found: boolean) => ({
    label: byId.get(id)?.name ?? id,
    description: `${id}${found ? ' · found in the passage' : ''}`,
    id,
  });
  const ordered = (found: string[], all: Entity[]) => [
    ...found.map((id) => item(id, true)),
    ...all.filter((e) => !found.includes(e.id)).map((e) => item(e.id, false)),
  ];
  const pickOne = async (step: number, what: string, found: string[], all: Entity[], proposed?: string) => {
    const items = [...ordered(found, all), { label: NONE, description: 'leave it out', id: '' }];
    const first = items.find((i) => i.id === (proposed ?? ''));
    const chosen = await vscode.window.showQuickPick(first ? [first, ...items.filter((i) => i !== first)] : items, {
      title: title(step, what),
      placeHolder: proposed ? `Proposed: ${byId.get(proposed)?.name ?? proposed}` : 'Nothing found: pick one or leave it out',
      matchOnDescription: true,
    });
    return chosen === undefined ? undefined : chosen.id;
  };
  const fields: ClaimFields = {};
  const by = await pickOne(
    1,
    'who asserts it? (for a confession, the confessor)',
    proposal.candidates.by,
    persons,
    proposal.fields.by,
  );
  if (by === undefined) return undefined;
  if (by) fields.by = by;
  const whoItems = ordered(proposal.candidates.who, persons).map((i) => ({
    ...i,
    picked: proposal.fields.who?.includes(i.id) ?? false,
  }));
  const who = await vscode.window.showQuickPick(whoItems, {
    title: title(2, 'who was there?'),
    canPickMany: true,
    matchOnDescription: true,
  });
  if (who === undefined) return undefined;
  if (who.length) fields.who = who.map((i) => i.id);
  const where = await pickOne(3, 'where?', proposal.candidates.where, places, proposal.fields.where);
  if (where === undefined) return undefined;
  if (where) fields.where = where;
  const when = await vscode.window.showInputBox({
    title: title(4, 'when? (EDTF)'),
    value: proposal.fields.when ?? '',
    prompt:
      `e.g. 1932-11-27, 1932-11, 1932, 1932-11~ (about), 1932? (perhaps), 1931/1933, ` +
      `../1917${proposal.candidates.when.length > 1 ? `; also found: ${proposal.candidates.when.slice(1, 5).join(', ')}` : ''}`,
    validateInput: (v) => {
      const s = parseSpan(v);
      return v.trim() === '' || !('error' in s) ? undefined : `Not an EDTF date: ${s.error}`;
    },
  });
  if (when === undefined) return undefined;
  if (when.trim()) fields.when = when.trim();
  const what = await vscode.window.showInputBox({
    title: title(5, 'what happened? (optional)'),
    prompt: 'In a few words, e.g. met Sedov, who took him to Trotsky',
  });
  if (what === undefined) return undefined;
  if (what.trim()) fields.what = what.trim();
  return fields;
}

/** Which claims the evidence refutes, then which it supports; undefined when cancelled. */
async function pickLinks(claims: ClaimsService): Promise<{ supports: string[]; refutes: string[] } | undefined> {
  const ledger = claims.ledger;
  const items = ledger.entries
    .filter((e) => e.type === 'claim')
    .map((e) => ({ label: claimInWords(e, ledger), description: `${e.id} · ${e.file}`, id: e.id }));
  if (items.length === 0) return { supports: [], refutes: [] };
  const refutes = await vscode.window.showQuickPick(items, {
    title: 'Add Evidence: which claims does it refute?',
    canPickMany: true,
    matchOnDescription: true,
  });
  if (refutes === undefined) return undefined;
  const rest = items.filter((i) => !refutes.includes(i));
  const supports = rest.length
    ? await vscode.window.showQuickPick(rest, {
        title: 'Add Evidence: which claims does it support?',
        canPickMany: true,
        matchOnDescription: true,
      })
    : [];
  if (supports === undefined) return undefined;
  return { refutes: refutes.map((i) => i.id), supports: supports.map((i) => i.id) };
}

async function write(
  doc: vscode.TextDocument,
  passage: { start: number; end: number },
  kind: 'claim' | 'evidence',
  fields: ClaimFields,
  links: { supports?: string[]; refutes?: string[] },
  note: string | undefined,
  annotations: AnnotationsService,
  log: vscode.LogOutputChannel,
): Promise<string | undefined> {
  const target = makeTarget(doc.getText(), passage.start, passage.end);
  const author = vscode.workspace.getConfiguration('marginalia', doc.uri).get<string>('author')?.trim();
  const sidecar = sidecarUriFor(doc.uri);
  let id: string | undefined;
  const ok = await editSidecar(
    sidecar,
    (yaml) => {
      const existing = yaml === undefined ? [] : (parseSidecar(yaml, baseName(sidecar)).sidecar?.annotations ?? []);
      id = newAnnotationId(new Set(existing.map((a) => a.id)));
      const annotation: Annotation = { id, kind, target, claim: fields };
      if (links.supports?.length) annotation.supports = links.supports;
      if (links.refutes?.length) annotation.refutes = links.refutes;
      if (note) annotation.note = note;
      annotation.created = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
      if (author) annotation.author = author;
      return addAnnotation(yaml, baseName(doc.uri), annotation);
    },
    log,
  );
  await annotations.reload(sidecar);
  if (ok) log.info(`Recorded ${kind} ${id} in ${baseName(doc.uri)} ${target.start}-${target.end}`);
  return ok ? id : undefined;
}

function say(message: string): undefined {
  void vscode.window.showInformationMessage(message);
  return undefined;
}
