/* global fetch */
// Runs VS Code (code-server) headless in Chromium, loads Marginalia as the development extension and
// runs a tests module in its Node extension host. Reusable: the integration suite and the benchmarks call it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { format } from 'node:util';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import {
  CODE_SERVER_VERSION,
  codeServerEntry,
  installCodeServer,
  repoRoot,
  systemTools,
  vscodeVersion,
} from './install-code-server.mjs';
import { copyWorkspace, extensionPath, integrationTestsPath, sampleWorkspace, tempDir } from './workspace.mjs';

const seconds = (name, fallback) => Number(process.env[name] || fallback) * 1000;

// Cleanups run on Ctrl+C / kill too, so no server or browser outlives the launcher.
const cleanups = new Set();
let signalsHooked = false;
let interruptExitCode;
function onCleanup(fn) {
  if (!signalsHooked) {
    signalsHooked = true;
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
      ['SIGHUP', 129],
    ]) {
      process.on(signal, async () => {
        console.error(`\n[host] ${signal}: stopping VS Code`);
        interruptExitCode = code;
        await Promise.allSettled([...cleanups].map((f) => f()));
        process.exit(code);
      });
    }
  }
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

/** Exits with `code`, unless a signal is already stopping everything (its handler exits with 128 + signal). */
export function exitUnlessInterrupted(code) {
  if (interruptExitCode === undefined) process.exit(code);
}

/** A TCP port that is free right now on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// The environment a child VS Code gets: ours, minus what would make it talk to an enclosing VS Code.
function childEnv(extra) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('VSCODE_') && k !== 'ELECTRON_RUN_AS_NODE'),
  );
  return { ...env, ...extra };
}

/**
 * Starts code-server on a free port (or `port`) with fresh user data and extensions dirs (or `dataDir`), serving `folder`.
 * Resolves once it answers HTTP; `stop()` ends its whole process group. `env` reaches the extension host.
 */
export async function startCodeServer({
  folder,
  env = {},
  settings,
  port,
  dataDir,
  startTimeoutMs = seconds('MARGINALIA_TEST_START_TIMEOUT', 180),
  echo = Boolean(process.env.MARGINALIA_TEST_VERBOSE),
}) {
  installCodeServer();
  port ??= await freePort();
  // A given dataDir persists (npm start keeps the user's layout); otherwise a fresh one is removed on stop.
  const data = dataDir ? { dir: dataDir, dispose: () => {} } : tempDir('marginalia-vscode-');
  if (settings) {
    mkdirSync(join(data.dir, 'user-data', 'User'), { recursive: true });
    writeFileSync(join(data.dir, 'user-data', 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  }
  const args = [
    codeServerEntry,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--user-data-dir',
    join(data.dir, 'user-data'),
    '--extensions-dir',
    join(data.dir, 'extensions'),
    '--config',
    join(data.dir, 'config.yaml'),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    folder,
  ];
  // Its own process group: code-server forks a server and a file watcher that must die with it.
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: childEnv(env) });
  const output = [];
  const keep = (chunk) => {
    output.push(chunk.toString());
    if (output.length > 400) output.shift();
    if (echo) process.stderr.write(chunk);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  let stopped = false;
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const lastResort = () => killGroup('SIGKILL');
  process.on('exit', lastResort);
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    killGroup('SIGTERM');
    const timer = setTimeout(() => killGroup('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    killGroup('SIGKILL'); // children that ignored SIGTERM after their parent left
    process.off('exit', lastResort);
    unhook();
    data.dispose();
  };
  const unhook = onCleanup(stop);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    const state = await Promise.race([exited.then((c) => `exited (${c})`), sleep(250).then(() => undefined)]);
    if (state) {
      await stop();
      throw new Error(`code-server ${state} before it served ${base}:\n${output.join('')}`);
    }
    if (
      await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${base} within ${startTimeoutMs / 1000} s:\n${output.join('')}`);
    }
  }
  return {
    port,
    base,
    folder,
    dataDir: data.dir,
    output: () => output.join(''),
    exited,
    stop,
    get stopping() {
      return stopped;
    },
  };
}

// The workbench hands over console arguments (format string first), as an array or its JSON.
function formatLog(message) {
  let args = message;
  if (typeof message === 'string' && message.startsWith('[')) {
    try {
      args = JSON.parse(message);
    } catch {
      args = [message];
    }
  }
  return Array.isArray(args) ? format(...args) : String(args);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The workbench address that opens `folder` with Marginalia as development extension (and optionally a tests module). */
export function workbenchUrl(server, { testsPath, extension = extensionPath, web = false } = {}) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extension)],
    ['skipWelcome', 'true'],
  ];
  if (web) payload.push(['extensionDevelopmentKind', 'web']);
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  return `${server.base}/?folder=${encodeURIComponent(server.folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Headless Chromium as a fresh profile; the launcher's signal handlers, not Playwright's, close it. */
export async function launchBrowser() {
  const { chromium: executablePath } = systemTools();
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const unhook = onCleanup(() => browser.close());
  return {
    browser,
    close: async () => {
      unhook();
      await browser.close().catch(() => {});
    },
  };
}

/**
 * Runs `testsPath` (a module exporting run()) in VS Code's extension host on a copy of `workspace`,
 * with `extension` (default: this repository) loaded as the development extension; `dataDir` as for startCodeServer
 * (its extensions/ holds what is installed besides).
 * The module announces itself by logging a line matching `startedPattern` (default: one starting with
 * "Marginalia"); from then on its console output is streamed. Resolves to the tests' exit code;
 * fails on timeouts, always stops server and browser.
 */
export async function runInCodeServer({
  workspace = sampleWorkspace,
  testsPath = integrationTestsPath,
  extension = extensionPath,
  env = {},
  web = false,
  startedPattern = /^Marginalia\b/,
  dataDir,
  timeoutMs = seconds('MARGINALIA_TEST_TIMEOUT', 600),
  startTimeoutMs = seconds('MARGINALIA_TEST_START_TIMEOUT', 180),
} = {}) {
  if (!existsSync(testsPath)) throw new Error(`no tests module at ${testsPath}: run \`npm run build\` first`);
  const copy = copyWorkspace(workspace);
  const unhookCopy = onCleanup(async () => copy.dispose());
  let server;
  let browser;
  const timers = [];
  try {
    // code-server is VS Code for the Web, whose default is files.autoSave "afterDelay": an editor left with unsaved
    // edits is saved a second after the last one, while the tests go on. Its save and a test's restore of that file
    // (workspace.fs.writeFile) are two truncating writes from two processes with no lock between them; interleaved, they
    // once left the sample sidecar as the restored text followed by the tail of the unsaved one. Tests run with the
    // desktop default (off); annotating-dirty-sidecar.test.ts turns autosave on where it tests it.
    // The web worker has no environment: the grep travels as a user setting.
    const settings = {
      'files.autoSave': 'off',
      ...(web && env.MARGINALIA_TEST_GREP ? { 'marginaliaTest.grep': env.MARGINALIA_TEST_GREP } : {}),
    };
    server = await startCodeServer({ folder: copy.folder, env, settings, startTimeoutMs, dataDir });
    console.log(
      `[host] VS Code ${vscodeVersion()} (code-server ${CODE_SERVER_VERSION}) on ${server.base}, workspace ${copy.folder}${web ? ', web worker extension host' : ''}`,
    );
    browser = await launchBrowser();
    const page = await browser.browser.newPage();
    let started = false;
    let settle;
    const outcome = new Promise((resolve) => {
      settle = resolve;
    });
    const before = [];
    const show = (level, line) => {
      // Until the tests module announces itself, the lines are the workbench starting up: kept, shown on failure.
      if (!started && !startedPattern.test(line)) return void before.push(`${level}: ${line}`);
      started = true;
      (level === 'error' ? process.stderr : process.stdout).write(line + '\n');
    };
    await page.exposeFunction('codeAutomationLog', (level, message) => {
      if (process.env.MARGINALIA_DEBUG_CONSOLE) console.error(`[automation ${level}] ${JSON.stringify(message).slice(0, 200)}`);
      show(level, formatLog(message));
    });
    if (process.env.MARGINALIA_DEBUG_CONSOLE)
      page.on('console', (m) => console.error(`[console ${m.type()}] ${JSON.stringify(m.text()).slice(0, 200)}`));
    await page.exposeFunction('codeAutomationExit', (code, logs) => settle({ code, logs }));
    page.on('crash', () => settle({ error: 'the VS Code page crashed' }));
    server.exited.then((c) =>
      settle(server.stopping ? { interrupted: true } : { error: `code-server exited (${c}) while the tests ran` }),
    );
    timers.push(
      setTimeout(() => settle({ error: `timed out after ${timeoutMs / 1000} s (MARGINALIA_TEST_TIMEOUT)` }), timeoutMs),
    );
    timers.push(
      setTimeout(
        () =>
          started ||
          settle({
            error: `the extension host did not start the tests within ${startTimeoutMs / 1000} s (MARGINALIA_TEST_START_TIMEOUT); VS Code runs tests only after startup activation, so a hanging activate() looks like this`,
          }),
        startTimeoutMs,
      ),
    );
    // Playwright's 30 s default for the page load is not enough on a machine kept busy by other work.
    await page.goto(workbenchUrl(server, { testsPath, extension, web }), { timeout: startTimeoutMs });
    const result = await outcome;
    if (result.interrupted) return interruptExitCode ?? 1; // stopped by a signal: already reported
    if (!started && (result.error || result.code !== 0)) {
      console.error(`[host] the tests never announced themselves; workbench log:\n${before.slice(-40).join('\n')}`);
    }
    if (result.error) {
      console.error(`[host] code-server output (last lines):\n${server.output().split('\n').slice(-40).join('\n')}`);
      console.error(`[host] FAILED: ${result.error}`);
      return 1;
    }
    if (result.code !== 0 && Array.isArray(result.logs)) saveLogs(result.logs);
    console.log(`[host] tests exited with code ${result.code} in VS Code ${vscodeVersion()}`);
    return result.code;
  } finally {
    for (const t of timers) clearTimeout(t);
    await browser?.close();
    await server?.stop();
    unhookCopy();
    copy.dispose();
  }
}

// VS Code hands over its log files on exit: keep them for a failed run.
function saveLogs(logs) {
  const dir = join(repoRoot, '.test-host', 'logs', new Date().toISOString().replace(/[:.]/g, '-'));
  for (const { relativePath, contents } of logs) {
    const file = join(dir, relativePath);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, contents);
  }
  console.error(`[host] VS Code logs of this run: ${dir}`);
}
