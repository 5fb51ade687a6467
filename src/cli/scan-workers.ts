/**
 * `marginalia scan --jobs N`: the texts are recognized by N threads, the main
 * thread and N - 1 workers, because one core cannot scan a 100 MB corpus
 * quickly. The workers start before the registry is read (loading the code
 * takes a while) and get only what recognition reads of each entity. Output
 * stays in file order, exactly as a single-threaded scan prints it: results
 * that arrive early wait for the files before them.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Entity } from '../core/model';
import type { LanguageSetting } from '../core/text/language';
import { NameMatcher, recognize } from '../core/recognize/index';
import { readText } from './load-texts';
import { jsonLine } from './json-line';

interface Job {
  i: number;
  file: string;
}
interface Done {
  i: number;
  out: string;
  problems: Array<{ line: number; column: number; message: string }>;
}
interface Setup {
  entities: Entity[];
  dayFirst: boolean;
  lang?: LanguageSetting;
}
type ToWorker = { setup: Setup } | { job: Job };
const WORKER_MARK = { marginaliaScanWorker: true };

export interface ScanOptions {
  dayFirst: boolean;
  lang?: LanguageSetting;
}

/** Worker threads started ahead of the registry; `run` then scans with them and the main thread. */
export class ScanPool {
  private readonly workers: Worker[];
  /** A worker that failed before the run (its code did not load): the run reports it. */
  private failure: unknown;

  /** Starts `jobs - 1` workers (none for one job or a handful of files). */
  constructor(jobs: number, files: number) {
    // An eval worker has no require.main, so the CLI's own entry point does not run again inside it.
    this.workers = Array.from(
      { length: Math.max(0, Math.min(jobs, files) - 1) },
      () => new Worker(`require(${JSON.stringify(__filename)})`, { eval: true, workerData: WORKER_MARK }),
    );
    for (const w of this.workers)
      w.on('error', (e) => {
        this.failure ??= e;
      });
  }

  /** Scans `files`, passing each file's jsonl to `emit` in file order; unreadable files go to `fail` (1-based line/col). */
  async run(
    files: readonly string[],
    entities: Entity[],
    options: ScanOptions,
    emit: (chunk: string) => Promise<void>,
    fail: (file: string, line: number, col: number, message: string) => void,
  ): Promise<void> {
    const setup: Setup = { entities: entities.map(recognitionFields), dayFirst: options.dayFirst, lang: options.lang };
    for (const w of this.workers) w.postMessage({ setup } satisfies ToWorker);
    const names = new NameMatcher(entities);
    const ready = new Map<number, Done>();
    let next = 0;
    let written = 0;
    let flushing = Promise.resolve();
    try {
      await new Promise<void>((resolve, reject) => {
        if (this.failure) {
          reject(this.failure);
          return;
        }
        if (files.length === 0) {
          resolve();
          return;
        }
        const finish = (done: Done): void => {
          ready.set(done.i, done);
          // Write whatever is now contiguous, one write at a time, in order.
          flushing = flushing
            .then(async () => {
              for (let d = ready.get(written); d; d = ready.get(written)) {
                ready.delete(written);
                for (const p of d.problems) fail(files[d.i], p.line + 1, p.column + 1, p.message);
                if (d.out) await emit(d.out);
                written++;
              }
              if (written === files.length) resolve();
            })
            .catch(reject);
        };
        const give = (w: Worker): void => {
          if (next < files.length) w.postMessage({ job: { i: next, file: files[next++] } } satisfies ToWorker);
        };
        for (const w of this.workers) {
          w.on('error', reject);
          w.on('message', (done: Done) => {
            finish(done);
            give(w);
          });
          // Two files in hand: a worker never waits for the main thread to finish its own file before it gets the next.
          give(w);
          give(w);
        }
        // The main thread takes a file whenever it is free, yielding between files so that workers get their next one.
        const own = (): void => {
          if (next >= files.length) return;
          const i = next++;
          try {
            finish(scanFile(i, files[i], names, setup));
          } catch (e) {
            reject(e);
            return;
          }
          setImmediate(own);
        };
        setImmediate(own);
      });
    } finally {
      await this.close();
    }
  }

  /** Stops the workers (after a run, or when the scan ends before one). */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * An entity without what no recognizer reads (its note, links and source): copying 39k notes and sources to every
 * worker costs time. Everything else goes, so that a recognizer may read a new field (as namesakes read `gender`).
 */
function recognitionFields(e: Entity): Entity {
  const slim: Entity = { ...e };
  delete slim.note;
  delete slim.links;
  delete slim.source;
  return slim;
}

function scanFile(i: number, file: string, names: NameMatcher, setup: Setup): Done {
  const problems: Done['problems'] = [];
  const text = readText(file, (p) => problems.push({ line: p.line, column: p.column, message: p.message }));
  let out = '';
  if (text !== undefined)
    for (const m of recognize(text, names, { dayFirst: setup.dayFirst, lang: setup.lang })) out += jsonLine(file, m);
  return { i, out, problems };
}

function runWorker(): void {
  let names: NameMatcher | undefined;
  let setup: Setup | undefined;
  parentPort?.on('message', (message: ToWorker) => {
    if ('setup' in message) {
      setup = message.setup;
      names = new NameMatcher(setup.entities);
      return;
    }
    parentPort?.postMessage(scanFile(message.job.i, message.job.file, names as NameMatcher, setup as Setup) satisfies Done);
  });
}

if (!isMainThread && (workerData as typeof WORKER_MARK | undefined)?.marginaliaScanWorker) runWorker();
