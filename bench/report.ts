/** Prints the results as a console table and as Markdown, and writes them as JSON under bench/results/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { Row } from './measure';

function fmt(v: number | undefined, unit: Row['unit']): string {
  if (v === undefined) return '';
  if (!Number.isFinite(v)) return 'n/a';
  const digits = unit === 's' || unit === '×' ? 2 : unit === 'ms' && v < 10 ? 2 : unit === 'ms' ? 1 : 0;
  return `${v.toFixed(digits)} ${unit}`;
}

function status(r: Row): string {
  if (r.target === undefined) return 'reference';
  if (!Number.isFinite(r.value)) return 'NOT RUN';
  return r.value <= r.target ? 'met' : 'NOT MET';
}

/** A table cell: a `|` or a line break inside would end the cell or the row. */
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The rows as a Markdown table, for the README, with a line saying when, where and under what load they were measured. */
export function markdown(rows: Row[], caption?: string): string {
  const lines = ['| Scenario | Measure | Result | CPU | Target | Status | Note |', '|---|---|---|---|---|---|---|'];
  for (const r of rows) {
    const target = r.target === undefined ? '—' : `≤ ${fmt(r.target, r.unit)}`;
    lines.push(
      `| ${[r.scenario, r.measure, fmt(r.value, r.unit), fmt(r.cpu, r.unit), target, status(r), r.note ?? ''].map(cell).join(' | ')} |`,
    );
  }
  return (caption ? `${caption}\n\n` : '') + lines.join('\n');
}

/** How many rows with a target met it, as one line: "23 of 30 targets met; not met: …". */
export function summary(rows: Row[]): string {
  const judged = rows.filter((r) => r.target !== undefined);
  const missed = judged.filter((r) => status(r) !== 'met');
  return (
    `${judged.length - missed.length} of ${judged.length} targets met` +
    (missed.length ? `; not met: ${missed.map((r) => `${r.scenario} / ${r.measure}`).join('; ')}` : '')
  );
}

/** A fixed-width table for the terminal. */
export function consoleTable(rows: Row[]): string {
  const cells = rows.map((r) => [
    r.scenario,
    r.measure,
    fmt(r.value, r.unit),
    fmt(r.cpu, r.unit),
    r.target === undefined ? '' : `≤ ${fmt(r.target, r.unit)}`,
    status(r),
  ]);
  const head = ['scenario', 'measure', 'result', 'cpu', 'target', 'status'];
  const width = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((s, i) => s.padEnd(width[i])).join('  ');
  return [line(head), line(width.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** Writes bench/results/<date>.json and bench/results/latest.json. */
export function writeResults(dir: string, rows: Row[], meta: Record<string, unknown>): string {
  mkdirSync(dir, { recursive: true });
  const now = new Date();
  const doc = {
    date: now.toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, platform: process.platform },
    ...meta,
    rows: rows.map((r) => (r.target === undefined ? r : { ...r, met: Number.isFinite(r.value) && r.value <= r.target })),
  };
  const text = JSON.stringify(doc, null, 2) + '\n';
  const dated = join(dir, `${now.toISOString().slice(0, 16).replace(/:/g, '-')}.json`);
  writeFileSync(dated, text);
  writeFileSync(join(dir, 'latest.json'), text);
  return dated;
}
