// The extensionTestsPath module of the web run: the same integration tests, bundled with mocha's browser build and run
// in VS Code's web worker extension host (as on vscode.dev). The bundle's entry (scripts/build.mjs) imports this file
// first, then every test file that needs no Node. MARGINALIA_TEST_GREP reaches it as the user setting marginaliaTest.grep.
import 'mocha/mocha.js';
import * as vscode from 'vscode';

interface BrowserMocha {
  setup(options: { ui: string; reporter: string; timeout: number; color: boolean; grep?: string }): void;
  run(done: (failures: number) => void): void;
}
declare const mocha: BrowserMocha;
/** console.log as it is while the module loads (as mocha keeps it): only that one reaches the launcher from the web worker. */
const log = console.log.bind(console);

mocha.setup({
  ui: 'bdd',
  reporter: 'spec',
  timeout: 60_000, // a bound for a test that hangs, not a speed check (see index.ts)
  color: false,
  grep: vscode.workspace.getConfiguration('marginaliaTest').get<string>('grep') || undefined,
});

/** Runs the tests the bundle registered; rejects when any fails. `leftOut`: the test files that need Node. */
export function runWeb(leftOut: string[]): Promise<void> {
  // Announced from inside the run, as mocha's own lines are: the launcher streams the output from this line on.
  before(() => {
    log(
      '%s',
      `Marginalia integration tests in VS Code ${vscode.version}, web worker extension host (no Node: typeof process is ${typeof process})`,
    );
    log('%s', `Left out of the web run (they need Node): ${leftOut.join(', ') || 'none'}`);
  });
  return new Promise((resolve, reject) =>
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve())),
  );
}
