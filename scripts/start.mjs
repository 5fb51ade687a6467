// npm start: opens the sample corpus in VS Code with Marginalia loaded from this repository;
// `npm start -- PATH` opens the folder PATH instead (relative to where npm was run).
// Desktop VS Code (`code`) when installed; otherwise VS Code in the browser (code-server), until Ctrl+C.
// MARGINALIA_START_WEB=1 forces the browser variant; PORT picks its port (default: 8080, or a free one).
// `--web-worker` (npm run start:web) runs the extension as vscode.dev and github.dev do: the browser bundle in the web worker.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort, startCodeServer, workbenchUrl } from '../test/host/code-server-host.mjs';
import { repoRoot } from '../test/host/install-code-server.mjs';
import { extensionPath, sampleWorkspace, webExtensionCopy } from '../test/host/workspace.mjs';

const hasCode = spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;

const webWorker = process.argv.includes('--web-worker');

// npm runs scripts in the repository; INIT_CWD is where the user typed `npm start -- PATH`.
const given = process.argv.slice(2).find((a) => !a.startsWith('--'));
const folder = given ? resolve(process.env.INIT_CWD ?? process.cwd(), given) : sampleWorkspace;
if (!existsSync(folder) || !statSync(folder).isDirectory()) {
  console.error(`npm start: ${folder} is not a folder. Give the folder of your texts: npm start -- ~/my-corpus`);
  process.exit(2);
}

if (hasCode && !process.env.MARGINALIA_START_WEB && !webWorker) {
  console.log(`Opening ${folder} in VS Code with Marginalia from ${extensionPath}`);
  const code = spawn('code', [`--extensionDevelopmentPath=${extensionPath}`, folder], { stdio: 'inherit' });
  code.on('exit', (status) => process.exit(status ?? 1));
} else {
  const port = Number(process.env.PORT) || (await preferredPort(8080));
  const dataDir = join(repoRoot, '.test-host', 'start');
  firstSettings(dataDir);
  const server = await startCodeServer({ folder, port, dataDir });
  const copy = webWorker ? webExtensionCopy() : undefined;
  process.on('exit', () => copy?.dispose());
  const url = workbenchUrl(server, copy ? { extension: copy.dir, web: true } : {});
  console.log(
    `\nMarginalia is running in VS Code (code-server)${copy ? ' in the web worker, as on vscode.dev' : ''} — open this address in a browser:\n\n  ${url}\n\nCtrl+C stops it.`,
  );
  const status = await server.exited;
  // After Ctrl+C the host's signal handler finishes and exits; otherwise code-server died on its own.
  if (!server.stopping) {
    console.error(`code-server stopped (${status}).\n${server.output().split('\n').slice(-20).join('\n')}`);
    await server.stop();
    process.exit(1);
  }
}

/**
 * The first time only (the user's own changes are kept after): no VS Code welcome page over
 * Marginalia's walkthrough, and each sidecar nested under its text in the Explorer.
 */
function firstSettings(dataDir) {
  const dir = join(dataDir, 'user-data', 'User');
  const file = join(dir, 'settings.json');
  if (existsSync(file)) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    file,
    JSON.stringify({ 'workbench.startupEditor': 'none', 'explorer.fileNesting.enabled': true }, null, 2) + '\n',
  );
}

// 8080 is what people expect from code-server; take it when it is free.
async function preferredPort(port) {
  const { createServer } = await import('node:net');
  const free = await new Promise((resolve) => {
    const s = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
  return free ? port : freePort();
}
