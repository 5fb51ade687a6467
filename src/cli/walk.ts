/**
 * Finding the files of a corpus under the paths given on the command line:
 * texts (*.txt, *.md), registries (entities.yaml) and sidecars. Directories recurse,
 * skipping dot-directories and node_modules; sidecars are never texts.
 * Shared by `scan`, `check` and `export`.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
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
}

const TEXT_RE = /\.(?:txt|md)$/i;
const REGISTRY = 'entities.yaml';

/** Walks the paths: a file named directly is always a text; directories give their texts and registries, sorted. */
export function walkCorpus(paths: string[]): Corpus {
  const corpus: Corpus = { texts: [], registries: [], sidecars: [], unreadable: [] };
  for (const p of paths) visit(p, corpus, true);
  return corpus;
}

/** Sorts one path into the corpus; inside a directory only *.txt and *.md files are texts. */
function visit(p: string, corpus: Corpus, named: boolean): void {
  let isDir: boolean;
  try {
    isDir = statSync(p).isDirectory();
  } catch (e) {
    corpus.unreadable.push([p, reason(e)]);
    return;
  }
  const name = basename(p);
  if (isDir) walkDir(p, corpus);
  else if (name === REGISTRY) corpus.registries.push(p);
  else if (named || TEXT_RE.test(name)) corpus.texts.push(p);
  else if (name.endsWith(SIDECAR_SUFFIX)) corpus.sidecars.push(p);
}

function walkDir(dir: string, corpus: Corpus): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    corpus.unreadable.push([dir, reason(e)]);
    return;
  }
  for (const name of names) if (!name.startsWith('.') && name !== 'node_modules') visit(join(dir, name), corpus, false);
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : String((e as Error).message ?? e);
}
