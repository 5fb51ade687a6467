import type { Problem } from '../model';
import { changeTextFile } from '../files/change-text-file';
import type { WorkspaceFiles } from '../files/workspace-files';
import { refusalMessage } from '../problem-format';
import { SIDECAR_SUFFIX } from '../sidecar/sidecar';
import { decodeText } from '../text/decode';
import type { AnnotationsHost } from './annotations-model';

/** What the user would be told, for a host without windows (the log and the test read it). */
export interface HostLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * The annotation model's files over a WorkspaceFiles (memory in the unit tests,
 * Node's fs elsewhere), named by `/`-separated paths: reads decode as the
 * editor does, writes go through core's one write path (changeTextFile), and
 * a refused or failed write is logged and leaves the file as it was.
 */
export function filesHost(files: WorkspaceFiles, log: HostLog): AnnotationsHost<string> {
  const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  const folder = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
  return {
    isSidecar: (path) => path.endsWith(SIDECAR_SUFFIX),
    textUriFor: (sidecar, field) =>
      folder(sidecar) +
      (field && !field.includes('/') && !field.includes('\\') ? field : baseName(sidecar).slice(0, -SIDECAR_SUFFIX.length)),
    sidecarUriFor: (text) => text + SIDECAR_SUFFIX,
    baseName,
    displayPath: (path) => path,
    async readSidecar(path) {
      const bytes = await files.read(path);
      if (!bytes) return {};
      const d = decodeText(bytes);
      if (d.ok) return { text: d.text };
      const problem: Problem = {
        file: path,
        line: d.line,
        column: d.column,
        severity: 'error',
        code: d.reason,
        message: `the file ${d.message}`,
      };
      return { problem };
    },
    async readText(path) {
      const bytes = await files.read(path);
      const d = bytes && decodeText(bytes);
      return d && d.ok ? d.text : undefined;
    },
    exists: async (path) => (await files.stat(path)) !== undefined,
    findSidecars: () => files.list('**/*' + SIDECAR_SUFFIX),
    async editSidecar(sidecar, change) {
      try {
        const result = await changeTextFile(files, sidecar, change);
        if (result.status !== 'refused') return true;
        log.warn(`${sidecar}: ${refusalMessage(baseName(sidecar), result.problems)}`);
      } catch (e) {
        log.error(e instanceof Error ? e.message : String(e));
      }
      return false;
    },
    log,
  };
}
