// What the .vsix would hold (`vsce ls`): the bundles, grammars, schemas, media and the Marketplace documents, nothing else.
import * as assert from 'node:assert';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const root = resolve(__dirname, '..', '..', '..');
const vsce = join(root, 'node_modules', '.bin', 'vsce');

/** Paths the package may hold; anything else (sources, tests, samples, source maps, caches) is a leak. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^CHANGELOG\.md$/,
  /^LICENSE$/,
  /^dist\/(extension|cli|index-worker|web\/extension)\.js$/,
  /^syntaxes\/[^/]+\.json$/,
  /^schemas\/[^/]+\.json$/,
  /^media\//,
];

interface Manifest {
  main: string;
  browser: string;
  icon?: string;
  bin?: Record<string, string>;
  contributes: {
    grammars?: { path: string }[];
    yamlValidation?: { url: string }[];
    walkthroughs?: { steps: { media: { markdown?: string; image?: unknown } }[] }[];
  };
}

/** Every file the manifest points at: VS Code loads these from the installed extension. */
function referenced(manifest: Manifest): string[] {
  const c = manifest.contributes;
  const files = [
    manifest.main,
    manifest.browser,
    manifest.icon,
    ...Object.values(manifest.bin ?? {}),
    ...(c.grammars ?? []).map((g) => g.path),
    ...(c.yamlValidation ?? []).map((v) => v.url),
    ...(c.walkthroughs ?? []).flatMap((w) => w.steps.map((s) => s.media.markdown)),
  ];
  return files.filter((f): f is string => typeof f === 'string').map((f) => f.replace(/^\.\//, ''));
}

describe('vsix listing (vsce ls)', function () {
  // vsce walks the whole folder, caches included, before it applies .vscodeignore.
  this.timeout(120_000);
  let listed: string[];

  before(async function () {
    if (!existsSync(join(root, 'dist', 'extension.js')))
      throw new Error('dist/extension.js is missing: run `npm run build` first');
    const { stdout } = await promisify(execFile)(vsce, ['ls', '--no-dependencies'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    listed = stdout
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  });

  it('lists only what VS Code loads and the Marketplace shows', () => {
    const leaks = listed.filter((f) => !ALLOWED.some((re) => re.test(f)));
    assert.deepStrictEqual(leaks, [], 'files that should be left out by .vscodeignore');
  });

  for (const [what, re] of [
    ['sources', /^src\//],
    ['tests', /^test\//],
    ['samples', /^samples\//],
    ['benchmarks', /^bench\//],
    ['node_modules', /(^|\/)node_modules\//],
    ['the unbundled build', /^out\//],
    ['caches', /^\.(cache|test-host)\//],
    ['scripts', /^scripts\//],
    ['source maps', /\.map$/],
  ] as const) {
    it(`leaves out ${what}`, () =>
      assert.deepStrictEqual(
        listed.filter((f) => re.test(f)),
        [],
      ));
  }

  it('holds every file the manifest refers to', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
    const needed = [...referenced(manifest), 'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'];
    assert.ok(needed.includes('dist/extension.js'));
    assert.deepStrictEqual(
      needed.filter((f) => !listed.includes(f)),
      [],
      'referenced by package.json but not packaged',
    );
  });

  it("holds the index build's worker thread, which the Node entry starts from beside itself", () => {
    assert.ok(listed.includes('dist/index-worker.js'), 'dist/index-worker.js is not packaged');
  });
});
