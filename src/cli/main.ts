/** The `marginalia` command: scan, check, export. */
import { scan } from './scan';

const USAGE = `usage: marginalia <command> [options] PATH...

commands:
  scan     print every name, date and quotation in the texts
  check    validate registries and sidecars, re-anchor annotations
  export   write annotations as W3C JSON-LD, TEI, CSV or brat
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
    default:
      process.stderr.write(`marginalia: unknown command '${command}'\n${USAGE}`);
      return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
