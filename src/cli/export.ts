/**
 * `marginalia export --format w3c|tei|csv|brat [--out DIR|FILE|-] [--registry FILE]... [--day-first]
 *   [--lang auto|en|ru|de|fr] PATH...`
 *
 * Writes each text's annotations (its sidecar, re-anchored) and what the
 * recognizers find in it (registry names, dates, quotations; not unconfirmed
 * candidates) in a standard format: beside each text by default, into DIR
 * with --out, or one FILE (--out FILE, or '-' for stdout) for CSV or a single
 * text. Names: trotsky.txt -> trotsky.jsonld, trotsky.tei.xml, trotsky.ann
 * (brat also wants the text as trotsky.txt next to it), annotations.csv; letter.txt beside letter.md: letter.txt.jsonld.
 * A file Marginalia did not write is never replaced without --force; every file is written atomically.
 */
import { existsSync, lstatSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { exportDocument } from '../core/export/collect';
import type { ExportDocument } from '../core/export/export-document';
import { EXPORT_FORMATS, exportCsv, mayReplace, planOutputs, type ExportFormat } from '../core/export/outputs';
import type { Problem } from '../core/model';
import { formatProblem } from '../core/problem-format';
import { NameMatcher, recognize } from '../core/recognize/index';
import { MAX_TEXT_BYTES, overReadLimit } from '../core/text/decode';
import { writeAtomically } from './check';
import { langOption } from './lang-option';
import { loadAnnotations, loadEntities, readBounded, readText } from './load-texts';
import { walkCorpus } from './walk';

const USAGE =
  'usage: marginalia export --format w3c|tei|csv|brat [--out DIR|FILE|-] [--force] [--registry FILE]... [--day-first] ' +
  '[--lang auto|en|ru|de|fr] PATH...\n';

/**
 * Where each file goes: under `dir` at the text's place below its corpus root, or beside the text; one `file` ('-': stdout)
 * for CSV or a single text. Two texts never get one output (letter.txt and letter.md: letter.txt.jsonld, letter.md.jsonld);
 * an output that still has no place of its own carries a `clash` message instead of being written.
 */
export function placeOutputs(
  format: ExportFormat,
  docs: Array<{ path: string; doc: ExportDocument }>,
  out: { dir?: string; file?: string },
): Array<{ path: string; content: string; warning?: string; clash?: string }> {
  if (format === 'csv') {
    const csv = exportCsv(docs.map((d) => d.doc));
    return [{ path: out.file ?? join(out.dir ?? '.', csv.name), content: csv.content }];
  }
  const texts = docs.map(({ path, doc }) => ({
    dir: resolve(out.dir ? join(out.dir, dirname(doc.file)) : dirname(path)),
    doc,
    text: { dir: resolve(dirname(path)), name: basename(path) },
  }));
  return planOutputs(format, texts, { besideText: !out.dir && !out.file }).map(({ index, dir, output: o, clash }) => ({
    path: o.isText || !out.file ? join(dir, o.name) : out.file,
    content: o.content,
    warning: o.warning,
    ...(clash
      ? { clash: `${docs[index].path} also exports to this name — export the two folders into different --out folders` }
      : {}),
  }));
}

/**
 * Writes one export file atomically, unless that would replace a file Marginalia did not write (see `mayReplace`) and
 * `force` is not given. Returns why it was not written, or 'unchanged' when the file already holds the content.
 * (Checked just before the write: a file created in between by another program is the one case not caught.)
 */
export function writeExport(path: string, content: string, force: boolean): string | undefined {
  let existing: ReturnType<typeof readBounded> | undefined;
  try {
    const stats = lstatSync(path);
    if (!stats.isFile()) {
      if (!force || stats.isDirectory())
        return (
          'exists and is ' +
          `${stats.isDirectory() ? 'a folder' : stats.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'}; ` +
          `not written — move it away${stats.isDirectory() ? '' : ', or use --force to replace it'}`
        );
    } else existing = readBounded(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (existing && 'bytes' in existing && existing.bytes.toString('utf8') === content) return 'unchanged';
  if (existing && !force && !('bytes' in existing && mayReplace(basename(path), existing.bytes.toString('utf8'), content))) {
    return (
      'exists and was not written by Marginalia; not overwritten — ' +
      'use --force to replace it, or --out DIR to write elsewhere'
    );
  }
  // No command writes a file that Marginalia would refuse to read back:
  // import reads brat and JSON-LD (TEI and CSV are for other tools).
  if (/\.(ann|jsonld|json)$/i.test(path) && overReadLimit(content))
    return (
      `would be over the ${MAX_TEXT_BYTES / 1024 / 1024} MB limit Marginalia reads; ` + 'not written — export fewer texts at once'
    );
  mkdirSync(dirname(path), { recursive: true });
  writeAtomically(path, content);
  return undefined;
}

/** Runs the export command; returns the exit code (0 fine, 2 bad usage or some input could not be read). */
export async function exportCommand(
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
        format: { type: 'string' },
        out: { type: 'string' },
        registry: { type: 'string', multiple: true },
        'day-first': { type: 'boolean' },
        lang: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    err.write(`marginalia export: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    out.write(USAGE);
    return 0;
  }
  const format = args.values.format as ExportFormat;
  if (!EXPORT_FORMATS.includes(format) || args.positionals.length === 0) {
    err.write(
      `${args.values.format ? `marginalia export: unknown format '${args.values.format}' — use w3c, tei, csv or brat\n` : ''}` +
        `${USAGE}`,
    );
    return 2;
  }
  // The language of the texts, as for scan: auto (each paragraph's own, detected) unless told.
  const language = langOption(args.values.lang, 'export');
  if ('error' in language) {
    err.write(`${language.error}\n${USAGE}`);
    return 2;
  }
  let failed = false;
  const report = (p: Problem) => {
    if (p.severity === 'error') failed = true;
    err.write(`${formatProblem(p)}\n`);
  };
  const corpus = walkCorpus(args.positionals);
  for (const [file, why] of corpus.unreadable)
    report({ file, line: 0, column: 0, severity: 'error', code: 'unreadable', message: `cannot read: ${why}` });
  for (const [file, why] of corpus.skipped)
    report({ file, line: 0, column: 0, severity: 'warning', code: 'skipped', message: why });
  const entities = loadEntities(args.values.registry ?? corpus.registries, corpus.texts, report);
  const names = new NameMatcher(entities);

  const target = args.values.out;
  const toStdout = target === '-';
  const isDir =
    target !== undefined && !toStdout && (existsSync(target) ? statSync(target).isDirectory() : extname(target) === '');
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
  const rootOf = (textPath: string) =>
    roots.filter((r) => resolve(textPath).startsWith(r + sep)).sort((a, b) => b.length - a.length)[0] ??
    dirname(resolve(textPath));
  const docs: Array<{ path: string; doc: ExportDocument }> = [];
  for (const path of corpus.texts) {
    const text = readText(path, report);
    if (text === undefined) continue;
    const mentions = recognize(text, names, {
      dayFirst: args.values['day-first'] ?? false,
      lang: language.lang,
      kinds: ['name', 'date', 'quote'],
    });
    const file = relative(rootOf(path), resolve(path)).split(sep).join('/');
    let conflicted = false;
    const annotations = loadAnnotations(path, (p) => {
      conflicted ||= p.code === 'merge-conflict';
      report(p);
    });
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
    const refused = output.clash ?? writeExport(output.path, output.content, args.values.force === true);
    if (refused === 'unchanged') err.write(`unchanged ${output.path}\n`);
    else if (refused) report({ file: output.path, line: 0, column: 0, severity: 'error', code: 'not-written', message: refused });
    else err.write(`wrote ${output.path}\n`);
  }
  return failed ? 2 : 0;
}
