// npm run test:integration: the integration suite in VS Code (code-server) driven by headless Chromium.
// Options: --grep <pattern> (or MARGINALIA_TEST_GREP), --tests <tests module> (or MARGINALIA_TESTS_PATH),
// --workspace <folder>, --extension <folder> (default: this repository); MARGINALIA_TEST_VERBOSE=1 echoes code-server's own log; timeouts in seconds: MARGINALIA_TEST_TIMEOUT (600), MARGINALIA_TEST_START_TIMEOUT (180).
import { exitUnlessInterrupted, runInCodeServer } from './code-server-host.mjs';
import { launcherOptions } from './workspace.mjs';

const { grep, testsPath, workspace, extension } = launcherOptions();
try {
  const code = await runInCodeServer({ workspace, testsPath, extension, env: grep ? { MARGINALIA_TEST_GREP: grep } : {} });
  exitUnlessInterrupted(code);
} catch (err) {
  console.error(`[host] ${err instanceof Error ? err.message : err}`);
  exitUnlessInterrupted(1);
}
