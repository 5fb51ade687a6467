import * as vscode from 'vscode';
import type { AnnotationsService, LiveAnnotation, SidecarState } from '../services';
import { baseName } from '../sidecar-store';
import { TreeViewBase } from './tree-view-base';
import { threadsOf } from '../../core/annotations/threads';
import { untrustedMarkdown } from '../../core/text/untrusted-markdown';

type Node =
  | { type: 'group'; label: string; group: 'file' | 'corpus' | 'orphans' }
  | { type: 'text'; state: SidecarState }
  // `uri` and `id` make a node a valid argument of the annotation commands (view/item/context menus).
  | {
      type: 'annotation';
      a: LiveAnnotation;
      text: vscode.Uri;
      group: 'file' | 'corpus' | 'orphans';
      uri: string;
      id: string;
      /** The replies shown under it (threads.ts); none in Orphans, where each is listed to be re-attached. */
      replies: LiveAnnotation[];
      state: SidecarState;
      /** Shown under the annotation it answers. */
      reply: boolean;
    };

const ICONS: Record<string, string> = {
  note: 'note',
  person: 'person',
  date: 'calendar',
  quote: 'quote',
  confession: 'megaphone',
  place: 'location',
  organisation: 'organization',
  event: 'history',
  work: 'book',
};

/** The Annotations view: this text's annotations, the corpus's by text, and orphans apart. */
export class AnnotationsView extends TreeViewBase<Node> {
  constructor(private readonly service: AnnotationsService) {
    super();
  }

  getChildren(node?: Node): Node[] {
    const states = this.service.all().sort((a, b) => a.text.path.localeCompare(b.text.path));
    if (!node) {
      const groups: Node[] = [];
      if (this.activeState()) groups.push({ type: 'group', label: 'This Text', group: 'file' });
      groups.push({ type: 'group', label: 'Corpus', group: 'corpus' });
      if (states.some((s) => s.annotations.some((a) => !a.current)))
        groups.push({ type: 'group', label: 'Orphans', group: 'orphans' });
      return groups;
    }
    if (node.type === 'group' && node.group === 'file') {
      const state = this.activeState();
      return state ? this.threads(state, 'file') : [];
    }
    if (node.type === 'group' && node.group === 'corpus') return states.map((state) => ({ type: 'text', state }));
    if (node.type === 'group')
      return states.flatMap((s) => s.annotations.filter((a) => !a.current).map((a) => this.node(s, a, 'orphans')));
    if (node.type === 'text') return this.threads(node.state, 'corpus');
    return node.replies.map((a) => ({ ...this.node(node.state, a, node.group), reply: true }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      // Stable ids keep what the user expanded when "This Text" comes and goes.
      item.id = `group:${node.group}`;
      if (node.group === 'file') item.description = baseName(this.activeState()?.text ?? vscode.Uri.file(''));
      if (node.group === 'corpus') item.collapsibleState = vscode.TreeItemCollapsibleState.Collapsed;
      if (node.group === 'orphans') item.iconPath = new vscode.ThemeIcon('warning');
      return item;
    }
    if (node.type === 'text') {
      const item = new vscode.TreeItem(baseName(node.state.text), vscode.TreeItemCollapsibleState.Collapsed);
      item.resourceUri = node.state.text;
      item.id = `text:${node.state.text.toString()}`;
      item.description = `${node.state.annotations.filter((a) => a.current).length}`;
      return item;
    }
    const { a } = node;
    const quote = a.annotation.target.exact.replace(/\s+/g, ' ');
    const { reply } = node;
    const item = new vscode.TreeItem(
      reply
        ? `↳ ${a.annotation.author ?? 'reply'}`
        : `${node.group === 'orphans' ? baseName(node.text) + ': ' : ''}${quote.length > 50 ? quote.slice(0, 49) + '…' : quote}`,
      node.replies.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
    );
    item.id = `${a.sidecar.toString()}#${a.annotation.id}#${node.group}`;
    const replies = node.replies.length === 1 ? '1 reply' : node.replies.length > 1 ? `${node.replies.length} replies` : '';
    item.description = [reply ? undefined : a.annotation.kind, a.annotation.entity, a.annotation.note?.split('\n')[0], replies]
      .filter(Boolean)
      .join(' · ');
    // Notes are written by anyone with the corpus: untrusted Markdown.
    item.tooltip = new vscode.MarkdownString(
      untrustedMarkdown(`**${a.annotation.kind}** \`${a.annotation.id}\`\n\n${a.annotation.note ?? ''}`),
    );
    item.tooltip.isTrusted = false;
    item.tooltip.supportHtml = false;
    item.iconPath = new vscode.ThemeIcon(a.current ? (ICONS[a.annotation.kind] ?? 'comment') : 'warning');
    item.contextValue = a.current ? 'annotation' : 'orphan';
    item.command = a.current
      ? {
          command: 'marginalia.revealAnnotation',
          title: 'Reveal Passage',
          arguments: [{ uri: node.text.toString(), start: a.start, end: a.end }],
        }
      : {
          command: 'marginalia.openSidecar',
          title: 'Open Sidecar',
          arguments: [{ uri: a.sidecar.toString(), id: a.annotation.id }],
        };
    return item;
  }

  private activeState(): SidecarState | undefined {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const state = uri && this.service.stateOf(uri);
    return state && state.text.toString() === uri.toString() ? state : undefined;
  }

  /** The text's annotations that have a passage, each with its replies under it. */
  private threads(state: SidecarState, group: 'file' | 'corpus'): Node[] {
    return threadsOf(state.annotations.filter((a) => a.current)).map((t) => this.node(state, t.root, group, t.replies));
  }

  private node(
    state: SidecarState,
    a: LiveAnnotation,
    group: 'file' | 'corpus' | 'orphans',
    replies: LiveAnnotation[] = [],
  ): Node {
    return {
      type: 'annotation',
      a,
      text: state.text,
      group,
      uri: a.sidecar.toString(),
      id: a.annotation.id,
      replies,
      state,
      reply: false,
    };
  }
}

/** Registers the view and the command its items run to reveal a passage. */
export function registerAnnotationsView(context: vscode.ExtensionContext, service: AnnotationsService): AnnotationsView {
  const view = new AnnotationsView(service);
  context.subscriptions.push(
    view,
    vscode.window.createTreeView('marginalia.annotations', { treeDataProvider: view, showCollapseAll: true }),
    service.onDidChange(() => view.refresh()),
    vscode.window.onDidChangeActiveTextEditor(() => view.refresh()),
    vscode.commands.registerCommand('marginalia.refreshAnnotations', () => view.refresh()),
    vscode.commands.registerCommand('marginalia.revealAnnotation', async (args: { uri: string; start: number; end: number }) => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
      const range = new vscode.Range(doc.positionAt(args.start), doc.positionAt(args.end));
      await vscode.window.showTextDocument(doc, { selection: range, preserveFocus: false });
    }),
  );
  return view;
}
