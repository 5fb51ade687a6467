/**
 * Reading what `export` and `import` need from disk: registries (named, found
 * under the paths, or else the nearest entities.yaml above a text), texts as
 * VS Code decodes them, and each text's sidecar. Problems go to `report`;
 * whatever can be read is still used.
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Annotation, Entity, Problem } from '../core/model';
import { parseRegistry } from '../core/registry/parse-registry';
import { Registry } from '../core/registry/registry';
import { parseSidecar } from '../core/sidecar/parse-sidecar';
import { sidecarFileName } from '../core/sidecar/sidecar';
import { MAX_TEXT_BYTES, decodeText, tooLargeMessage } from '../core/text/decode';

export type Report = (problem: Problem) => void;

/**
 * The text of a file decoded as VS Code would (BOM stripped), or undefined (reported) when it cannot be read;
 * `keepBom` puts a BOM back so that a rewritten file keeps it.
 */
export function readText(file: string, report: Report, keepBom = false): string | undefined {
  let read: ReturnType<typeof readBounded>;
  try {
    read = readBounded(file);
  } catch (e) {
    report({
      file,
      line: 0,
      column: 0,
      severity: 'error',
      code: 'unreadable',
      message: `cannot read: ${why(e)} — check the path and its permissions`,
    });
    return undefined;
  }
  if ('problem' in read) {
    report({ file, line: 0, column: 0, severity: 'error', ...read.problem });
    return undefined;
  }
  const bytes = read.bytes;
  const decoded = decodeText(bytes);
  if (decoded.ok) return keepBom && decoded.bom ? `\ufeff${decoded.text}` : decoded.text;
  report({ file, line: decoded.line, column: decoded.column, severity: 'error', code: decoded.reason, message: decoded.message });
  return undefined;
}

/**
 * A regular file's bytes, at most `limit`: opened without blocking (a FIFO named like a text would wait
 * for a writer forever), checked on the open descriptor (no race with a rename), and read with a bound
 * (a device or a growing file is cut off at limit + 1 bytes and refused, never read whole).
 */
export function readBounded(
  file: string,
  limit = MAX_TEXT_BYTES,
): { bytes: Buffer } | { problem: { code: string; message: string } } {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      const what = stats.isFIFO() ? 'a FIFO' : stats.isSocket() ? 'a socket' : stats.isDirectory() ? 'a directory' : 'a device';
      return { problem: { code: 'not-a-file', message: `is not a regular file (${what}); skipped — only plain files are read` } };
    }
    if (stats.size > limit) return { problem: { code: 'too-large', message: tooLargeMessage(stats.size, limit) } };
    const chunks: Buffer[] = [];
    let total = 0;
    // Sized by stat, but stat is only a hint: keep reading until end of file or one byte past the limit.
    for (let want = Math.min(stats.size, limit) + 1; total <= limit; want = Math.min(1 << 20, limit + 1 - total)) {
      const chunk = Buffer.allocUnsafe(want);
      const n = readSync(fd, chunk, 0, want, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
    }
    if (total > limit) return { problem: { code: 'too-large', message: tooLargeMessage(total, limit, true) } };
    return { bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total) };
  } finally {
    closeSync(fd);
  }
}

/** The merged entities of the registry files; when none are given, the nearest entities.yaml above the first text. */
export function loadEntities(registries: string[], texts: string[], report: Report): Entity[] {
  return loadRegistry(registries.length ? registries : nearestRegistry(texts[0]), report).all();
}

/** The registry files merged into one Registry; their problems (and ids defined twice) are reported. */
export function loadRegistry(files: string[], report: Report): Registry {
  const loaded: { file: string; entities: Entity[] }[] = [];
  for (const file of files) {
    const text = readText(file, report);
    if (text === undefined) continue;
    const { entities, problems } = parseRegistry(text, file);
    problems.forEach(report);
    loaded.push({ file, entities });
  }
  const registry = new Registry(loaded);
  registry.problems().forEach(report);
  return registry;
}

/** The annotations of a text's sidecar (none when it has no sidecar). */
export function loadAnnotations(textFile: string, report: Report): Annotation[] {
  const file = sidecarPath(textFile);
  if (!existsSync(file)) return [];
  const text = readText(file, report);
  if (text === undefined) return [];
  const { sidecar, problems } = parseSidecar(text, file);
  problems.forEach(report);
  return sidecar?.annotations ?? [];
}

/** Where a text's sidecar lives. */
export function sidecarPath(textFile: string): string {
  return join(dirname(textFile), sidecarFileName(textFile.split(/[\\/]/).pop() as string));
}

/** The nearest entities.yaml in the folder of `path` or above it, as the editor would see it. */
export function nearestRegistry(path: string | undefined): string[] {
  if (!path) return [];
  const start = resolve(path);
  for (let dir = existsSync(start) && statSync(start).isDirectory() ? start : dirname(start); ; dir = dirname(dir)) {
    const candidate = join(dir, 'entities.yaml');
    if (existsSync(candidate)) return [candidate];
    if (dirname(dir) === dir) return [];
  }
}

function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
}
