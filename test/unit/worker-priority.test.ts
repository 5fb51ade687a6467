import * as assert from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { WorkerScanPool } from '../../src/node/worker-scan-pool';
import { WORKER_NICENESS } from '../../src/node/thread-priority';

const WORKER = join(__dirname, '..', '..', '..', 'dist', 'index-worker.js');

/** The niceness of each thread of this process, by thread id (Linux: field 19 of /proc/self/task/TID/stat). */
function niceness(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    out.set(Number(tid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
  }
  return out;
}

describe("the editor's index workers yield the CPU to the editor", () => {
  it('run their threads at a lower priority than the thread that started them (Linux)', async function () {
    if (process.platform !== 'linux' || !existsSync('/proc/thread-self') || !existsSync(WORKER)) this.skip();
    const before = niceness();
    const pool = new WorkerScanPool(WORKER, undefined, 2);
    try {
      const outcome = await pool.start([], {}, 1e6).scan('file:///a.txt', { text: 'Kirov was shot on 1 December 1934.' });
      assert.ok(outcome.ok);
      const after = niceness();
      const lowered = [...after].filter(
        ([tid, n]) => !before.has(tid) && n === Math.min(19, WORKER_NICENESS + (before.get(process.pid) ?? 0)),
      );
      assert.ok(lowered.length >= 1, `threads: ${JSON.stringify([...after])}`);
      // This thread (the editor's) keeps its priority.
      assert.strictEqual(after.get(process.pid), before.get(process.pid));
    } finally {
      pool.dispose();
    }
  });
});
