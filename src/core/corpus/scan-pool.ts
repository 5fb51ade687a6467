/**
 * The seam between the editor's index build and where texts are recognized:
 * worker threads in the Node extension host (src/node/worker-scan-pool.ts),
 * nothing in the web worker host (the build then scans in chunks on its own
 * thread). The composition root chooses, as it chooses the FileStore.
 */
import type { Entity, Mention, Problem } from '../model';
import type { ScanOptions } from './scanner';

/** One registry file as parsed: its valid entities and its problems. */
export interface ParsedRegistry {
  file: string;
  entities: Entity[];
  problems: Problem[];
}

/** A text recognized (read from disk when it was given by path), or why it was not. */
export type ScanOutcome =
  | { uri: string; ok: true; text: string; mentions: Mention[]; cached: boolean }
  | {
      uri: string;
      ok: false;
      reason: 'missing' | 'not-file' | 'symlink' | 'too-big' | 'undecodable' | 'cancelled';
      size?: number;
      message?: string;
    };

/** One index build: the registries and settings are fixed for its life. */
export interface ScanSession {
  /** The registries, parsed off the editor's thread. */
  registries(): Promise<ParsedRegistry[]>;
  /**
   * Recognizes a text given by its local path (read there) or by its text (an open editor, a remote file). Jobs run in call
   * order, `first` ones before the rest.
   */
  scan(uri: string, source: { path: string } | { text: string }, first?: boolean): Promise<ScanOutcome>;
  /**
   * Ends the session: jobs not done settle as `cancelled`, the cache is trimmed to its bound. A newer session ends this one too.
   */
  close(): void;
}

export interface ScanPool {
  start(registries: Array<{ uri: string; text: string }>, options: ScanOptions, maxFileSize: number): ScanSession;
  dispose(): void;
}
