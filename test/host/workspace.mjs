// What both launchers share: where the extension and its tests are, and a throwaway copy of the sample corpus.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './install-code-server.mjs';

export const extensionPath = repoRoot;
export const sampleWorkspace = join(repoRoot, 'samples', 'moscow-trials');
export const integrationTestsPath = join(repoRoot, 'out', 'test', 'integration', 'index.js');

/** Copies a workspace folder to a fresh temp dir, so tests may edit files and sidecars freely. */
export function copyWorkspace(source = sampleWorkspace) {
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-ws-'));
  const target = join(dir, 'moscow-trials');
  cpSync(source, target, { recursive: true });
  return { folder: target, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh temp dir with a cleanup function (user data, extensions dir, browser profile). */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Launcher options from argv and env: --grep/MARGINALIA_TEST_GREP, --tests/MARGINALIA_TESTS_PATH, --workspace, --extension. */
export function launcherOptions(argv = process.argv.slice(2)) {
  const flag = (name) => {
    const i = argv.indexOf(`--${name}`);
    if (i >= 0 && argv[i + 1] !== undefined) return argv[i + 1];
    const eq = argv.find((a) => a.startsWith(`--${name}=`));
    return eq ? eq.slice(name.length + 3) : undefined;
  };
  return {
    grep: flag('grep') ?? process.env.MARGINALIA_TEST_GREP,
    testsPath: flag('tests') ?? process.env.MARGINALIA_TESTS_PATH ?? integrationTestsPath,
    workspace: flag('workspace') ?? process.env.MARGINALIA_TEST_WORKSPACE ?? sampleWorkspace,
    extension: flag('extension') ?? extensionPath,
    host: flag('host') ?? process.env.MARGINALIA_TEST_HOST ?? 'both',
  };
}

/**
 * The extension as vscode.dev and github.dev see it: a copy whose package.json has no `main` (with one, code-server
 * runs the extension in Node even when asked for the web host), so only the `browser` bundle can run; with the web
 * integration tests (`npm run build` makes them) as `testsPath`.
 */
export function webExtensionCopy() {
  const copy = tempDir('marginalia-web-extension-');
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  delete manifest.main;
  delete manifest.extensionKind;
  writeFileSync(join(copy.dir, 'package.json'), JSON.stringify(manifest, null, 2));
  // The tests module lives inside the extension too: VS Code runs tests in the host that runs the extension they are in.
  for (const part of ['dist/web', 'out/test/web', 'schemas', 'syntaxes', 'media', 'LICENSE', 'README.md']) {
    cpSync(join(repoRoot, part), join(copy.dir, part), { recursive: true });
  }
  return { ...copy, testsPath: join(copy.dir, 'out', 'test', 'web', 'index.js') };
}
