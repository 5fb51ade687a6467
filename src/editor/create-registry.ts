import * as vscode from 'vscode';
import { ENTITY_TYPES, type EntityType } from '../core/model';
import { addCandidatesToRegistry, groupCandidates } from '../core/registry/candidates-to-registry';
import type { CorpusService } from './corpus-service';
import { readText, replaceAll } from './rename';

/** Arguments that skip the quick picks (tests, other commands); `type` defaults to person. */
export interface CreateRegistryArgs {
  names: string[];
  type?: EntityType;
}

/** What the command did: the registry written and the ids added (undefined: nothing was written). */
export interface CreateRegistryResult {
  registry: string;
  added: string[];
}

const plural = (type: EntityType) => (type === 'person' ? 'persons' : `${type}s`);

/** `marginalia.createRegistry`: turns the candidate names of the corpus the user ticks into registry entities. */
export function registerCreateRegistry(context: vscode.ExtensionContext, corpus: CorpusService): void {
  context.subscriptions.push(vscode.commands.registerCommand('marginalia.createRegistry', (args?: CreateRegistryArgs) => createRegistry(corpus, args)));
}

async function createRegistry(corpus: CorpusService, args?: CreateRegistryArgs): Promise<CreateRegistryResult | undefined> {
  const uri = registryUri(corpus);
  if (!uri) {
    void vscode.window.showErrorMessage('Marginalia: open the folder of your texts first; the registry (entities.yaml) is written into it.');
    return undefined;
  }
  await corpus.whenReady();
  const names = args?.names ?? (await pickNames(corpus));
  if (!names?.length) return undefined;
  // Given names but no type, they are persons: the commonest case, and no prompt interrupts a caller.
  const type = args ? args.type ?? 'person' : await pickType(names.length);
  if (!type) return undefined;
  const where = vscode.workspace.asRelativePath(uri);
  const text = await readText(uri);
  let result: ReturnType<typeof addCandidatesToRegistry>;
  try {
    result = addCandidatesToRegistry(text, names, type, corpus.entities());
  } catch (err) {
    // Never rewrite a registry we cannot read: the user's entries would be lost.
    void vscode.window.showErrorMessage(`Marginalia: ${where} could not be read, so nothing was added (fix it first; the Problems view says where): ${(err as Error).message}`);
    return undefined;
  }
  if (result.added.length === 0) {
    void vscode.window.showInformationMessage(`Marginalia: nothing to add; ${result.skipped.map((s) => `‘${s.name}’ is ${s.reason}`).join(', ')}.`);
    return undefined;
  }
  const edit = new vscode.WorkspaceEdit();
  if (text === undefined) {
    edit.createFile(uri, { ignoreIfExists: true });
    edit.insert(uri, new vscode.Position(0, 0), result.text);
  } else replaceAll(edit, uri, text, result.text);
  if (!(await vscode.workspace.applyEdit(edit))) return undefined;
  await (await vscode.workspace.openTextDocument(uri)).save();
  // The corpus service re-reads the registry it watches; waiting lets callers see the names resolve.
  await corpus.whenReady();
  const count = result.added.length;
  const message = `Marginalia: added ${count} ${count === 1 ? 'name' : 'names'} to ${where} as ${plural(type)}. Add dates, aliases and notes there.`;
  void vscode.window.showInformationMessage(message, 'Open Registry').then((pick) => pick && vscode.window.showTextDocument(uri));
  return { registry: uri.toString(), added: result.added.map((e) => e.id) };
}

/** The registry at the root of the first folder if there is one, else the shallowest one found, else a new one at the root. */
function registryUri(corpus: CorpusService): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  const root = vscode.Uri.joinPath(folder.uri, 'entities.yaml');
  const found = corpus.registryUris().sort((a, b) => a.path.split('/').length - b.path.split('/').length);
  return found.find((u) => u.toString() === root.toString()) ?? found[0] ?? root;
}

async function pickNames(corpus: CorpusService): Promise<string[] | undefined> {
  const groups = groupCandidates(corpus.index.uris().map((u) => corpus.index.mentionsIn(u)));
  if (groups.length === 0) {
    void vscode.window.showInformationMessage('Marginalia: no candidate names in the texts of this folder; every name found is already in the registry.');
    return undefined;
  }
  // Nothing is ticked in advance: only names the historian chose enter the registry.
  const items = groups.map((g) => ({
    label: g.name,
    description: `${g.count} ${g.count === 1 ? 'mention' : 'mentions'}${g.texts > 1 ? ` in ${g.texts} texts` : ''}`,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Create Registry: tick the names to keep',
    placeHolder: 'Names found in your texts that the registry does not know yet, most frequent first',
    canPickMany: true,
    matchOnDescription: false,
  });
  return picked?.map((p) => p.label);
}

async function pickType(count: number): Promise<EntityType | undefined> {
  const items = ENTITY_TYPES.map((type) => ({ label: `as ${plural(type)}`, type }));
  const picked = await vscode.window.showQuickPick(items, { title: `Add the ${count} ticked ${count === 1 ? 'name' : 'names'}…`, placeHolder: 'You can change the type of each entry in entities.yaml later' });
  return picked?.type;
}
