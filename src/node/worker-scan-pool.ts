/**
 * The index build's worker threads in the Node extension host: texts are read and recognized there, and their
 * mentions streamed back, so the extension host's own thread (shared with every other extension) only merges.
 * Workers live across builds (a build is a session) and are ended after a quiet minute to give their memory back.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Entity, Mention, Problem } from '../core/model';
import type { ScanOptions } from '../core/corpus/scanner';
import type { ParsedRegistry, ScanOutcome, ScanPool, ScanSession } from '../core/corpus/scan-pool';
import type { FromWorker, SessionSetup, ToWorker } from './index-worker-protocol';

/**
 * Jobs given to one worker before it answers: enough that it never waits for the next one (a text from the cache is a
 * few milliseconds of work and as many of messages), few enough that an open text put first waits behind few others.
 */
const IN_FLIGHT = 8;
const IDLE_MS = 60_000;

interface Job {
  id: number;
  uri: string;
  source: { path: string } | { text: string };
  parts: Mention[][];
  settle: (o: ScanOutcome) => void;
}

interface Slot {
  worker: Worker;
  busy: Job[];
}

export class WorkerScanPool implements ScanPool {
  private slots: Slot[] = [];
  private sessionId = 0;
  private setup?: SessionSetup;
  private queue: Job[] = [];
  private jobs = 0;
  private idle?: ReturnType<typeof setTimeout>;
  private registryWaiters?: {
    files: Map<string, { entities: Entity[]; problems: Problem[] }>;
    resolve: (f: ParsedRegistry[]) => void;
    reject: (e: unknown) => void;
  };

  /** `workerFile`: dist/index-worker.js; `cacheDir`: the warm-start cache's folder (none: no cache). */
  constructor(
    private readonly workerFile: string,
    private readonly cacheDir?: string,
    private readonly size = Math.max(1, Math.min(4, availableParallelism())),
  ) {}

  start(registries: Array<{ uri: string; text: string }>, options: ScanOptions, maxFileSize: number): ScanSession {
    this.cancelAll();
    const session = ++this.sessionId;
    this.registryWaiters?.reject(new Error('a newer index build started'));
    this.registryWaiters = undefined;
    this.setup = { registries, options, maxFileSize, cacheDir: this.cacheDir };
    for (const slot of this.slots) {
      this.send(slot, { type: 'session', session, setup: this.setup });
    }
    this.ensureWorkers();
    const live = () => session === this.sessionId;
    return {
      registries: () =>
        new Promise<ParsedRegistry[]>((resolve, reject) => {
          if (!live()) return reject(new Error('the index build was cancelled'));
          this.registryWaiters = { files: new Map(), resolve, reject };
          this.send(this.slots[0], { type: 'registries', session });
        }),
      scan: (uri, source, first) =>
        new Promise<ScanOutcome>((settle) => {
          if (!live()) return settle({ uri, ok: false, reason: 'cancelled' });
          const job = { id: ++this.jobs, uri, source, parts: [], settle };
          if (first) this.queue.unshift(job);
          else this.queue.push(job);
          this.pump();
        }),
      close: () => {
        if (!live()) return;
        this.cancelAll();
        this.send(this.slots[0], { type: 'trim', session });
        this.armIdle();
      },
    };
  }

  dispose(): void {
    this.cancelAll();
    clearTimeout(this.idle);
    for (const slot of this.slots) void slot.worker.terminate();
    this.slots = [];
  }

  /** Settles every job not done as cancelled (a worker still busy with one finishes it; its answer is then ignored). */
  private cancelAll(): void {
    const jobs = [...this.queue, ...this.slots.flatMap((s) => s.busy)];
    this.queue = [];
    for (const slot of this.slots) slot.busy = [];
    for (const job of jobs) job.settle({ uri: job.uri, ok: false, reason: 'cancelled' });
  }

  private ensureWorkers(): void {
    clearTimeout(this.idle);
    while (this.slots.length < this.size) {
      const slot: Slot = { worker: new Worker(this.workerFile), busy: [] };
      slot.worker.on('message', (m: FromWorker) => this.onMessage(slot, m));
      slot.worker.on('error', (e) => this.onCrash(slot, e));
      this.slots.push(slot);
      if (this.setup) this.send(slot, { type: 'session', session: this.sessionId, setup: this.setup });
    }
  }

  private send(slot: Slot, m: ToWorker): void {
    slot.worker.postMessage(m);
  }

  /**
   * Gives queued jobs to the least busy workers, in call order (the editor puts the open texts first). The worker
   * reading the registries for the editor is full until it is done, unless it is the only one: a text put first would
   * wait behind the 39,000 entities otherwise.
   */
  private pump(): void {
    this.ensureWorkers();
    const load = (s: Slot) =>
      s.busy.length + (this.registryWaiters && s === this.slots[0] && this.slots.length > 1 ? IN_FLIGHT : 0);
    for (;;) {
      const slot = this.slots.reduce((a, b) => (load(b) < load(a) ? b : a));
      if (load(slot) >= IN_FLIGHT || this.queue.length === 0) return;
      const job = this.queue.shift()!;
      slot.busy.push(job);
      const path = 'path' in job.source ? job.source.path : undefined;
      const text = 'text' in job.source ? job.source.text : undefined;
      this.send(slot, { type: 'scan', session: this.sessionId, job: job.id, uri: job.uri, path, text });
    }
  }

  private onMessage(slot: Slot, m: FromWorker): void {
    if (m.session !== this.sessionId) return;
    if (m.type === 'entities') {
      const files = this.registryWaiters?.files;
      const file = files?.get(m.file) ?? { entities: [], problems: [] };
      file.entities.push(...m.entities);
      file.problems.push(...m.problems);
      files?.set(m.file, file);
    } else if (m.type === 'registries-done') {
      const w = this.registryWaiters;
      this.registryWaiters = undefined;
      w?.resolve([...w.files].map(([file, f]) => ({ file, ...f })));
      this.pump();
    } else {
      const job = slot.busy.find((j) => j.id === m.job);
      if (!job) return;
      if (m.type === 'part') {
        job.parts.push(m.mentions);
        return;
      }
      slot.busy.splice(slot.busy.indexOf(job), 1);
      const o = m.outcome;
      if (o.ok) {
        if ('text' in job.source) o.text = job.source.text;
        if (job.parts.length) o.mentions = o.mentions.concat(...job.parts);
      }
      job.settle(o);
      this.pump();
      if (this.idleNow()) this.armIdle();
    }
  }

  /** A worker that died (out of memory, a bug): its jobs are failed, not lost, and a new worker takes its place. */
  private onCrash(slot: Slot, e: unknown): void {
    this.slots = this.slots.filter((s) => s !== slot);
    for (const job of slot.busy)
      job.settle({ uri: job.uri, ok: false, reason: 'undecodable', message: `the index worker failed: ${String(e)}` });
    this.registryWaiters?.reject(e);
    this.registryWaiters = undefined;
    if (this.queue.length) this.pump();
  }

  /** No job queued or running, and no registries being read. */
  private idleNow(): boolean {
    return this.queue.length === 0 && this.slots.every((s) => s.busy.length === 0) && !this.registryWaiters;
  }

  private armIdle(): void {
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (!this.idleNow()) return;
      for (const slot of this.slots) void slot.worker.terminate();
      this.slots = [];
    }, IDLE_MS);
    this.idle.unref?.();
  }
}
