import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Minimatch } from 'minimatch';
import type { FileStat, WorkspaceFiles } from '../core/files/workspace-files';
import { NodeFileStore } from './node-file-store';

/**
 * A folder on disk as a workspace: NodeFileStore's guarded, atomic writes plus
 * listing and stat. Listing skips node_modules and dot-folders (as the corpus
 * walk does) and does not follow symbolic links to folders, so it cannot loop.
 */
export class NodeWorkspace extends NodeFileStore implements WorkspaceFiles {
  constructor(
    private readonly root: string,
    lockWaitMs?: number,
  ) {
    super(lockWaitMs);
  }

  async stat(path: string): Promise<FileStat | undefined> {
    try {
      const s = statSync(path);
      return { kind: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', size: s.size };
    } catch {
      return undefined;
    }
  }

  async list(glob: string): Promise<string[]> {
    const matcher = new Minimatch(glob, { dot: true });
    const out: string[] = [];
    const walk = (dir: string): void => {
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return; // unreadable folder: nothing to list there
      }
      for (const e of entries) {
        const path = join(dir, e.name);
        if (e.isDirectory()) {
          if (e.name !== 'node_modules' && !e.name.startsWith('.')) walk(path);
        } else if (e.isFile() && matcher.match(relative(this.root, path).split(sep).join('/'))) {
          out.push(path);
        }
      }
    };
    walk(this.root);
    return out.sort();
  }
}
