/**
 * `marginalia merge BASE OURS THEIRS [PATH]`: git's merge driver for sidecars
 * and registries (`.gitattributes`: `*.annotations.yaml merge=marginalia`).
 * Git passes %O %A %B %P; the result is written over OURS (%A, a temporary
 * file git reads back), atomically. Exit 0 when merged cleanly, 1 when
 * conflict blocks were written (git then lists the file as conflicted), 2 on
 * bad usage.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { mergeList, type ListKind } from '../core/merge/merge-list';
import { writeAtomically } from './check';

const USAGE = 'usage: marginalia merge BASE OURS THEIRS [PATH]   (as a git merge driver: marginalia merge %O %A %B %P)\n';

/** Runs the merge command; returns the exit code. */
export async function mergeCommand(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    err.write(`marginalia merge: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    out.write(USAGE);
    return 0;
  }
  const [basePath, oursPath, theirsPath, name = oursPath] = args.positionals;
  if (!theirsPath || args.positionals.length > 4) {
    err.write(USAGE);
    return 2;
  }
  let texts: string[];
  try {
    texts = [basePath, oursPath, theirsPath].map((p) => readFileSync(p, 'utf8'));
  } catch (e) {
    err.write(`marginalia merge: ${(e as Error).message}\n`);
    return 2;
  }
  const [base, ours, theirs] = texts;
  const { text, conflicts } = mergeList(base, ours, theirs, kindOf(name, ours));
  if (text !== ours) writeAtomically(oursPath, text);
  for (const c of conflicts) {
    err.write(
      `marginalia merge: ${name}: conflict in ${c.id}: ${c.reason} — both versions are kept between '<<<<<<< ours' and ` +
        `'>>>>>>> theirs'; ` +
        `keep the one you want (or combine them), delete the marker lines, then run 'marginalia check'\n`,
    );
  }
  return conflicts.length ? 1 : 0;
}

/** A registry is named entities.yaml (or says `entities:`); everything else merged by this driver is a sidecar. */
function kindOf(name: string, text: string): ListKind {
  if (/entities\.ya?ml$/i.test(basename(name))) return 'entities';
  if (/\.annotations\.ya?ml$/i.test(name)) return 'annotations';
  return /^entities\s*:/m.test(text) ? 'entities' : 'annotations';
}
