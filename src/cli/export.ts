/**
 * `marginalia export --format w3c|tei|csv|brat [--out DIR|FILE|-] [--registry FILE]... [--day-first] PATH...`
 *
 * Writes each text's annotations (its sidecar, re-anchored) and what the
 * recognizers find in it (registry names, dates, quotations; not unconfirmed
 * candidates) in a standard format: beside each text by default, into DIR
 * with --out, or one FILE (--out FILE, or '-' for stdout) for CSV or a single
 * text. Names: trotsky.txt -> trotsky.jsonld, trotsky.tei.xml, trotsky.ann
 * (brat also wants the text as trotsky.txt next to it), annotations.csv.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { exportDocument } from '../core/export/collect';
import type { ExportDocument } from '../core/export/export-document';
import { EXPORT_FORMATS, exportCsv, exportOutputs, type ExportFormat } from '../core/export/outputs';
import type { Problem } from '../core/model';
import { formatProblem } from '../core/problem-format';
import { NameMatcher, recognize } from '../core/recognize/index';
import { loadAnnotations, loadEntities, readText } from './load-texts';
import { walkCorpus } from './walk';

const USAGE = 'usage: marginalia export --format w3c|tei|csv|brat [--out DIR|FILE|-] [--registry FILE]... [--day-first] PATH...\n';

/** Where each file goes: under `dir` at the text's place below its corpus root, or beside the text; one `file` ('-': stdout) for CSV or a single text. */
export function placeOutputs(format: ExportFormat, docs: Array<{ path: string; doc: ExportDocument }>, out: { dir?: string; file?: string }): Array<{ path: string; content: string; warning?: string }> {
  if (format === 'csv') {
    const csv = exportCsv(docs.map((d) => d.doc));
    return [{ path: out.file ?? join(out.dir ?? '.', csv.name), content: csv.content }];
  }
  return docs.flatMap(({ path, doc }) => {
    const dir = out.dir ? join(out.dir, dirname(doc.file)) : dirname(path);
    return exportOutputs(format, doc, { besideText: !out.dir && !out.file })
      .map((o) => ({ path: o.isText || !out.file ? join(dir, o.name) : out.file, content: o.content, warning: o.warning }))
      .filter((o) => resolve(o.path) !== resolve(path));
  });
}

/** Runs the export command; returns the exit code (0 fine, 2 bad usage or some input could not be read). */
export async function exportCommand(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv, allowPositionals: true,
      options: { format: { type: 'string' }, out: { type: 'string' }, registry: { type: 'string', multiple: true }, 'day-first': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    err.write(`marginalia export: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) { out.write(USAGE); return 0; }
  const format = args.values.format as ExportFormat;
  if (!EXPORT_FORMATS.includes(format) || args.positionals.length === 0) {
    err.write(`${args.values.format ? `marginalia export: unknown format '${args.values.format}' — use w3c, tei, csv or brat\n` : ''}${USAGE}`);
    return 2;
  }
  let failed = false;
  const report = (p: Problem) => {
    if (p.severity === 'error') failed = true;
    err.write(`${formatProblem(p)}\n`);
  };
  const corpus = walkCorpus(args.positionals);
  for (const [file, why] of corpus.unreadable) report({ file, line: 0, column: 0, severity: 'error', code: 'unreadable', message: `cannot read: ${why}` });
  const entities = loadEntities(args.values.registry ?? corpus.registries, corpus.texts, report);
  const names = new NameMatcher(entities);

  const target = args.values.out;
  const toStdout = target === '-';
  const isDir = target !== undefined && !toStdout && (existsSync(target) ? statSync(target).isDirectory() : extname(target) === '');
  if (target && !isDir && format !== 'csv' && corpus.texts.length > 1) {
    err.write(`marginalia export: --out ${target} is one file but there are ${corpus.texts.length} texts — give a directory\n`);
    return 2;
  }
  if (toStdout && format === 'brat') {
    err.write('marginalia export: brat writes a .ann and a .txt per text — give --out DIR\n');
    return 2;
  }
  // A text is named by its path below the directory given on the command line (or its own name, if given itself).
  const roots = args.positionals.map((p) => resolve(existsSync(p) && statSync(p).isDirectory() ? p : dirname(p)));
  const rootOf = (textPath: string) => roots.filter((r) => resolve(textPath).startsWith(r + sep)).sort((a, b) => b.length - a.length)[0] ?? dirname(resolve(textPath));
  const docs: Array<{ path: string; doc: ExportDocument }> = [];
  for (const path of corpus.texts) {
    const text = readText(path, report);
    if (text === undefined) continue;
    const mentions = recognize(text, names, { dayFirst: args.values['day-first'] ?? false, kinds: ['name', 'date', 'quote'] });
    const file = relative(rootOf(path), resolve(path)).split(sep).join('/');
    let conflicted = false;
    const annotations = loadAnnotations(path, (p) => { conflicted ||= p.code === 'merge-conflict'; report(p); });
    // Its notes may hold both sides and the markers, and a partial export would replace a good one: none until resolved.
    if (conflicted) continue;
    docs.push({ path, doc: exportDocument(file, text, mentions, annotations, entities) });
  }
  const outputs = placeOutputs(format, docs, isDir ? { dir: target } : toStdout ? { file: '-' } : { file: target });
  for (const output of outputs) {
    if (output.warning) err.write(`${output.path}: info: ${output.warning}\n`);
    if (output.path === '-') {
      out.write(output.content);
      continue;
    }
    mkdirSync(dirname(output.path), { recursive: true });
    writeFileSync(output.path, output.content);
    err.write(`wrote ${output.path}\n`);
  }
  return failed ? 2 : 0;
}
