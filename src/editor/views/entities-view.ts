import * as vscode from 'vscode';
import { ENTITY_TYPES, type Entity, type EntityType } from '../../core/model';
import type { Located } from '../../core/corpus/corpus-index';
import { mentionCount } from '../../core/corpus/describe';
import type { CorpusView } from '../services';
import { locationOf } from '../utils';
import { TreeViewBase } from './tree-view-base';
import { open, snippet } from './tree-view-utils';

type Node =
  | { kind: 'type'; type: EntityType; entities: Entity[] }
  | { kind: 'entity'; entity: Entity }
  | { kind: 'file'; entity: Entity; uri: string; mentions: Located[] }
  | { kind: 'mention'; located: Located };

const PLURAL: Record<EntityType, string> = {
  person: 'Persons',
  place: 'Places',
  organisation: 'Organisations',
  event: 'Events',
  work: 'Works',
};
const ICONS: Record<EntityType, string> = {
  person: 'person',
  place: 'location',
  organisation: 'organization',
  event: 'calendar',
  work: 'book',
};

/** The registry by type, each entity with its mentions by text (tree-view-sample pattern). */
export class EntitiesView extends TreeViewBase<Node> {
  constructor(private readonly corpus: CorpusView) {
    super();
  }

  getChildren(node?: Node): Node[] {
    const index = this.corpus;
    if (!node) {
      return ENTITY_TYPES.map((type) => ({
        kind: 'type' as const,
        type,
        entities: this.corpus.entities().filter((e) => e.type === type),
      })).filter((n) => n.entities.length);
    }
    if (node.kind === 'type') {
      const count = (e: Entity) => index.countOf(e.id).mentions;
      return [...node.entities]
        .sort((a, b) => count(b) - count(a) || a.name.localeCompare(b.name))
        .map((entity) => ({ kind: 'entity', entity }));
    }
    if (node.kind === 'entity') {
      const byUri = new Map<string, Located[]>();
      for (const l of index.mentionsOf(node.entity.id)) byUri.set(l.uri, [...(byUri.get(l.uri) ?? []), l]);
      return [...byUri].map(([uri, mentions]) => ({ kind: 'file', entity: node.entity, uri, mentions }));
    }
    if (node.kind === 'file') return node.mentions.map((located) => ({ kind: 'mention', located }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const None = vscode.TreeItemCollapsibleState.None;
    const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.kind) {
      case 'type': {
        const item = new vscode.TreeItem(PLURAL[node.type], vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.entities.length);
        item.iconPath = new vscode.ThemeIcon(ICONS[node.type]);
        return item;
      }
      case 'entity': {
        const count = this.corpus.countOf(node.entity.id);
        const item = new vscode.TreeItem(node.entity.name, count.mentions ? Collapsed : None);
        item.id = `entity:${node.entity.id}`;
        item.description = mentionCount(count);
        item.tooltip = `${node.entity.name} (${node.entity.id})`;
        item.iconPath = new vscode.ThemeIcon(ICONS[node.entity.type]);
        item.contextValue = 'marginalia.entity';
        const source = node.entity.source;
        if (source)
          item.command = open(
            vscode.Uri.parse(source.file),
            new vscode.Range(source.line, 0, source.line, 0),
            'Show in the registry',
          );
        return item;
      }
      case 'file': {
        const uri = vscode.Uri.parse(node.uri);
        const item = new vscode.TreeItem(uri, Collapsed);
        item.id = `entity:${node.entity.id}:${node.uri}`;
        item.description = `${vscode.workspace.asRelativePath(uri)} · ${node.mentions.length}`;
        return item;
      }
      case 'mention': {
        const location = locationOf(this.corpus, node.located);
        const text = this.corpus.textOf(node.located.uri) ?? '';
        const { start, end } = node.located.mention;
        const item = new vscode.TreeItem(snippet(text, start, end), None);
        item.description = `line ${location.range.start.line + 1}`;
        item.command = open(location.uri, location.range, 'Reveal');
        return item;
      }
    }
  }
}

export function registerEntitiesView(context: vscode.ExtensionContext, corpus: CorpusView): EntitiesView {
  const view = new EntitiesView(corpus);
  context.subscriptions.push(
    vscode.window.createTreeView('marginalia.entities', { treeDataProvider: view, showCollapseAll: true }),
    view,
    corpus.onDidChange(() => view.refresh()),
  );
  return view;
}
