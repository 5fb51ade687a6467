/**
 * `marginalia check` at n and 4n annotations, every one of them moved (so each
 * is reported): linear work takes about 4 times as long at 4n, quadratic work
 * (a split of the whole sidecar per reported problem, as before) 16 times.
 * The ratio is measured in one run on one machine, so it holds on a slow one.
 * Alone: `npm run build && node out/bench/scenarios/check-scaling.js [n...]`
 * prints the time at each n (default 2,500 and 10,000) and the ratios.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { check } from '../../src/cli/check';
import { Row, row, median, type Timed } from '../measure';

/** A text of n numbered passages and a sidecar annotating each at an offset 7 too far, as after an edit. */
function corpus(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-check-scaling-'));
  const parts: string[] = [];
  const items: string[] = [];
  let offset = 0;
  for (let i = 0; i < n; i++) {
    const exact = `Passage ${String(i).padStart(6, '0')}`;
    const line = `${exact} of the record, read aloud.\n`;
    items.push(
      `  - id: p${String(i).padStart(6, '0')}\n    kind: note\n    target: { exact: "${exact}", start: ${offset + 7}, end: ${offset + 7 + exact.length} }\n`,
    );
    parts.push(line);
    offset += line.length;
  }
  writeFileSync(join(dir, 'record.txt'), parts.join(''));
  writeFileSync(join(dir, 'record.txt.annotations.yaml'), `version: 1\ntext: record.txt\nannotations:\n${items.join('')}`);
  writeFileSync(join(dir, 'entities.yaml'), 'version: 1\nentities: []\n');
  return dir;
}

class Count extends Writable {
  lines = 0;
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    for (const c of chunk) if (c === 10) this.lines++;
    done();
  }
}

/** Milliseconds of each run of `check` over n moved annotations (after one warm-up), and the lines it printed. */
async function timeCheck(n: number, runs: number): Promise<{ ms: Timed; lines: number }> {
  const dir = corpus(n);
  try {
    let lines = 0;
    const ms: Timed = [];
    ms.cpu = [];
    for (let i = -1; i < runs; i++) {
      const out = new Count();
      const cpu = process.cpuUsage();
      const t = process.hrtime.bigint();
      await check([dir], out, new Count());
      if (i < 0) continue;
      ms.push(Number(process.hrtime.bigint() - t) / 1e6);
      const used = process.cpuUsage(cpu);
      ms.cpu.push((used.user + used.system) / 1000);
      lines = out.lines;
    }
    return { ms, lines };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The benchmark rows: check at n and 4n, and the ratio (target: at most 6, where linear is 4 and quadratic 16). */
export async function checkScaling(n = 2500): Promise<Row[]> {
  const small = await timeCheck(n, 3);
  const large = await timeCheck(4 * n, 3);
  const ratio = median(large.ms) / median(small.ms);
  return [
    row('check scaling', `check, ${n.toLocaleString('en')} moved annotations (${small.lines} lines)`, small.ms, 'ms'),
    row('check scaling', `check, ${(4 * n).toLocaleString('en')} moved annotations (${large.lines} lines)`, large.ms, 'ms'),
    {
      scenario: 'check scaling',
      measure: `time at ${4 * n} / time at ${n} (linear 4, quadratic 16)`,
      value: ratio,
      unit: '×',
      target: 6,
      met: ratio <= 6,
    },
  ];
}

async function alone(argv: string[]): Promise<void> {
  const sizes = argv.length ? argv.map(Number) : [2500, 10000];
  let previous: { n: number; ms: number } | undefined;
  for (const n of sizes) {
    const { ms, lines } = await timeCheck(n, n > 20000 ? 1 : 3);
    const m = median(ms);
    const ratio = previous
      ? `, ${(m / previous.ms).toFixed(2)}× the time at ${previous.n} for ${(n / previous.n).toFixed(1)}× the annotations`
      : '';
    process.stdout.write(
      `check, ${n} moved annotations: ${m.toFixed(0)} ms median (cpu ${median(ms.cpu ?? []).toFixed(0)} ms), ${lines} lines${ratio}\n`,
    );
    previous = { n, ms: m };
  }
}

if (require.main === module) void alone(process.argv.slice(2));
