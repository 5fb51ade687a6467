import * as vscode from 'vscode';
import { ENTITY_TYPES, type EntityType } from '../core/model';
import { type CandidateChoice, applyCandidateChoices, describeCandidates } from '../core/registry/candidate-choices';
import type { CorpusView } from './services';
import { readText, replaceAll } from './utils';

/**
 * Arguments that skip the quick pick (tests, other commands): `names` all of one `type` (default person),
 * and/or `choices`, each name with its own type or as another name (`aliasOf`) of an existing entity.
 */
export interface CreateRegistryArgs {
  names?: string[];
  type?: EntityType;
  choices?: CandidateChoice[];
}

/** What the command did: the registry written and the ids added (undefined: nothing was written). */
export interface CreateRegistryResult {
  registry: string;
  added: string[];
  /** Names added as other names of existing entities. */
  aliased: Array<{ name: string; id: string }>;
}

const plural = (type: EntityType) => (type === 'person' ? 'persons' : `${type}s`);

/** `marginalia.createRegistry`: turns the candidate names of the corpus the user ticks into registry entities. */
export function registerCreateRegistry(context: vscode.ExtensionContext, corpus: CorpusView): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('marginalia.createRegistry', (args?: CreateRegistryArgs) => createRegistry(corpus, args)),
  );
}

async function createRegistry(corpus: CorpusView, args?: CreateRegistryArgs): Promise<CreateRegistryResult | undefined> {
  const uri = registryUri(corpus);
  if (!uri) {
    void vscode.window.showErrorMessage(
      'Marginalia: open the folder of your texts first; the registry (entities.yaml) is written into it.',
    );
    return undefined;
  }
  await corpus.whenReady();
  const choices = args
    ? [...(args.names ?? []).map((name) => ({ name, type: args.type ?? ('person' as EntityType) })), ...(args.choices ?? [])]
    : await pickChoices(corpus);
  if (!choices?.length) return undefined;
  const where = vscode.workspace.asRelativePath(uri);
  // An alias goes into the registry file that defines its entity; everything else into this one.
  const elsewhere = choices.filter(
    (c): c is Extract<CandidateChoice, { aliasOf: string }> => 'aliasOf' in c && definedIn(corpus, c.aliasOf, uri) !== undefined,
  );
  const here = choices.filter((c) => !elsewhere.includes(c as never));
  const text = await readText(uri);
  let result: ReturnType<typeof applyCandidateChoices>;
  try {
    result = applyCandidateChoices(text, here, corpus.entities());
  } catch (err) {
    // Never rewrite a registry we cannot read: the user's entries would be lost.
    void vscode.window.showErrorMessage(
      `Marginalia: ${where} could not be read, so nothing was added (fix it first; the Problems view says where): ` +
        `${(err as Error).message}`,
    );
    return undefined;
  }
  const aliased = [...result.aliased];
  for (const c of elsewhere)
    if (await addAliasIn(definedIn(corpus, c.aliasOf, uri)!, c, corpus)) aliased.push({ name: c.name, id: c.aliasOf });
  if (result.added.length === 0 && aliased.length === 0) {
    void vscode.window.showInformationMessage(
      `Marginalia: nothing to add; ${result.skipped.map((s) => `‘${s.name}’ is ${s.reason}`).join(', ')}.`,
    );
    return undefined;
  }
  if (result.added.length || result.aliased.length) {
    const edit = new vscode.WorkspaceEdit();
    if (text === undefined) {
      edit.createFile(uri, { ignoreIfExists: true });
      edit.insert(uri, new vscode.Position(0, 0), result.text);
    } else replaceAll(edit, uri, text, result.text);
    if (!(await vscode.workspace.applyEdit(edit))) return undefined;
    await (await vscode.workspace.openTextDocument(uri)).save();
  }
  // The corpus service re-reads the registry it watches; waiting lets callers see the names resolve.
  await corpus.whenReady();
  const message = `Marginalia: added ${summary(result.added, aliased)} to ${where}. Add dates, aliases and notes there.`;
  void vscode.window.showInformationMessage(message, 'Open Registry').then((pick) => pick && vscode.window.showTextDocument(uri));
  return { registry: uri.toString(), added: result.added.map((e) => e.id), aliased };
}

/** The registry at the root of the first folder if there is one, else the shallowest one found, else a new one at the root. */
function registryUri(corpus: CorpusView): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  const root = vscode.Uri.joinPath(folder.uri, 'entities.yaml');
  const found = corpus.registryUris().sort((a, b) => a.path.split('/').length - b.path.split('/').length);
  return found.find((u) => u.toString() === root.toString()) ?? found[0] ?? root;
}

/** "3 persons, 1 place and 2 other names" */
function summary(added: Array<{ type: EntityType }>, aliased: unknown[]): string {
  const parts = ENTITY_TYPES.flatMap((type) => {
    const n = added.filter((e) => e.type === type).length;
    return n ? [`${n} ${n === 1 ? type : plural(type)}`] : [];
  });
  if (aliased.length) parts.push(`${aliased.length} other ${aliased.length === 1 ? 'name' : 'names'} of known entities`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
}

/** The registry file that defines an entity, when it is not `uri`. */
function definedIn(corpus: CorpusView, id: string, uri: vscode.Uri): vscode.Uri | undefined {
  const file = corpus.entity(id)?.source?.file;
  return file && file !== uri.toString() ? vscode.Uri.parse(file) : undefined;
}

async function addAliasIn(file: vscode.Uri, choice: { name: string; aliasOf: string }, corpus: CorpusView): Promise<boolean> {
  const text = await readText(file);
  if (text === undefined) return false;
  let next: string;
  try {
    next = applyCandidateChoices(text, [choice], corpus.entities()).text;
  } catch (err) {
    void vscode.window.showErrorMessage(
      `Marginalia: ‘${choice.name}’ was not added to ${vscode.workspace.asRelativePath(file)}: ${(err as Error).message}`,
    );
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  replaceAll(edit, file, text, next);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  return (await vscode.workspace.openTextDocument(file)).save();
}

const ICONS: Record<EntityType, string> = {
  person: 'person',
  place: 'location',
  organisation: 'organization',
  event: 'calendar',
  work: 'book',
};
type Item = vscode.QuickPickItem & { name: string; choice: CandidateChoice; guess: EntityType; count: string };
const ALIAS_BUTTON = { iconPath: new vscode.ThemeIcon('link'), tooltip: 'Another name of an existing entity…' };
const typeButton = (type: EntityType) => ({ iconPath: new vscode.ThemeIcon(ICONS[type]), tooltip: `A ${type}`, type });

/**
 * One list of every candidate name: its type (guessed; the buttons on the row change it, or make it
 * another name of an entity the registry has), how often it occurs, and a line of its context.
 * Ticked names are written when the user presses Enter.
 */
async function pickChoices(corpus: CorpusView): Promise<CandidateChoice[] | undefined> {
  const texts = corpus.uris().map((u) => ({ text: corpus.textOf(u) ?? '', mentions: corpus.mentionsIn(u) }));
  const candidates = describeCandidates(texts);
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(
      'Marginalia: no candidate names in the texts of this folder; every name found is already in the registry.',
    );
    return undefined;
  }
  const entities = corpus.entities();
  const label = (item: Item): Item => {
    const c = item.choice;
    const as =
      'aliasOf' in c
        ? `another name of ${entities.find((e) => e.id === c.aliasOf)?.name ?? c.aliasOf}`
        : `${c.type}${c.type === item.guess ? ' (guessed)' : ''}`;
    return { ...item, label: `$(${'aliasOf' in c ? 'link' : ICONS[c.type]}) ${item.name}`, description: `${as} · ${item.count}` };
  };
  const buttons = [...ENTITY_TYPES.map(typeButton), ...(entities.length ? [ALIAS_BUTTON] : [])];
  // Nothing is ticked in advance: only names the historian chose enter the registry.
  let items: Item[] = candidates.map((c) =>
    label({
      label: '',
      name: c.name,
      guess: c.guess,
      choice: { name: c.name, type: c.guess },
      detail: c.context,
      buttons,
      count: `${c.count} ${c.count === 1 ? 'mention' : 'mentions'}${c.texts > 1 ? ` in ${c.texts} texts` : ''}`,
    }),
  );
  const qp = vscode.window.createQuickPick<Item>();
  qp.title = 'Create Registry: tick the names to keep; the buttons on a row change its type';
  qp.placeholder = 'Names found in your texts that the registry does not know yet, most frequent first';
  qp.canSelectMany = true;
  qp.matchOnDetail = true;
  qp.items = items;
  let asking = false;
  const replace = (old: Item, next: Item) => {
    const ticked = new Set(qp.selectedItems.map((i) => i.name));
    ticked.add(old.name); // Choosing a type for a name means keeping it.
    items = items.map((i) => (i === old ? next : i));
    qp.items = items;
    qp.selectedItems = items.filter((i) => ticked.has(i.name));
  };
  const done = await new Promise<boolean>((resolve) => {
    qp.onDidTriggerItemButton(async ({ item, button }) => {
      if ('type' in button)
        return replace(item, label({ ...item, choice: { name: item.name, type: button.type as EntityType } }));
      asking = true;
      const picked = await vscode.window.showQuickPick(
        entities.map((e) => ({
          label: e.name,
          description: `${e.type} · ${e.id}`,
          detail: e.aliases.join(', ') || undefined,
          e,
        })),
        { title: `‘${item.name}’ is another name of…`, matchOnDescription: true, matchOnDetail: true },
      );
      asking = false;
      qp.show();
      if (picked) replace(item, label({ ...item, choice: { name: item.name, aliasOf: picked.e.id } }));
    });
    qp.onDidAccept(() => resolve(true));
    qp.onDidHide(() => !asking && resolve(false));
    qp.show();
  });
  const chosen = done ? qp.selectedItems.map((i) => i.choice) : undefined;
  qp.dispose();
  return chosen;
}
