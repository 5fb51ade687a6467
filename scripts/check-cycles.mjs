// npm run lint: fails on any import cycle in src/ (type-only imports included: a cycle of types is still a tangle).
// The TypeScript compiler lists each file's imports; relative ones are resolved to files and searched for cycles.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(process.argv[2] ?? 'src');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The files a module imports (relative specifiers only: packages cannot import us back). */
function importsOf(file) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((s) => s.startsWith('.'))
    .flatMap((s) => {
      const base = resolve(dirname(file), s);
      const found = [`${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p));
      return found ? [found] : [];
    });
}

const graph = new Map(files(root).map((f) => [f, importsOf(f)]));
// Depth-first search with colours; each back edge closes a cycle, reported once by its set of files.
const state = new Map();
const stack = [];
const cycles = new Map();
function visit(file) {
  state.set(file, 'open');
  stack.push(file);
  for (const next of graph.get(file) ?? []) {
    if (state.get(next) === 'open') {
      const cycle = stack.slice(stack.indexOf(next));
      cycles.set([...cycle].sort().join('|'), [...cycle, next]);
    } else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(file, 'done');
}
for (const file of graph.keys()) if (!state.has(file)) visit(file);

if (cycles.size > 0) {
  console.error(
    `${cycles.size} import cycle(s) in ${relative(process.cwd(), root)}: break each by moving what both sides need into a module of its own, or by passing it in.`,
  );
  for (const cycle of cycles.values()) console.error(`  ${cycle.map((f) => relative(process.cwd(), f)).join(' -> ')}`);
  process.exit(1);
}
console.log(`no import cycles among ${graph.size} modules in ${relative(process.cwd(), root)}`);
