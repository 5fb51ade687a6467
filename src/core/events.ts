/** A subscription that can be ended; vscode.Disposable has the same shape. */
export interface Disposable {
  dispose(): void;
}

/** Subscribes a listener; the same call shape as vscode.Event, so the editor can hand it on. */
export type Event<T> = (listener: (e: T) => void) => Disposable;

/** The smallest event emitter: core services announce changes without knowing who listens (or whether VS Code exists). */
export class Emitter<T> {
  private listeners: Array<(e: T) => void> = [];

  readonly event: Event<T> = (listener) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };

  fire(e: T): void {
    for (const listener of [...this.listeners]) listener(e);
  }

  dispose(): void {
    this.listeners = [];
  }
}
