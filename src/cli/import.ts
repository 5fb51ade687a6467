/**
 * `marginalia import [--text FILE] [--registry FILE]... FILE.ann|FILE.jsonld|FILE.json...`
 *
 * Reads brat standoff or W3C Web Annotation JSON-LD back into the sidecar of
 * the text it annotates, with new ids, re-anchored against the text as it is
 * now. The text is --text, else for NAME.ann the file NAME (a .md kept its
 * name in the export) or NAME.txt, and for JSON-LD the target source beside it.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Entity, Problem } from '../core/model';
import { formatProblem } from '../core/problem-format';
import { importBrat } from '../core/import/import-brat';
import { addImported, type ImportResult } from '../core/import/imported';
import { importW3c } from '../core/import/import-w3c';
import { textCandidates } from '../core/import/text-of';
import { changeTextFile } from '../core/files/change-text-file';
import { FileWriteError } from '../core/files/file-store';
import { parseSidecar } from '../core/sidecar/parse-sidecar';
import { NodeFileStore } from '../node/node-file-store';
import { loadEntities, readText, sidecarPath, type Report } from './load-texts';

const STORE = new NodeFileStore();
const USAGE = 'usage: marginalia import [--text FILE] [--registry FILE]... FILE.ann|FILE.jsonld...\n';

/** Reads one brat or W3C file against its text; the text's path is undefined when it cannot be found. */
export function importFile(file: string, content: string, textPath: string | undefined, text: string, entities: Entity[]): ImportResult {
  return extname(file) === '.ann'
    ? importBrat(content, text, file, entities)
    : importW3c(content, text, basename(textPath ?? ''), file, entities);
}

/** The text an export file belongs to, by the naming `marginalia export` uses; undefined when none exists. */
export function textOf(file: string, content: string): string | undefined {
  return textCandidates(basename(file), content)
    .map((c) => (/^file:/i.test(c) ? fileURLToPath(c) : resolve(dirname(file), c)))
    .find((p) => existsSync(p));
}

/** Runs the import command; returns the exit code (0 fine, 2 bad usage or a file could not be imported). */
export async function importCommand(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv, allowPositionals: true,
      options: { text: { type: 'string' }, registry: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    err.write(`marginalia import: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) { out.write(USAGE); return 0; }
  if (args.positionals.length === 0) { err.write(USAGE); return 2; }
  let failed = false;
  const report: Report = (p: Problem) => {
    if (p.severity === 'error') failed = true;
    err.write(`${formatProblem(p)}\n`);
  };
  for (const file of args.positionals) {
    const content = readText(file, report);
    if (content === undefined) continue;
    const textPath = args.values.text ?? textOf(file, content);
    if (!textPath) {
      report({ file, line: 0, column: 0, severity: 'error', code: 'no-text', message: 'cannot tell which text this annotates — name it with --text FILE' });
      continue;
    }
    const text = readText(textPath, report);
    if (text === undefined) continue;
    const entities = loadEntities(args.values.registry ?? [], [textPath], report);
    const result = importFile(file, content, textPath, text, entities);
    result.problems.forEach(report);
    const sidecar = sidecarPath(textPath);
    // Under the sidecar's lock, against its content at that moment: a second import or a `check --fix`
    // running at the same time waits, and then adds to what this one wrote.
    let outcome;
    try {
      outcome = await changeTextFile(STORE, sidecar, (existing) => {
        const ids = existing === undefined ? [] : parseSidecar(existing, sidecar).sidecar?.annotations.map((a) => a.id) ?? [];
        return addImported(existing, basename(textPath), result.annotations, ids);
      });
    } catch (e) {
      if (!(e instanceof FileWriteError)) throw e;
      report({ file: sidecar, line: 0, column: 0, severity: 'error', code: e.code, message: `${e.reason} — ${e.fix}; nothing imported` });
      continue;
    }
    if (outcome.status === 'refused') {
      for (const p of outcome.problems) report({ ...p, message: `${p.message}; nothing imported — fix the sidecar first` });
      continue;
    }
    const orphans = result.annotations.filter((a) => a.orphaned).length;
    out.write(`${file}: ${result.annotations.length} annotation(s) into ${sidecar}${orphans ? ` (${orphans} orphaned)` : ''}\n`);
  }
  return failed ? 2 : 0;
}

