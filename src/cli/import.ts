/**
 * `marginalia import [--text FILE] [--registry FILE]... FILE.ann|FILE.jsonld|FILE.json...`
 *
 * Reads brat standoff or W3C Web Annotation JSON-LD back into the sidecar of
 * the text it annotates, with new ids, re-anchored against the text as it is
 * now. The text is --text, else for NAME.ann the file NAME (a .md kept its
 * name in the export) or NAME.txt, and for JSON-LD the target source beside it:
 * never a text outside the import file's folder (nor a sidecar written there).
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, relative, resolve } from 'node:path';
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
export function importFile(
  file: string,
  content: string,
  textPath: string | undefined,
  text: string,
  entities: Entity[],
): ImportResult {
  return extname(file) === '.ann'
    ? importBrat(content, text, file, entities)
    : importW3c(content, text, basename(textPath ?? ''), file, entities);
}

/**
 * The text an export file belongs to, by the naming `marginalia export` uses; undefined when none exists or it is outside the
 * file's folder.
 */
export function textOf(file: string, content: string): string | undefined {
  return findText(file, content).path;
}

/**
 * The text an export file names, only inside the export file's folder (or below it): a `file:` URL, a `..` or a
 * symbolic link leading elsewhere is refused with a problem, so that an import never reads or writes beside
 * a file outside the folder it was given.
 */
export function findText(file: string, content: string): { path?: string; problem?: Problem } {
  const dir = resolve(dirname(file));
  const lineOf = (candidate: string) =>
    Math.max(
      0,
      content.split('\n').findIndex((l) => l.includes(JSON.stringify(candidate).slice(1, -1)) || l.includes(candidate)),
    );
  const refuse = (candidate: string, why: string): { problem: Problem } => ({
    problem: {
      file,
      line: lineOf(candidate),
      column: 0,
      severity: 'error',
      code: 'text-outside',
      message:
        `names its text as '${candidate}', ${why}; not imported — ` +
        'put this file beside its text, or name the text with --text FILE',
    },
  });
  for (const candidate of textCandidates(basename(file), content)) {
    if (/^file:/i.test(candidate)) return refuse(candidate, "a file: address; only a text in this file's folder is read");
    const path = resolve(dir, candidate);
    if (outside(dir, path)) return refuse(candidate, "outside this file's folder");
    if (!existsSync(path)) continue;
    if (outside(realpathSync(dir), realpathSync(path))) return refuse(candidate, "a link leading outside this file's folder");
    return { path };
  }
  return {};
}

function outside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel.startsWith('..') || isAbsolute(rel);
}

/** Runs the import command; returns the exit code (0 fine, 2 bad usage or a file could not be imported). */
export async function importCommand(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { text: { type: 'string' }, registry: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    err.write(`marginalia import: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    out.write(USAGE);
    return 0;
  }
  if (args.positionals.length === 0) {
    err.write(USAGE);
    return 2;
  }
  let failed = false;
  const report: Report = (p: Problem) => {
    if (p.severity === 'error') failed = true;
    err.write(`${formatProblem(p)}\n`);
  };
  for (const file of args.positionals) {
    const content = readText(file, report);
    if (content === undefined) continue;
    const found = args.values.text === undefined ? findText(file, content) : { path: args.values.text };
    if (found.problem) {
      report(found.problem);
      continue;
    }
    const textPath = found.path;
    if (!textPath) {
      report({
        file,
        line: 0,
        column: 0,
        severity: 'error',
        code: 'no-text',
        message: 'cannot tell which text this annotates — name it with --text FILE',
      });
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
        const ids = existing === undefined ? [] : (parseSidecar(existing, sidecar).sidecar?.annotations.map((a) => a.id) ?? []);
        return addImported(existing, basename(textPath), result.annotations, ids);
      });
    } catch (e) {
      if (!(e instanceof FileWriteError)) throw e;
      report({
        file: sidecar,
        line: 0,
        column: 0,
        severity: 'error',
        code: e.code,
        message: `${e.reason} — ${e.fix}; nothing imported`,
      });
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
