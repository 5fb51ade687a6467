/**
 * `marginalia diff [REV] [REV] [PATH...]`: what changed in the annotations and
 * registries between two revisions (one revision: it and the working tree;
 * none: HEAD and the working tree), per text, in words: annotations added,
 * removed, changed (which fields) and re-anchored, entities added or changed.
 * Markdown for a pull request description (default) or JSON Lines.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isReviewable, reviewFile, type FileReview } from '../core/merge/review';
import { reviewJsonl, reviewMarkdown } from '../core/merge/review-render';
import { git, tryGit } from './git';

const USAGE = 'usage: marginalia diff [--format markdown|jsonl] [REV [REV]] [--] [PATH...]\n';

/** Runs the diff command; returns the exit code (0, or 2 on bad usage or outside a git repository). */
export async function diffCommand(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
  cwd = process.cwd(),
): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      tokens: true,
      options: { format: { type: 'string', short: 'f', default: 'markdown' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    err.write(`marginalia diff: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    out.write(USAGE);
    return 0;
  }
  const format = args.values.format;
  if (format !== 'markdown' && format !== 'jsonl') {
    err.write(`marginalia diff: unknown format '${format}' — use markdown or jsonl\n`);
    return 2;
  }
  const root = tryGit(cwd, ['rev-parse', '--show-toplevel'])?.trim();
  if (!root) {
    err.write(`marginalia diff: ${cwd} is not in a git repository\n`);
    return 2;
  }

  // Revisions come first; after `--`, or from the first argument that is not a revision, come paths.
  const dashDash = args.tokens.find((t) => t.kind === 'option-terminator')?.index;
  const revs: string[] = [];
  const paths: string[] = [];
  for (const t of args.tokens) {
    if (t.kind !== 'positional') continue;
    const isRev =
      (dashDash === undefined || t.index < dashDash) && paths.length === 0 && revs.length < 2 && isRevision(cwd, t.value);
    (isRev ? revs : paths).push(t.value);
  }
  const [from = 'HEAD', to] = revs;
  if (!isRevision(cwd, from)) {
    err.write(
      `marginalia diff: '${from}' is not a commit of this repository (none made yet?) — give a revision, e.g. main or ` +
        `HEAD~1\n${USAGE}`,
    );
    return 2;
  }

  let files: string[];
  try {
    files = changedFiles(cwd, from, to, paths);
  } catch (e) {
    err.write(`marginalia diff: ${(e as Error).message}\n`);
    return 2;
  }
  const reviews: FileReview[] = files.map((file) =>
    reviewFile(file, show(root, from, file), to ? show(root, to, file) : readWorking(root, file)),
  );
  const title = `Annotation changes from ${short(cwd, from)} to ${to ? short(cwd, to) : 'the working tree'}`;
  out.write(format === 'jsonl' ? reviewJsonl(reviews) : reviewMarkdown(reviews, title));
  return 0;
}

/** A commit-ish that is not also a file name (`git diff` asks the same question). */
function isRevision(cwd: string, arg: string): boolean {
  return (
    !existsSync(join(cwd, arg)) &&
    tryGit(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${arg}^{commit}`]) !== undefined
  );
}

/** Sidecars and registries that differ, as paths from the repository root, in order. */
function changedFiles(cwd: string, from: string, to: string | undefined, paths: string[]): string[] {
  const split = (s: string) => s.split('\0').filter(Boolean);
  const files = split(git(cwd, ['diff', '--name-only', '--no-renames', '-z', from, ...(to ? [to] : []), '--', ...paths]));
  // New sidecars not yet added to git are changes too when comparing with the working tree.
  if (!to) files.push(...split(git(cwd, ['ls-files', '--others', '--exclude-standard', '--full-name', '-z', '--', ...paths])));
  // Texts first, registries after them: a reviewer reads the annotations, then the people they name.
  const registry = (f: string) => (f.endsWith('entities.yaml') ? 1 : 0);
  return [...new Set(files)].filter(isReviewable).sort((a, b) => registry(a) - registry(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function show(root: string, rev: string, file: string): string | undefined {
  return tryGit(root, ['show', `${rev}:${file}`]);
}

function readWorking(root: string, file: string): string | undefined {
  const path = join(root, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

function short(cwd: string, rev: string): string {
  const hash = tryGit(cwd, ['rev-parse', '--short', `${rev}^{commit}`])?.trim();
  if (!hash || hash === rev) return rev;
  return /^[0-9a-f]{40}$/.test(rev) ? hash : `${rev} (${hash})`;
}
