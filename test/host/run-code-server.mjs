// npm run test:integration: the integration suite in VS Code (code-server) driven by headless Chromium, twice: in the
// Node extension host (desktop VS Code) and in the web worker extension host (vscode.dev, github.dev).
// Options: --grep <pattern> (or MARGINALIA_TEST_GREP), --tests <tests module> (or MARGINALIA_TESTS_PATH; Node host only),
// --workspace <folder>, --extension <folder> (default: this repository), --host node|web|both (or MARGINALIA_TEST_HOST;
// default both); MARGINALIA_TEST_VERBOSE=1 echoes code-server's own log; timeouts in seconds: MARGINALIA_TEST_TIMEOUT
// (600), MARGINALIA_TEST_START_TIMEOUT (180).
import { exitUnlessInterrupted, runInCodeServer } from './code-server-host.mjs';
import { launcherOptions, webExtensionCopy } from './workspace.mjs';

const { grep, testsPath, workspace, extension, host } = launcherOptions();
const env = grep ? { MARGINALIA_TEST_GREP: grep } : {};
try {
  let code = 0;
  if (host !== 'web') code = await runInCodeServer({ workspace, testsPath, extension, env });
  if (host !== 'node' && code === 0) {
    const copy = webExtensionCopy();
    try {
      code = await runInCodeServer({ workspace, testsPath: copy.testsPath, extension: copy.dir, env, web: true });
    } finally {
      copy.dispose();
    }
  }
  exitUnlessInterrupted(code);
} catch (err) {
  console.error(`[host] ${err instanceof Error ? err.message : err}`);
  exitUnlessInterrupted(1);
}
