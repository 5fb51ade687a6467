/**
 * `marginalia scan --jobs N`: the texts are recognized in N worker threads
 * (each with its own NameMatcher), because one core cannot scan a 100 MB
 * corpus quickly. Output stays in file order, exactly as a single-threaded
 * scan prints it: results that arrive early wait for the files before them.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Entity } from '../core/model';
import type { LanguageSetting } from '../core/text/language';
import { NameMatcher, recognize } from '../core/recognize/index';
import { readText } from './load-texts';
import { jsonLine } from './json-line';

interface Job { i: number; file: string }
interface Done { i: number; out: string; problems: Array<{ line: number; column: number; message: string }> }
interface Setup { marginaliaScanWorker: true; entities: Entity[]; dayFirst: boolean; lang?: LanguageSetting }

/** Scans `files` in `jobs` workers, passing each file's jsonl to `emit` in file order; unreadable files go to `fail` (1-based line/col). */
export async function scanInWorkers(
  files: readonly string[], entities: Entity[], options: { dayFirst: boolean; lang?: LanguageSetting }, jobs: number,
  emit: (chunk: string) => Promise<void>, fail: (file: string, line: number, col: number, message: string) => void,
): Promise<void> {
  const setup: Setup = { marginaliaScanWorker: true, entities, dayFirst: options.dayFirst, lang: options.lang };
  // An eval worker has no require.main, so the CLI's own entry point does not run again inside it.
  const workers = Array.from({ length: Math.max(1, Math.min(jobs, files.length)) },
    () => new Worker(`require(${JSON.stringify(__filename)})`, { eval: true, workerData: setup }));
  const ready = new Map<number, Done>();
  let next = 0;
  let written = 0;
  let flushing = Promise.resolve();
  try {
    await new Promise<void>((resolve, reject) => {
      if (files.length === 0) resolve();
      const give = (w: Worker): void => {
        if (next < files.length) w.postMessage({ i: next, file: files[next++] } satisfies Job);
      };
      for (const w of workers) {
        w.on('error', reject);
        w.on('message', (done: Done) => {
          ready.set(done.i, done);
          give(w);
          // Write whatever is now contiguous, one write at a time, in order.
          flushing = flushing.then(async () => {
            for (let d = ready.get(written); d; d = ready.get(written)) {
              ready.delete(written);
              for (const p of d.problems) fail(files[d.i], p.line + 1, p.column + 1, p.message);
              if (d.out) await emit(d.out);
              written++;
            }
            if (written === files.length) resolve();
          }).catch(reject);
        });
        give(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function runWorker(setup: Setup): void {
  const names = new NameMatcher(setup.entities);
  parentPort?.on('message', ({ i, file }: Job) => {
    const problems: Done['problems'] = [];
    const text = readText(file, (p) => problems.push({ line: p.line, column: p.column, message: p.message }));
    let out = '';
    if (text !== undefined) for (const m of recognize(text, names, { dayFirst: setup.dayFirst, lang: setup.lang })) out += jsonLine(file, m);
    parentPort?.postMessage({ i, out, problems } satisfies Done);
  });
}

if (!isMainThread && (workerData as Setup | undefined)?.marginaliaScanWorker) runWorker(workerData as Setup);
