// Builds the extension and CLI bundles (dist/) and transpiles sources and tests for mocha (out/).
import { build } from 'esbuild';
import { existsSync, readdirSync, statSync, rmSync, cpSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');

function files(dir, re) {
  let out = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(files(p, re));
    else if (re.test(p)) out.push(p);
  }
  return out;
}

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning' };

rmSync('out', { recursive: true, force: true });
// The unbundled out/ code requires the JSON Schemas by relative path, as the bundles inline them.
cpSync('schemas', 'out/schemas', { recursive: true });
await Promise.all([
  build({ ...common, entryPoints: ['src/editor/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  // Tests and benchmarks: one file per source, unbundled, so mocha and stack traces see real paths.
  build({
    entryPoints: [...files('src', /\.ts$/), ...files('test', /\.ts$/), ...files('bench', /\.ts$/)],
    outdir: 'out', outbase: '.', bundle: false, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning',
  }),
]);
