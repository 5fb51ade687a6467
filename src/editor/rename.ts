import * as vscode from 'vscode';
import { findFiles } from './find-files';
import { ENTITY_ID } from '../core/registry/edit-registry';
import { renameEntityInRegistry, renameEntityInSidecar } from '../core/registry/rename-entity';
import type { CorpusView } from './services';
import { entityIdAt } from './navigation';
import { mentionRange, readText, replaceAll, textSelector } from './utils';

/** F2 on a registry name or an entity's `id:`: renames the id in the registry and in every sidecar's `entity:`. */
export function registerRename(context: vscode.ExtensionContext, corpus: CorpusView): void {
  const selector: vscode.DocumentSelector = [...(textSelector() as vscode.DocumentFilter[]), { pattern: '**/entities.yaml' }];
  context.subscriptions.push(
    vscode.languages.registerRenameProvider(selector, {
      prepareRename(doc, position) {
        const id = entityIdAt(corpus, doc, position);
        if (!id) throw new Error('Put the cursor on a registry name or an entity id to rename the entity.');
        if (!corpus.isRegistry(doc.uri)) {
          const mention = corpus.mentionAt(doc.uri.toString(), doc.offsetAt(position))!;
          return { range: mentionRange(doc, mention), placeholder: id };
        }
        const line = corpus.entity(id)?.source?.line ?? position.line;
        const at = doc.lineAt(line).text.indexOf(id);
        return { range: new vscode.Range(line, Math.max(0, at), line, Math.max(0, at) + id.length), placeholder: id };
      },
      async provideRenameEdits(doc, position, newId) {
        const oldId = entityIdAt(corpus, doc, position);
        if (!oldId) return undefined;
        if (!ENTITY_ID.test(newId))
          throw new Error(`'${newId}' is not a valid id: use lower-case letters, digits, '-', '_' or '.'.`);
        if (newId !== oldId && corpus.entity(newId)) throw new Error(`The registry already has an entity '${newId}'.`);
        return renameEdit(corpus, oldId, newId);
      },
    }),
  );
}

/** The edit that renames an entity id in its registry and in every annotation sidecar. */
export async function renameEdit(corpus: CorpusView, oldId: string, newId: string): Promise<vscode.WorkspaceEdit> {
  const edit = new vscode.WorkspaceEdit();
  const source = corpus.entity(oldId)?.source;
  if (source) {
    const uri = vscode.Uri.parse(source.file);
    const text = await readText(uri);
    if (text !== undefined) replaceAll(edit, uri, text, renameEntityInRegistry(text, oldId, newId));
  }
  for (const uri of await findFiles('**/*.annotations.yaml')) {
    const text = await readText(uri);
    if (text === undefined) continue;
    const renamed = renameEntityInSidecar(text, oldId, newId);
    if (renamed !== text) replaceAll(edit, uri, text, renamed);
  }
  return edit;
}
