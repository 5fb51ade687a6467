/**
 * `marginalia git-setup [--dry-run] [PATH]`: makes git merge sidecars and
 * registries with `marginalia merge`. Says what it will write, then adds the
 * `.gitattributes` lines at the repository root and sets the driver in the
 * repository's own git config (never the global one).
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeSetup, driverConfig, shellWord, withDriverAttributes } from '../core/merge/git-setup-plan';
import { writeAtomically } from './check';
import { git, tryGit } from './git';

const USAGE = 'usage: marginalia git-setup [--dry-run] [PATH]   (PATH: a folder in the repository; default: the current one)\n';

/** Runs git-setup; `cli` is this program's script, which the driver command runs with this Node. */
export async function gitSetupCommand(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
  cli: string = process.argv[1],
): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean', short: 'n' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    err.write(`marginalia git-setup: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    out.write(USAGE);
    return 0;
  }
  if (args.positionals.length > 1) {
    err.write(USAGE);
    return 2;
  }
  const dir = resolve(args.positionals[0] ?? '.');
  const root = existsSync(dir) ? tryGit(dir, ['rev-parse', '--show-toplevel'])?.trim() : undefined;
  if (!root) {
    err.write(`marginalia git-setup: ${dir} is not in a git repository — run 'git init' first, or give a folder inside one\n`);
    return 2;
  }

  const attributesFile = join(root, '.gitattributes');
  const attributes = withDriverAttributes(existsSync(attributesFile) ? readFileSync(attributesFile, 'utf8') : undefined);
  // The absolute paths of this Node and this script: the driver works without `marginalia` on the PATH.
  const config = driverConfig(`${shellWord(process.execPath)} ${shellWord(realpathSync(cli))}`);
  const configFile = resolve(root, git(root, ['rev-parse', '--git-path', 'config']).trim());
  out.write(describeSetup(attributesFile, attributes, config, configFile));
  if (args.values['dry-run']) {
    out.write('Nothing written (--dry-run).\n');
    return 0;
  }
  try {
    if (attributes !== undefined) writeAtomically(attributesFile, attributes);
    for (const { key, value } of config) git(root, ['config', '--local', key, value]);
  } catch (e) {
    err.write(`marginalia git-setup: ${(e as Error).message}\n`);
    return 1;
  }
  out.write('Done.\n');
  return 0;
}
