import * as vscode from 'vscode';
import type { Located } from '../../core/corpus/corpus-index';
import { MONTHS } from '../../core/corpus/calendar';
import { readEdtf } from '../../core/corpus/date-reading';
import type { CorpusService } from '../corpus-service';
import { locationOf } from '../navigation';
import { open, refreshOnChange } from './entities-view';

type Node =
  | { kind: 'year'; year: string; dates: Located[] }
  | { kind: 'month'; year: string; month: number; dates: Located[] }
  | { kind: 'date'; located: Located };

/** Year and month (0 when the date gives none) of an EDTF value. */
function yearMonth(value: string): { year: string; month: number } {
  const m = /^(-?\d{4}|\d{2,3}X+)(?:-(\d{2}))?/.exec(value);
  const month = m?.[2] ? Number(m[2]) : 0;
  return { year: m?.[1] ?? value, month: month >= 1 && month <= 12 ? month : 0 };
}

function groupBy<K>(dates: Located[], key: (l: Located) => K): Map<K, Located[]> {
  const out = new Map<K, Located[]>();
  for (const l of dates) {
    const k = key(l);
    out.set(k, [...(out.get(k) ?? []), l]);
  }
  return out;
}

/** Every date in the corpus, chronologically, by year and month. */
export class TimelineView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly corpus: CorpusService) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      const years = groupBy(this.corpus.index.dates(), (l) => yearMonth(l.mention.value ?? '').year);
      return [...years].map(([year, dates]) => ({ kind: 'year', year, dates }));
    }
    if (node.kind === 'year') {
      // Dates known only to the year come first, then month by month.
      const months = groupBy(node.dates, (l) => yearMonth(l.mention.value ?? '').month);
      const out: Node[] = (months.get(0) ?? []).map((located) => ({ kind: 'date', located }));
      for (const [month, dates] of months) if (month) out.push({ kind: 'month', year: node.year, month, dates });
      return out;
    }
    if (node.kind === 'month') return node.dates.map((located) => ({ kind: 'date', located }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'year' || node.kind === 'month') {
      const label = node.kind === 'year' ? node.year : MONTHS[node.month - 1];
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.kind === 'year' ? `year:${node.year}` : `month:${node.year}-${node.month}`;
      item.description = String(node.dates.length);
      item.iconPath = new vscode.ThemeIcon('calendar');
      return item;
    }
    const { mention, uri } = node.located;
    const location = locationOf(this.corpus, node.located);
    const item = new vscode.TreeItem(mention.text.replace(/\s+/g, ' '), vscode.TreeItemCollapsibleState.None);
    item.description = `${readEdtf(mention.value ?? '')} · ${vscode.workspace.asRelativePath(vscode.Uri.parse(uri))}:${location.range.start.line + 1}`;
    item.tooltip = `${mention.value} (EDTF)`;
    item.command = open(location.uri, location.range, 'Reveal');
    return item;
  }
}

export function registerTimelineView(context: vscode.ExtensionContext, corpus: CorpusService): TimelineView {
  const view = new TimelineView(corpus);
  context.subscriptions.push(vscode.window.createTreeView('marginalia.timeline', { treeDataProvider: view, showCollapseAll: true }), refreshOnChange(corpus, () => view.refresh()));
  return view;
}
