/**
 * `marginalia scan [--registry FILE]... [--day-first] [--format jsonl|table] PATH...`:
 * prints every mention (registry names, candidates, dates, quotations) in
 * every text under the paths. Offsets are UTF-16 code units into the text
 * after a UTF-8 BOM, as in VS Code. Output is streamed file by file, in file
 * order also when worker threads scan (`--jobs N`, default one per core); bad
 * input is reported as `file:line:col: error: problem — fix` on stderr, the
 * rest is still scanned, and the exit code is then 2.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { Entity, Mention } from '../core/model';
import { formatProblem } from '../core/problem-format';
import { NameMatcher, recognize } from '../core/recognize/index';
import { langOption } from './lang-option';
import { readEdtf } from '../core/corpus/date-reading';
import { LineIndex } from '../core/text/line-index';
import { loadRegistry, readText } from './load-texts';
import { walkCorpus } from './walk';
import { ScanPool } from './scan-workers';
import { jsonLine } from './json-line';

const USAGE =
  'usage: marginalia scan [--registry FILE]... [--day-first] [--lang auto|en|ru|de|fr] [--format jsonl|table] [--jobs N] ' +
  'PATH...\n';
/** Below this many texts a scan stays on the main thread. */
const MIN_FILES_FOR_WORKERS = 8;

/** A writer that batches output and waits for the stream to drain, so a 100 MB corpus never sits in memory. */
class BufferedWriter {
  private chunks: string[] = [];
  private size = 0;
  constructor(private readonly out: NodeJS.WritableStream) {}

  async write(s: string): Promise<void> {
    this.chunks.push(s);
    this.size += s.length;
    if (this.size >= 1 << 16) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.chunks.length) return;
    const data = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    if (!this.out.write(data)) await new Promise<void>((resolve) => this.out.once('drain', resolve));
  }
}

/** Runs the scan command; returns the exit code (0 fine, 2 bad usage or bad input). */
export async function scan(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        registry: { type: 'string', multiple: true },
        'day-first': { type: 'boolean' },
        lang: { type: 'string' },
        format: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    err.write(`marginalia scan: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    out.write(USAGE);
    return 0;
  }
  const format = args.values.format ?? 'jsonl';
  if ((format !== 'jsonl' && format !== 'table') || args.positionals.length === 0) {
    err.write(
      format !== 'jsonl' && format !== 'table'
        ? `marginalia scan: unknown format '${format}' — use jsonl or table\n${USAGE}`
        : USAGE,
    );
    return 2;
  }
  // The language of the texts: auto (each paragraph's own, detected) unless told.
  const language = langOption(args.values.lang, 'scan');
  if ('error' in language) {
    err.write(`${language.error}\n${USAGE}`);
    return 2;
  }
  const { lang } = language;
  // One worker thread per core unless told otherwise: one core cannot scan a 100 MB corpus quickly.
  const jobs = args.values.jobs === undefined ? availableParallelism() : Number(args.values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    err.write(`marginalia scan: --jobs wants a whole number of at least 1, not '${args.values.jobs}'\n${USAGE}`);
    return 2;
  }
  let failed = false;
  const fail = (file: string, line: number, col: number, message: string): void => {
    failed = true;
    err.write(`${formatProblem({ file, line: line - 1, column: col - 1, severity: 'error', code: '', message })}\n`);
  };
  const corpus = walkCorpus(args.positionals);
  for (const [p, why] of corpus.unreadable) fail(p, 1, 1, `cannot read: ${why} — check the path and its permissions`);
  for (const [p, why] of corpus.skipped) err.write(`${p}:1:1: warning: ${why}\n`);
  const options = { dayFirst: args.values['day-first'] ?? false, lang };
  const registries = args.values.registry ?? corpus.registries;
  const writer = new BufferedWriter(out);
  // Starting workers costs tens of milliseconds: only worth it for more than a handful of texts. They load their code
  // while this thread reads the registry.
  if (format === 'jsonl' && jobs > 1 && corpus.texts.length >= MIN_FILES_FOR_WORKERS) {
    const pool = new ScanPool(jobs, corpus.texts.length);
    try {
      // Worker threads and this one for big corpora (src/cli/scan-workers.ts); same output, same order.
      await pool.run(corpus.texts, readEntities(), options, (s) => writer.write(s), fail);
    } finally {
      await pool.close();
    }
    await writer.flush();
    return failed ? 2 : 0;
  }
  const matcher = new NameMatcher(readEntities());
  const { layout, header } = tableLayout(corpus.texts);
  if (format === 'table') await writer.write(header);
  for (const file of corpus.texts) {
    const text = readText(file, (p) => fail(file, p.line + 1, p.column + 1, p.message));
    if (text === undefined) continue;
    const mentions = recognize(text, matcher, options);
    // One write per file, not per mention: half a million awaits cost more than the strings.
    if (format === 'jsonl') {
      let lines = '';
      for (const m of mentions) lines += jsonLine(file, m);
      await writer.write(lines);
    } else await writer.write(table(file, text, mentions, layout));
  }
  await writer.flush();
  return failed ? 2 : 0;

  function readEntities(): Entity[] {
    return loadRegistry(registries, (p) => {
      if (p.severity === 'error') failed = true;
      err.write(`${formatProblem(p)}\n`);
    }).all();
  }
}

/** The table's columns (where, kind, text) have the same widths in every file, so a corpus reads as one table. */
interface TableLayout {
  where: number;
  kind: number;
  text: number;
}

const TEXT_WIDTH = 60;

/** Widths that fit every text's `file:line:col` and every kind; the header line that names the columns. */
function tableLayout(files: string[]): { layout: TableLayout; header: string } {
  const layout = {
    where: Math.max(5, ...files.map((f) => `${f}:99999:999`.length)),
    kind: 'organisation'.length,
    text: TEXT_WIDTH,
  };
  return { layout, header: row(layout, ['WHERE', 'KIND', 'TEXT', 'DETAIL (entity, or a date as EDTF and in words)']) };
}

/** Aligned columns for reading: file:line:col, kind, text, then the entity or the date's value with its plain reading. */
function table(file: string, text: string, mentions: Mention[], layout: TableLayout): string {
  const lines = new LineIndex(text);
  return mentions
    .map((m) => {
      const pos = lines.positionAt(m.start);
      const shown = m.text.replace(/\s+/g, ' ');
      const value = m.value && `${m.value} (${readEdtf(m.value)})`;
      const detail = [m.entity, value, m.julian && `julian ${m.julian}`, m.quote, m.speaker && `speaker ${m.speaker}`]
        .filter(Boolean)
        .join(' ');
      return row(layout, [
        `${file}:${pos.line + 1}:${pos.character + 1}`,
        m.kind,
        shown.length > TEXT_WIDTH ? `${shown.slice(0, TEXT_WIDTH - 1)}…` : shown,
        detail,
      ]);
    })
    .join('');
}

function row(layout: TableLayout, [where, kind, text, detail]: string[]): string {
  return `${where.padEnd(layout.where)}  ${kind.padEnd(layout.kind)}  ${text.padEnd(layout.text)}  ${detail}`.trimEnd() + '\n';
}
