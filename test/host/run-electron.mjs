// npm run test:electron: the same integration suite in desktop VS Code, downloaded by @vscode/test-electron.
// For machines that can reach VS Code's download servers (and have a display, or run under xvfb-run);
// elsewhere use npm run test:integration (code-server). Same options as run-code-server.mjs;
// MARGINALIA_VSCODE_VERSION picks the VS Code version (default: stable).
import { join } from 'node:path';
import { runTests, TestRunFailedError } from '@vscode/test-electron';
import { repoRoot } from './install-code-server.mjs';
import { copyWorkspace, launcherOptions, tempDir } from './workspace.mjs';

const { grep, testsPath, workspace, extension } = launcherOptions();
const copy = copyWorkspace(workspace);
const data = tempDir('marginalia-electron-');
let code = 1;
try {
  code = await runTests({
    version: process.env.MARGINALIA_VSCODE_VERSION || 'stable',
    cachePath: join(repoRoot, '.test-host', 'vscode'),
    extensionDevelopmentPath: extension,
    extensionTestsPath: testsPath,
    extensionTestsEnv: grep ? { MARGINALIA_TEST_GREP: grep } : {},
    launchArgs: [
      copy.folder,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      `--user-data-dir=${join(data.dir, 'user-data')}`,
      `--extensions-dir=${join(data.dir, 'extensions')}`,
    ],
  });
} catch (err) {
  if (err instanceof TestRunFailedError) code = err.code ?? 1;
  else
    console.error(
      `[electron] could not run VS Code: ${err instanceof Error ? err.message : err}\n[electron] without access to VS Code's download servers, use npm run test:integration (code-server).`,
    );
} finally {
  copy.dispose();
  data.dispose();
}
process.exit(code);
