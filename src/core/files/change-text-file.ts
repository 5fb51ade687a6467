import type { Problem } from '../model';
import { decodeText } from '../text/decode';
import { encodeText } from '../text/encode';
import { MAX_YAML_CHARS } from '../yaml/parse-yaml';
import type { FileStore } from './file-store';

/** What became of a change: written, nothing to do, or refused (the file could not be read safely, or the edit was refused). */
export type ChangeResult =
  | { status: 'written'; text: string }
  | { status: 'unchanged'; text: string | undefined }
  | { status: 'refused'; problems: Problem[] };

/**
 * The one way Marginalia changes a sidecar (or registry) on disk, for the
 * command line and the editor alike: under the store's cross-process guard,
 * read the file as it is now, refuse what cannot be decoded, let `change` edit
 * that text (undefined in: no file yet; undefined out: nothing to do; a thrown
 * error with `problems`: refused, e.g. a YAML error), refuse a result the tool
 * could not read back, and write it in the encoding it was read in. A second
 * writer waits for the first and then edits the first's result, so neither's
 * change is lost. I/O failures throw the store's FileWriteError.
 */
export async function changeTextFile(
  store: FileStore,
  path: string,
  change: (current: string | undefined) => string | undefined,
): Promise<ChangeResult> {
  return store.exclusive(path, async () => {
    const bytes = await store.read(path);
    let current: string | undefined;
    let encoding: Parameters<typeof encodeText>[1] = { encoding: 'utf8', bom: false };
    if (bytes) {
      const decoded = decodeText(bytes);
      // Rewriting a file that cannot be read would replace it: refuse, as for a YAML error.
      if (!decoded.ok) return refused(path, decoded.line, decoded.column, decoded.reason, `the file ${decoded.message}`);
      current = decoded.text;
      encoding = decoded;
    }
    let next: string | undefined;
    try {
      next = change(current);
    } catch (e) {
      const problems = problemsOf(e);
      if (!problems) throw e;
      return { status: 'refused', problems: problems.map((p) => ({ ...p, file: p.file || path })) };
    }
    if (next === undefined || next === current) return { status: 'unchanged', text: current };
    if (next.length > MAX_YAML_CHARS) {
      return refused(
        path,
        0,
        0,
        'too-large',
        `the result would be ${(next.length / 1048576).toFixed(1)} MB, over the ` +
          `${MAX_YAML_CHARS / 1048576} MB that Marginalia reads back; ` +
          'nothing was written — split the text and its annotations into smaller files',
      );
    }
    await store.write(path, encodeText(next, encoding));
    return { status: 'written', text: next };
  });
}

function refused(file: string, line: number, column: number, code: string, message: string): ChangeResult {
  return { status: 'refused', problems: [{ file, line, column, severity: 'error', code, message }] };
}

/** The problems of an edit refusal (SidecarError, RegistryError); undefined for any other error. */
export function problemsOf(e: unknown): Problem[] | undefined {
  if (e && typeof e === 'object' && Array.isArray((e as { problems?: unknown }).problems))
    return (e as { problems: Problem[] }).problems;
  return undefined;
}
