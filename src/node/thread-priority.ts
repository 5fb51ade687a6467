import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** How much nicer than the editor's threads the editor's index workers are (Unix niceness, 19 at most). */
export const WORKER_NICENESS = 10;

/**
 * Lowers the priority of the calling thread only (a worker thread), so that the editor's own threads, VS Code's
 * window and the other extensions win the CPU whenever they want it, and the workers use what is left: on a 2-core
 * machine two busy workers otherwise starve them (a hover waited 0.7 s to be asked). Linux: a thread's id, read from
 * /proc/thread-self, is a pid to setpriority. Elsewhere, or where not allowed, the thread keeps its priority.
 */
export function lowerThisThreadsPriority(niceness = WORKER_NICENESS): boolean {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, Math.min(19, getPriority(tid) + niceness));
    return true;
  } catch {
    return false;
  }
}
