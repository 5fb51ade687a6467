import * as vscode from 'vscode';
import { nominativeOf } from '../core/recognize/name-nominative';
import { ENTITY_TYPES, type Entity, type EntityType } from '../core/model';
import type { AddToRegistryArgs } from '../core/corpus/describe';
import { deriveEntityId } from '../core/corpus/entity-id';
import { addAlias, addEntity } from '../core/registry/edit-registry';
import type { CorpusView } from './services';
import { readText, replaceAll, textSelector } from './utils';

const OFFERED: EntityType[] = ['person', 'place', 'organisation'];
const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

/** Quick fixes on a candidate name, and the `marginalia.addToRegistry` command behind them and the hover link. */
export function registerCandidateActions(context: vscode.ExtensionContext, corpus: CorpusView): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(
      textSelector(),
      {
        provideCodeActions(doc, range) {
          const mention = corpus.mentionAt(doc.uri.toString(), doc.offsetAt(range.start));
          if (mention?.kind !== 'candidate') return undefined;
          const name = mention.text;
          const action = (title: string, args: AddToRegistryArgs) => {
            const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
            a.command = { command: 'marginalia.addToRegistry', title, arguments: [args] };
            return a;
          };
          return [
            ...OFFERED.map((type) => action(`Add ‘${name}’ to the registry as ${article(type)}`, { name, type })),
            action(`Add ‘${name}’ as an alias of …`, { name, alias: true }),
          ];
        },
      },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
    ),
    vscode.commands.registerCommand('marginalia.addToRegistry', (args?: AddToRegistryArgs) => addToRegistry(corpus, args)),
  );
}

/**
 * Adds a name to the registry nearest the active text, as a new entity or as an alias; saves the registry. Returns the entity id.
 */
async function addToRegistry(corpus: CorpusView, args?: AddToRegistryArgs): Promise<string | undefined> {
  // A Russian name found declined («Бухарина») is proposed in the nominative, as the registry holds it; the user confirms.
  const given = args?.name !== undefined && nominativeOf(args.name) === args.name ? args.name : undefined;
  const name =
    given ??
    (await vscode.window.showInputBox({
      title: 'Add Name to the Registry',
      prompt: 'The name as the registry should hold it (Russian names in the nominative)',
      value: nominativeOf(args?.name ?? selectedName()),
    }));
  if (!name?.trim()) return undefined;
  let type = args?.type;
  let aliasOf: Entity | undefined;
  if (!type) {
    const choices = [
      ...ENTITY_TYPES.map((t) => ({ label: `as ${article(t)}`, type: t as EntityType | undefined })),
      { label: 'as an alias of an existing entity…', type: undefined },
    ];
    const picked = args?.alias
      ? choices[choices.length - 1]
      : await vscode.window.showQuickPick(choices, { title: `Add ‘${name}’ to the registry` });
    if (!picked) return undefined;
    type = picked.type;
    if (!type) {
      const entities = corpus.entities().map((e) => ({ label: e.name, description: `${e.type} · ${e.id}`, entity: e }));
      aliasOf = (
        await vscode.window.showQuickPick(entities, { title: `‘${name}’ is another name of…`, matchOnDescription: true })
      )?.entity;
      if (!aliasOf) return undefined;
    }
  }
  const uri = aliasOf?.source ? vscode.Uri.parse(aliasOf.source.file) : registryFor(corpus);
  if (!uri) {
    void vscode.window.showErrorMessage('Marginalia: open a folder first; the registry (entities.yaml) lives in the workspace.');
    return undefined;
  }
  const text = await readText(uri);
  const id = aliasOf?.id ?? deriveEntityId(name, new Set(corpus.entities().map((e) => e.id)));
  let updated: string;
  try {
    updated = aliasOf ? addAlias(text ?? '', aliasOf.id, name) : addEntity(text, { id, type: type!, name, aliases: [] });
  } catch (err) {
    // The registry does not parse or the id is taken: refuse rather than rewrite what the user wrote.
    void vscode.window.showErrorMessage(
      `Marginalia: could not add ‘${name}’ to ${vscode.workspace.asRelativePath(uri)}: ${(err as Error).message}`,
    );
    return undefined;
  }
  const edit = new vscode.WorkspaceEdit();
  if (text === undefined) {
    edit.createFile(uri, { ignoreIfExists: true });
    edit.insert(uri, new vscode.Position(0, 0), updated);
  } else replaceAll(edit, uri, text, updated);
  if (!(await vscode.workspace.applyEdit(edit))) return undefined;
  await (await vscode.workspace.openTextDocument(uri)).save();
  return id;
}

/** The active editor's selection as a name (one line, spaces collapsed); empty when nothing is selected. */
function selectedName(): string {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty) return '';
  return editor.document.getText(editor.selection).replace(/\s+/g, ' ').trim();
}

/**
 * The registry that serves the active text: the nearest entities.yaml above it, else the first, else a new one at the workspace
 * root.
 */
function registryFor(corpus: CorpusView): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  const registries = corpus.registryUris();
  const above = active
    ? registries
        .filter((r) => active.path.startsWith(r.path.slice(0, r.path.lastIndexOf('/') + 1)))
        .sort((a, b) => b.path.length - a.path.length)
    : [];
  if (above[0] ?? registries[0]) return above[0] ?? registries[0];
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, 'entities.yaml') : undefined;
}
