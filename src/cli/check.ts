/**
 * `marginalia check [--fix] PATH...`: validates every registry and sidecar
 * under the paths, re-anchors every annotation against its text and prints
 * `file:line:col: severity: message` per problem. Exit 0 when there is no
 * error (annotations whose words changed, or whose hints are needed to tell
 * repeated quotes apart, are warnings; merely moved ones are not reported),
 * 1 with errors, 2 on bad usage.
 * `--fix` rewrites the hints of moved annotations (never `exact`: changed
 * words go to `current`) and marks orphans
 * `orphaned: true` through the minimal-diff sidecar editor, atomically; it
 * never deletes anything.
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Annotation, Problem } from '../core/model';
import { formatProblem } from '../core/problem-format';
import { refreshAnchors, type AnchorUpdate } from '../core/anchor/refresh';
import { changeTextFile } from '../core/files/change-text-file';
import { FileWriteError } from '../core/files/file-store';
import { NodeFileStore, writeFileSafely } from '../node/node-file-store';
import { Registry } from '../core/registry/registry';
import { updateAnnotations } from '../core/sidecar/edit-sidecar';
import { parseSidecar } from '../core/sidecar/parse-sidecar';
import { LineIndex } from '../core/text/line-index';
import { SIDECAR_SUFFIX, sidecarFileName, type Sidecar } from '../core/sidecar/sidecar';
import { claimProblems } from './claims';
import { loadRegistry, nearestRegistry, readText, sidecarPath } from './load-texts';
import { walkCorpus } from './walk';

const USAGE = 'usage: marginalia check [--fix] PATH...\n';
const STORE = new NodeFileStore();

/** Runs the check command; returns the exit code. */
export async function check(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { fix: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    err.write(`marginalia check: ${(e as Error).message}\n${USAGE}`);
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

  const problems: Problem[] = [];
  const report = (p: Problem): void => {
    problems.push(p);
  };
  const { sidecars, registries, missing, skipped } = findFiles(args.positionals);
  for (const [path, why] of missing) {
    err.write(`marginalia check: ${path}: ${why}\n`);
  }
  for (const [path, why] of skipped) err.write(`${path}:1:1: warning: ${why}\n`);
  if (missing.length === args.positionals.length) return 2;

  const registryFiles = registries.length ? registries : nearestRegistry(args.positionals[0]);
  const registry = registryFiles.length ? loadRegistry(registryFiles, report) : undefined;
  if (!registry) err.write('marginalia check: no entities.yaml under the paths or above them; entity ids were not checked\n');
  let fixed = 0;
  for (const file of sidecars) fixed += await checkSidecar(file, registry, args.values.fix === true, report);
  claimProblems(sidecars, registry).forEach(report); // contradictions between claims: warnings, never errors

  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  for (const p of problems) out.write(`${formatProblem(p)}\n`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  err.write(
    `checked ${sidecars.length} sidecar(s), ${registries.length} registr${registries.length === 1 ? 'y' : 'ies'}: ` +
      `${errors} error(s), ${warnings} warning(s)${args.values.fix ? `, ${fixed} annotation(s) updated` : ''}\n`,
  );
  return errors > 0 ? 1 : 0;
}

/** Checks one sidecar; with `fix`, writes the anchor updates. Returns how many annotations were updated. */
async function checkSidecar(
  file: string,
  registry: Registry | undefined,
  fix: boolean,
  report: (p: Problem) => void,
): Promise<number> {
  if (!fix) {
    const raw = readText(file, report, true);
    if (raw !== undefined) inspectSidecar(file, raw, registry, false).problems.forEach(report);
    return 0;
  }
  // Re-anchored and patched under the sidecar's lock, against the sidecar as it is at that moment,
  // so that an import or an editor writing it at the same time loses nothing.
  let found: { problems: Problem[]; patches: number } = { problems: [], patches: 0 };
  try {
    const result = await changeTextFile(STORE, file, (raw) => {
      if (raw === undefined) return undefined;
      const inspected = inspectSidecar(file, raw, registry, true);
      found = { problems: inspected.problems, patches: inspected.patches.length };
      if (inspected.patches.length === 0) return undefined;
      try {
        return updateAnnotations(raw, inspected.patches);
      } catch (e) {
        found = {
          problems: [
            ...inspected.problems,
            { file, line: 0, column: 0, severity: 'error', code: 'fix-failed', message: `not fixed: ${(e as Error).message}` },
          ],
          patches: 0,
        };
        return undefined;
      }
    });
    found.problems.forEach(report);
    if (result.status === 'refused') {
      result.problems.forEach(report);
      return 0;
    }
    return result.status === 'written' ? found.patches : 0;
  } catch (e) {
    if (!(e instanceof FileWriteError)) throw e;
    found.problems.forEach(report);
    report({
      file,
      line: 0,
      column: 0,
      severity: 'error',
      code: e.code,
      message: `not fixed: ${e.reason} — ${e.fix}; the sidecar was not changed`,
    });
    return 0;
  }
}

/** What check says about one sidecar's text, and the anchor patches `--fix` would write. */
function inspectSidecar(
  file: string,
  raw: string,
  registry: Registry | undefined,
  fix: boolean,
): { problems: Problem[]; patches: { id: string; patch: AnchorUpdate['patch'] & object }[] } {
  const problems: Problem[] = [];
  const report = (p: Problem): void => {
    problems.push(p);
  };
  const { sidecar, problems: parsed } = parseSidecar(raw, file);
  parsed.forEach(report);
  if (!sidecar) return { problems, patches: [] };
  // One line index per sidecar: splitting the file again for every problem made check quadratic.
  const column = itemColumns(raw);
  const itemAt = (id: string) => ({ file, line: sidecar.lines.get(id) ?? 0, column: column(sidecar.lines.get(id) ?? 0) });
  if (registry) {
    for (const a of sidecar.annotations) {
      if (a.entity !== undefined && !registry.byId(a.entity)) {
        report({
          ...itemAt(a.id),
          severity: 'error',
          code: 'unknown-entity',
          message: `annotation '${a.id}': entity '${a.entity}' is in no entities.yaml — add it to a registry or fix the id`,
        });
      }
    }
  }
  const text = readAnnotatedText(file, raw, sidecar, report);
  if (text === undefined) return { problems, patches: [] };
  const updates = refreshAnchors(sidecar.annotations, text);
  const byId = new Map(sidecar.annotations.map((a) => [a.id, a]));
  for (const u of updates) {
    const message = describeUpdate(u, byId.get(u.id)!, fix);
    if (message) report({ ...itemAt(u.id), ...message });
  }
  return { problems, patches: updates.flatMap((u) => (u.patch ? [{ id: u.id, patch: u.patch }] : [])) };
}

function describeUpdate(
  u: AnchorUpdate,
  a: Annotation,
  fix: boolean,
): Pick<Problem, 'severity' | 'code' | 'message'> | undefined {
  const quote = `'${short(a.target.exact)}'`;
  const s = u.anchoring;
  if (s.status === 'orphan') {
    return {
      severity: 'error',
      code: 'orphan',
      message:
        `annotation '${a.id}': ${quote} is no longer in the text — fix target.exact, ` +
        'or delete the annotation yourself' +
        `${fix ? ' (marked orphaned: true)' : "; 'marginalia check --fix' marks it orphaned: true"}`,
    };
  }
  // Quiet sidecars: a quote that still finds its passage unambiguously is not a problem, whatever its offset hints say.
  if (!u.patch?.target || (!fix && !u.needed)) return undefined;
  const words = u.patch.target.current ?? a.target.current;
  const what =
    s.status === 'fuzzy' && words !== undefined
      ? `${quote} now reads '${short(words)}' at offset ${s.start} (target.exact is kept)`
      : s.start === a.target.start
        ? `the text around ${quote} changed`
        : `${quote} moved from offset ${a.target.start ?? '?'} to ${s.start}`;
  return fix
    ? { severity: 'info', code: 'anchor-updated', message: `annotation '${a.id}': ${what}; hints updated` }
    : {
        severity: 'warning',
        code: s.status === 'fuzzy' ? 'anchor-fuzzy' : 'anchor-moved',
        message: `annotation '${a.id}': ${what} — run 'marginalia check --fix' to update its hints`,
      };
}

function short(words: string): string {
  return words.length > 40 ? `${words.slice(0, 40)}…` : words;
}

/** The sidecar's text, if `text:` names a readable file inside the sidecar's directory tree. */
function readAnnotatedText(file: string, raw: string, sidecar: Sidecar, report: (p: Problem) => void): string | undefined {
  const line = Math.max(
    0,
    raw
      .replace(/^\ufeff/, '')
      .split(/\r?\n/)
      .findIndex((l) => /^text\s*:/.test(l)),
  );
  const dir = dirname(file);
  const target = resolve(dir, sidecar.text);
  const outside = (from: string, to: string) => {
    const rel = relative(from, to);
    return rel.startsWith('..') || isAbsolute(rel);
  };
  // Checked on the real paths too: a symlink must not lead a sidecar out of its folder.
  if (
    isAbsolute(sidecar.text) ||
    outside(resolve(dir), target) ||
    (existsSync(target) && outside(realpathSync(dir), realpathSync(target)))
  ) {
    report({
      file,
      line,
      column: 0,
      severity: 'error',
      code: 'text-outside',
      message: `text '${sidecar.text}' is outside the sidecar's folder — name a file beside the sidecar or below it`,
    });
    return undefined;
  }
  if (!existsSync(target)) {
    report({
      file,
      line,
      column: 0,
      severity: 'error',
      code: 'text-missing',
      message: `text '${sidecar.text}' does not exist — fix the name, or move the sidecar beside its text`,
    });
    return undefined;
  }
  if (basename(file) !== sidecarFileName(basename(sidecar.text))) {
    report({
      file,
      line,
      column: 0,
      severity: 'warning',
      code: 'text-mismatch',
      message:
        `the sidecar is not named after its text '${sidecar.text}', ` +
        `so the editor will not show these annotations — rename it to ${sidecarFileName(basename(sidecar.text))} or fix 'text:'`,
    });
  }
  return readText(target, report);
}

/** Sidecars and registries under the paths (texts named directly bring their sidecars); paths that do not exist. */
function findFiles(paths: string[]): {
  sidecars: string[];
  registries: string[];
  missing: [string, string][];
  skipped: [string, string][];
} {
  const direct = paths.filter((p) => p.endsWith(SIDECAR_SUFFIX) && existsSync(p));
  const corpus = walkCorpus(paths.filter((p) => !direct.includes(p)));
  const sidecars = new Set([...direct, ...corpus.sidecars, ...corpus.texts.map(sidecarPath).filter((p) => existsSync(p))]);
  return { sidecars: [...sidecars].sort(), registries: corpus.registries, missing: corpus.unreadable, skipped: corpus.skipped };
}

/** The column of an item's first key on its `- id:` line, for any line of the sidecar; the lines are indexed once. */
export function itemColumns(raw: string): (line: number) => number {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const lines = new LineIndex(text);
  return (line) => {
    if (line < 0 || line >= lines.lineCount) return 0;
    const start = lines.offsetAt(line, 0);
    const end = lines.offsetAt(line, Number.MAX_SAFE_INTEGER);
    // Indentation, then '- ' and its spaces: where the item's first key starts.
    let i = start;
    while (i < end && /\s/.test(text[i])) i++;
    if (text[i] === '-' && i + 1 < end && /\s/.test(text[i + 1])) {
      i++;
      while (i < end && /\s/.test(text[i])) i++;
    }
    return i - start;
  };
}

/**
 * Write beside the file, then rename over it, keeping its mode, group and symlink: a crash leaves the old file or the new one.
 */
export function writeAtomically(file: string, content: string): void {
  writeFileSafely(file, content);
}
