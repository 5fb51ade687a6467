// What both launchers share: where the extension and its tests are, and a throwaway copy of the sample corpus.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
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
  };
}
