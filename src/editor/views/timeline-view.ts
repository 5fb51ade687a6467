import * as vscode from 'vscode';
import type { Located } from '../../core/corpus/corpus-index';
import { MONTHS } from '../../core/corpus/calendar';
import { timelineOf, type TimelineYear } from '../../core/corpus/timeline';
import { readEdtf } from '../../core/corpus/date-reading';
import type { CorpusView } from '../services';
import { locationOf } from '../utils';
import { TreeViewBase } from './tree-view-base';
import { open } from './tree-view-utils';

type Node =
  | { kind: 'year'; year: TimelineYear }
  | { kind: 'month'; year: string; month: number; dates: Located[] }
  | { kind: 'date'; located: Located };

/** Every date in the corpus, chronologically, by year and month. */
export class TimelineView extends TreeViewBase<Node> {
  constructor(private readonly corpus: CorpusView) {
    super();
  }

  getChildren(node?: Node): Node[] {
    if (!node) return timelineOf(this.corpus.dates()).map((year) => ({ kind: 'year', year }));
    if (node.kind === 'year') {
      const { year, yearOnly, months } = node.year;
      return [
        ...yearOnly.map((located) => ({ kind: 'date' as const, located })),
        ...months.map(({ month, dates }) => ({ kind: 'month' as const, year, month, dates })),
      ];
    }
    if (node.kind === 'month') return node.dates.map((located) => ({ kind: 'date', located }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'year' || node.kind === 'month') {
      const label = node.kind === 'year' ? node.year.year : MONTHS[node.month - 1];
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.kind === 'year' ? `year:${node.year.year}` : `month:${node.year}-${node.month}`;
      item.description = String(node.kind === 'year' ? node.year.count : node.dates.length);
      item.iconPath = new vscode.ThemeIcon('calendar');
      return item;
    }
    const { mention, uri } = node.located;
    const location = locationOf(this.corpus, node.located);
    const item = new vscode.TreeItem(mention.text.replace(/\s+/g, ' '), vscode.TreeItemCollapsibleState.None);
    item.description =
      `${readEdtf(mention.value ?? '')} · ` +
      `${vscode.workspace.asRelativePath(vscode.Uri.parse(uri))}:${location.range.start.line + 1}`;
    item.tooltip = `${mention.value} (EDTF)`;
    item.command = open(location.uri, location.range, 'Reveal');
    return item;
  }
}

export function registerTimelineView(context: vscode.ExtensionContext, corpus: CorpusView): TimelineView {
  const view = new TimelineView(corpus);
  context.subscriptions.push(
    vscode.window.createTreeView('marginalia.timeline', { treeDataProvider: view, showCollapseAll: true }),
    view,
    corpus.onDidChange(() => view.refresh()),
  );
  return view;
}
