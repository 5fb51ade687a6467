// npm run test:vsix: packages Marginalia as a .vsix (vsce package must print no warning), installs it with
// code-server's --install-extension into a fresh extensions dir, and checks in VS Code that the installed
// extension (not the repository) activates on the sample corpus and serves a hover (test/package/vsix-probe.ts).
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exitUnlessInterrupted, runInCodeServer } from './code-server-host.mjs';
import { codeServerEntry, installCodeServer, repoRoot } from './install-code-server.mjs';
import { tempDir } from './workspace.mjs';

const vsix = join(repoRoot, '.cache', 'marginalia.vsix');
const probeTests = join(repoRoot, 'out', 'test', 'package', 'vsix-probe.js');
// A guard against shipping node_modules, tests or the benchmark corpus (tens of MB), not a budget: the package is the
// two bundles (desktop and web), the index worker, the CLI and the README's screenshots, about 2.3 MB in all.
const MAX_BYTES = 3 * 1024 * 1024;

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}:\n${output}`);
  return output;
}

/** Builds the .vsix as a user would (prepublish: production bundles); any vsce warning fails. */
function packageVsix() {
  mkdirSync(join(repoRoot, '.cache'), { recursive: true });
  const started = Date.now();
  const output = run(join(repoRoot, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '-o', vsix]);
  const warnings = output.split('\n').filter((l) => /\bWARNING\b/i.test(l));
  if (warnings.length) throw new Error(`vsce package warned:\n${warnings.join('\n')}\n\n${output}`);
  const { size } = statSync(vsix);
  if (size > MAX_BYTES)
    throw new Error(`${vsix} is ${(size / 1024 / 1024).toFixed(2)} MB, over ${MAX_BYTES / 1024 / 1024} MB: check .vscodeignore`);
  console.log(
    `[vsix] packaged ${vsix} (${Math.round(size / 1024)} KB) in ${Math.round((Date.now() - started) / 1000)} s, no warnings`,
  );
}

// extensionTestsPath needs a development extension beside it: an empty one, so Marginalia itself comes only from the .vsix.
function probeExtension(dir) {
  const folder = join(dir, 'probe-extension');
  mkdirSync(folder, { recursive: true });
  const manifest = {
    name: 'marginalia-vsix-probe',
    publisher: 'marginalia-test',
    version: '0.0.0',
    engines: { vscode: '^1.95.0' },
  };
  writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  return folder;
}

const data = tempDir('marginalia-vsix-');
try {
  packageVsix();
  installCodeServer();
  const extensionsDir = join(data.dir, 'extensions');
  const installed = run(process.execPath, [codeServerEntry, '--extensions-dir', extensionsDir, '--install-extension', vsix]);
  if (!/successfully installed/i.test(installed)) throw new Error(`code-server did not report the install:\n${installed}`);
  console.log(`[vsix] installed into ${extensionsDir}`);
  const code = await runInCodeServer({
    testsPath: probeTests,
    extension: probeExtension(data.dir),
    dataDir: data.dir,
    env: { MARGINALIA_VSIX_EXTENSIONS_DIR: extensionsDir },
    timeoutMs: 180_000,
  });
  data.dispose();
  exitUnlessInterrupted(code);
} catch (err) {
  console.error(`[vsix] ${err instanceof Error ? err.message : err}`);
  data.dispose();
  exitUnlessInterrupted(1);
}
