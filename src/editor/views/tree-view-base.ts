import * as vscode from 'vscode';

/** A burst of changes (an index build, typing) refreshes a view once. */
const REFRESH_MS = 250;

/**
 * What every Marginalia tree view shares: a change event for VS Code, a refresh debounced over bursts of changes,
 * and disposal. A view says what its nodes are (`getChildren`) and how they look (`getTreeItem`).
 */
export abstract class TreeViewBase<Node> implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  readonly onDidChangeTreeData = this.changed.event;

  /** Refreshes the whole tree soon; calls meanwhile are folded into one. */
  refresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(undefined), REFRESH_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
  }

  abstract getChildren(node?: Node): Node[];
  abstract getTreeItem(node: Node): vscode.TreeItem;
}
