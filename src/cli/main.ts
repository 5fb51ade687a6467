/** The `marginalia` command: scan, check, export. */
import { check } from './check';
import { claims } from './claims';
import { exportCommand } from './export';
import { gitSetupCommand } from './git-setup';
import { importCommand } from './import';
import { mergeCommand } from './merge';
import { diffCommand } from './diff';
import { scan } from './scan';

const USAGE = `usage: marginalia <command> [options] PATH...

commands:
  scan     print every name, date and quotation in the texts
  check    validate registries and sidecars, re-anchor annotations
  claims   list claims and evidence, and the contradictions between them
  export   write annotations as W3C JSON-LD, TEI, CSV or brat
  import   read brat .ann or W3C JSON-LD annotations into a text's sidecar
  diff     annotations and entities changed between two revisions (Markdown or JSONL)
  merge    three-way merge of a sidecar or registry by id (git's merge driver)
  git-setup  make git merge sidecars and registries with 'marginalia merge'
`;

export async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  switch (command) {
    case undefined:
    case '-h':
    case '--help':
      process.stdout.write(USAGE);
      return command ? 0 : 2;
    case 'scan':
      return scan(argv.slice(1));
    case 'check':
      return check(argv.slice(1));
    case 'claims':
      return claims(argv.slice(1));
    case 'export':
      return exportCommand(argv.slice(1));
    case 'import':
      return importCommand(argv.slice(1));
    case 'diff':
      return diffCommand(argv.slice(1));
    case 'merge':
      return mergeCommand(argv.slice(1));
    case 'git-setup':
      return gitSetupCommand(argv.slice(1));
    default:
      process.stderr.write(`marginalia: unknown command '${command}'\n${USAGE}`);
      return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
