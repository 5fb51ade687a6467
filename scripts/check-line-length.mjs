// npm run lint: fails on a line in src/ over 130 characters (Prettier's printWidth), which Prettier leaves for strings,
// template literals, regexes and comments. Allowed: the statement or property under a `// prettier-ignore` comment
// (a regex table): its first line and the lines indented deeper than the comment after it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MAX = 130;
const root = process.argv[2] ?? 'src';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const indent = (line) => line.length - line.trimStart().length;
const long = [];
for (const file of files(root)) {
  const lines = readFileSync(file, 'utf8').split('\n');
  let ignoredDeeperThan = -1; // inside an ignored node: lines indented deeper than this are allowed
  let pending = -1; // after `// prettier-ignore` (and other comments): the indent of the comment
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '// prettier-ignore') {
      pending = indent(line);
      return;
    }
    if (pending >= 0 && trimmed.startsWith('//')) return;
    if (pending >= 0) {
      ignoredDeeperThan = pending;
      pending = -1;
    } else if (ignoredDeeperThan >= 0 && !(trimmed === '' || indent(line) > ignoredDeeperThan)) ignoredDeeperThan = -1;
    const isIgnored = ignoredDeeperThan >= 0;
    if ([...line].length > MAX && !isIgnored) long.push(`${file}:${i + 1}: ${[...line].length} characters`);
  });
}

if (long.length) {
  console.error(`Lines over ${MAX} characters (split the string, wrap the comment, or mark a regex table // prettier-ignore):`);
  for (const l of long) console.error(`  ${l}`);
  process.exit(1);
}
