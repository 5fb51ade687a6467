/** Timing helpers for the benchmarks: medians of repeated runs, child processes with wall time and peak RSS. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One line of the results table. `value` is the median (or the p95 where the name says so). */
export interface Row {
  scenario: string;
  measure: string;
  value: number;
  unit: 'ms' | 's' | 'MB' | '×' | 'count';
  /** The target, in `unit`; absent for reference rows. */
  target?: number;
  met?: boolean;
  runs?: number[];
  /** Median CPU time (user + system) in `unit`, for runs on a busy machine where wall time says little. */
  cpu?: number;
  note?: string;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The nearest-rank percentile. */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** Milliseconds of wall time per run, with the CPU milliseconds of each run alongside. */
export type Timed = number[] & { cpu?: number[] };

/** Runs `fn` `runs` times after `warmup` untimed runs and returns the milliseconds of each run. */
export function timeRuns(runs: number, fn: (i: number) => void, warmup = 1): Timed {
  for (let i = 0; i < warmup; i++) fn(-1 - i);
  const out: Timed = [];
  out.cpu = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = process.hrtime.bigint();
    fn(i);
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
    const u = process.cpuUsage(c);
    out.cpu.push((u.user + u.system) / 1000);
  }
  return out;
}

/** A table row from timed runs (milliseconds). */
export function row(scenario: string, measure: string, runs: Timed, unit: Row['unit'], target?: number, note?: string): Row {
  const value = median(runs);
  return {
    scenario,
    measure,
    value,
    unit,
    runs: [...runs],
    ...(runs.cpu ? { cpu: median(runs.cpu) } : {}),
    ...(target === undefined ? {} : { target, met: value <= target }),
    ...(note ? { note } : {}),
  };
}

export interface ChildRun {
  wallS: number;
  cpuS: number;
  maxRssMB: number;
  status: number | null;
  stderr: string;
}

/** Runs a command with GNU time, stdout to /dev/null; wall seconds and peak RSS of the process tree's largest process. */
export function timeCommand(cmd: string, args: string[], timeoutS = 600): ChildRun {
  const out = join(tmpdir(), `marginalia-bench-time-${process.pid}.txt`);
  rmSync(out, { force: true });
  const r = spawnSync('/usr/bin/time', ['-o', out, '-f', '%e %M %U %S', cmd, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: timeoutS * 1000,
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'utf8',
  });
  const text = existsSync(out) ? (readFileSync(out, 'utf8').trim().split('\n').pop() ?? '') : '';
  rmSync(out, { force: true });
  const [wall, rss, user, sys] = text.split(' ').map(Number);
  if (r.error || !Number.isFinite(wall)) {
    return {
      wallS: NaN,
      cpuS: NaN,
      maxRssMB: NaN,
      status: r.status,
      stderr: `${r.error?.message ?? ''} ${r.stderr ?? ''}`.trim(),
    };
  }
  return { wallS: wall, cpuS: user + sys, maxRssMB: rss / 1024, status: r.status, stderr: r.stderr ?? '' };
}

/** True when GNU time is installed (Debian package `time`). */
export function haveGnuTime(): boolean {
  return existsSync('/usr/bin/time');
}
