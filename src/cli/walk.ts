/**
 * Finding the files of a corpus under the paths given on the command line:
 * texts (*.txt, *.md), registries (entities.yaml) and sidecars. Directories recurse,
 * skipping dot-directories and node_modules; sidecars are never texts.
 * Shared by `scan`, `check` and `export`.
 *
 * The walk stays inside what it was given: a symbolic link is followed only when
 * it resolves inside the path given (and then once: every real file and folder is
 * listed once, so `ln -s . loop` neither loops nor repeats texts); a link leading
 * outside is skipped with a warning. FIFOs, sockets and devices are never listed.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { SIDECAR_SUFFIX } from '../core/sidecar/sidecar';

export interface Corpus {
  /** Text files, each as given or joined onto the directory given. */
  texts: string[];
  /** entities.yaml files found inside the directories given. */
  registries: string[];
  /** Sidecars (*.annotations.yaml) found inside the directories given. */
  sidecars: string[];
  /** Paths that could not be read: [path, reason]. */
  unreadable: Array<[string, string]>;
  /** Paths left out on purpose (links out of the corpus, FIFOs, devices): [path, reason], to show as warnings. */
  skipped: Array<[string, string]>;
}

const TEXT_RE = /\.(?:txt|md)$/i;
const REGISTRY = 'entities.yaml';

/** Walks the paths: a file named directly is always a text; directories give their texts and registries, sorted. */
export function walkCorpus(paths: string[]): Corpus {
  const corpus: Corpus = { texts: [], registries: [], sidecars: [], unreadable: [], skipped: [] };
  // Real paths already listed: each real file and folder is visited once, whatever links lead to it.
  const seen = new Set<string>();
  for (const p of paths) {
    let root: string;
    try {
      root = realpathSync.native(p);
    } catch (e) {
      corpus.unreadable.push([p, reason(e)]);
      continue;
    }
    visit(p, { corpus, seen, root }, true);
  }
  return corpus;
}

interface Walk {
  corpus: Corpus;
  seen: Set<string>;
  root: string;
}

/** Sorts one path into the corpus; inside a directory only *.txt and *.md files are texts. */
function visit(p: string, walk: Walk, named: boolean): void {
  const { corpus, seen, root } = walk;
  let stats: Stats;
  let real: string;
  try {
    const link = lstatSync(p);
    real = link.isSymbolicLink() || named ? realpathSync.native(p) : p;
    stats = link.isSymbolicLink() ? statSync(real) : link;
    if (link.isSymbolicLink() && !named && real !== root && !real.startsWith(root.endsWith(sep) ? root : root + sep)) {
      corpus.skipped.push([
        p,
        `symbolic link to ${real}, outside ${root}; not followed — copy the file into the corpus if it belongs there`,
      ]);
      return;
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // A link whose target is gone is not the user's text going missing: a warning, not an error.
    if (!named && (code === 'ENOENT' || code === 'ELOOP')) corpus.skipped.push([p, 'broken symbolic link; skipped']);
    else corpus.unreadable.push([p, reason(e)]);
    return;
  }
  // Keyed by real path when known; a plain entry under a real folder is itself a real path.
  const key = identity(real, stats);
  if (seen.has(key)) return;
  seen.add(key);
  const name = basename(p);
  if (stats.isDirectory()) walkDir(p, walk);
  else if (!stats.isFile()) {
    if (named || TEXT_RE.test(name) || name === REGISTRY || name.endsWith(SIDECAR_SUFFIX)) {
      if (named) corpus.unreadable.push([p, `not a regular file (${kind(stats)})`]);
      else corpus.skipped.push([p, `not a regular file (${kind(stats)}); skipped`]);
    }
  } else if (name === REGISTRY) corpus.registries.push(p);
  else if (named || TEXT_RE.test(name)) corpus.texts.push(p);
  else if (name.endsWith(SIDECAR_SUFFIX)) corpus.sidecars.push(p);
}

/** Identity of a file: device and inode (hard links and bind mounts too), else its path. */
function identity(real: string, stats: Stats): string {
  return stats.ino ? `${stats.dev}:${stats.ino}` : real;
}

function walkDir(dir: string, walk: Walk): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    walk.corpus.unreadable.push([dir, reason(e)]);
    return;
  }
  for (const name of names) if (!name.startsWith('.') && name !== 'node_modules') visit(join(dir, name), walk, false);
}

function kind(stats: Stats): string {
  return stats.isFIFO()
    ? 'a FIFO'
    : stats.isSocket()
      ? 'a socket'
      : stats.isCharacterDevice() || stats.isBlockDevice()
        ? 'a device'
        : 'not a file';
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'no such file or directory'
    : code === 'EACCES'
      ? 'permission denied'
      : String((e as Error).message ?? e);
}
