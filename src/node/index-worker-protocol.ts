/** The messages between the editor's thread (worker-scan-pool.ts) and an index worker (index-worker.ts). */
import type { Entity, Mention, Problem } from '../core/model';
import type { ScanOptions } from '../core/corpus/scanner';
import type { ScanOutcome } from '../core/corpus/scan-pool';

export interface SessionSetup {
  registries: Array<{ uri: string; text: string }>;
  options: ScanOptions;
  maxFileSize: number;
  /** The warm-start cache's folder; none: no cache. */
  cacheDir?: string;
  cacheBytes?: number;
}

export type ToWorker =
  | { type: 'session'; session: number; setup: SessionSetup }
  | { type: 'scan'; session: number; job: number; uri: string; path?: string; text?: string }
  | { type: 'registries'; session: number }
  | { type: 'trim'; session: number };

export type FromWorker =
  /** Mentions of a job beyond the first part, sent before its outcome. */
  | { type: 'part'; session: number; job: number; mentions: Mention[] }
  | { type: 'outcome'; session: number; job: number; outcome: ScanOutcome }
  | { type: 'entities'; session: number; file: string; entities: Entity[]; problems: Problem[] }
  | { type: 'registries-done'; session: number };
