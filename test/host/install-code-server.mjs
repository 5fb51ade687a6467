// Installs code-server (VS Code in a browser) into .cache/code-server, offline-friendly:
// VS Code's download servers are unreachable, but npm is, and code-server ships VS Code on npm.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const codeServerDir = join(repoRoot, '.cache', 'code-server');
const marker = join(codeServerDir, '.installed');

/** Absolute path of code-server's entry script (what `node` runs). */
export const codeServerEntry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const vscodeDir = join(codeServerDir, 'node_modules', 'code-server', 'lib', 'vscode');

/** The VS Code version that code-server bundles (from its product.json / package.json). */
export function vscodeVersion() {
  for (const file of ['product.json', 'package.json']) {
    const p = join(vscodeDir, file);
    if (!existsSync(p)) continue;
    const json = JSON.parse(readFileSync(p, 'utf8'));
    if (json.version) return json.version;
  }
  return 'unknown';
}

function run(cmd, args, cwd, extraEnv = {}) {
  console.log(`[install] (${cwd.replace(repoRoot, '.')}) ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, npm_config_yes: 'true', ...extraEnv } });
  if (r.status !== 0)
    throw new Error(`install of code-server failed: ${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

function which(name) {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Paths of the system tools the host needs (Debian packages chromium and ripgrep); throws naming the fix. */
export function systemTools() {
  const chromium = process.env.MARGINALIA_CHROMIUM ?? which('chromium') ?? which('chromium-browser');
  const rg = which('rg');
  const missing = [!chromium && 'chromium', !rg && 'ripgrep'].filter(Boolean);
  if (missing.length)
    throw new Error(`missing ${missing.join(' and ')}: run \`apt-get install -y ${missing.join(' ')}\` (as root), or .ci/run`);
  return { chromium, rg };
}

/** Installs code-server when missing or half-installed (the marker records a finished install). */
export function installCodeServer() {
  if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === CODE_SERVER_VERSION && existsSync(codeServerEntry)) return;
  const { rg } = systemTools();
  const started = Date.now();
  console.log(`[install] installing code-server ${CODE_SERVER_VERSION} into ${codeServerDir} (once; about a minute)`);
  rmSync(codeServerDir, { recursive: true, force: true });
  mkdirSync(codeServerDir, { recursive: true });
  // Its own package.json, so npm installs here and not into the project.
  writeFileSync(join(codeServerDir, 'package.json'), JSON.stringify({ name: 'marginalia-test-host', private: true }, null, 2));
  const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];
  run('npm', ['install', `code-server@${CODE_SERVER_VERSION}`, '--ignore-scripts', ...quiet], codeServerDir);
  run('npm', ['rebuild', 'argon2', ...quiet], codeServerDir);
  // Install scripts are skipped because @vscode/ripgrep's downloads from GitHub; native modules are rebuilt instead.
  run('npm', ['install', '--omit=dev', '--ignore-scripts', ...quiet], vscodeDir);
  run('npm', ['rebuild', 'node-pty', '@vscode/spdlog', 'native-watchdog', '@parcel/watcher', ...quiet], vscodeDir);
  const rgBin = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(rgBin, { recursive: true });
  rmSync(join(rgBin, 'rg'), { force: true });
  symlinkSync(rg, join(rgBin, 'rg'));
  rmSync(join(vscodeDir, 'node_modules.asar'), { force: true });
  symlinkSync('node_modules', join(vscodeDir, 'node_modules.asar'));
  run('npm', ['install', '--omit=dev', ...quiet], join(vscodeDir, 'extensions'));
  writeFileSync(marker, CODE_SERVER_VERSION + '\n');
  console.log(
    `[install] code-server ${CODE_SERVER_VERSION} (VS Code ${vscodeVersion()}) installed in ${Math.round((Date.now() - started) / 1000)} s`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    installCodeServer();
  } catch (e) {
    console.error(String(e instanceof Error ? e.message : e));
    process.exit(1);
  }
}
