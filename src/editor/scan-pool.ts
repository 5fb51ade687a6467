import type { ScanPool } from '../core/corpus/scan-pool';

/** Where the index build recognizes texts: worker threads (set by the Node entry point); the web host has none. */
let pool: ScanPool | undefined;

/** Set by the desktop (Node) entry point, before activation registers the corpus. */
export function useScanPool(p: ScanPool | undefined): void {
  pool = p;
}

export function scanPool(): ScanPool | undefined {
  return pool;
}
