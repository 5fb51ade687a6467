// Runs bench/editor/index.ts (compiled to out/bench/editor/index.js) inside VS Code (code-server) on a
// workspace folder, through the integration tests' launcher. Usage: node bench/run-editor.mjs WORKSPACE OUT_JSON [DATA_DIR]
// With DATA_DIR, VS Code's user data (the extension's global storage, so its warm-start cache) lives there and is kept:
// a second run with the same DATA_DIR is a warm start.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerEntry } from '../test/host/install-code-server.mjs';
import { runInCodeServer } from '../test/host/code-server-host.mjs';

const [workspace, out, dataDir] = process.argv.slice(2);
if (!workspace || !out) {
  console.error('usage: node bench/run-editor.mjs WORKSPACE OUT_JSON [DATA_DIR]');
  process.exit(2);
}
if (!existsSync(codeServerEntry)) {
  console.error('code-server is not installed: run `npm run test:integration` once (it installs it under .cache/)');
  process.exit(3);
}
const testsPath = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'bench', 'editor', 'index.js');
const code = await runInCodeServer({
  workspace,
  testsPath,
  dataDir,
  env: { MARGINALIA_BENCH_OUT: out },
  startedPattern: /^Marginalia editor benchmark/,
});
process.exit(code);
