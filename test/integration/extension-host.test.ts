// Which extension host runs these tests: the Node one (desktop VS Code) or the web worker (vscode.dev, github.dev).
// A web run that silently fell back to Node would pass every other test and prove nothing about the web: caught here.
import * as assert from 'node:assert';
import * as vscode from 'vscode';

/** Set by the build: 'web' in the web tests bundle, 'node' in the Node host's tests. */
declare const __MARGINALIA_TEST_HOST__: 'node' | 'web';

describe('the extension host', () => {
  it(`runs Marginalia in the ${__MARGINALIA_TEST_HOST__ === 'web' ? 'web worker, with no Node' : 'Node extension host'}`, async () => {
    const ext = vscode.extensions.getExtension('marginalia.marginalia');
    assert.ok(ext, 'the extension is installed');
    await ext.activate();
    assert.ok(ext.isActive);
    if (__MARGINALIA_TEST_HOST__ === 'web') {
      assert.strictEqual(typeof process, 'undefined', 'the web worker has no process object');
      assert.strictEqual(ext.packageJSON.main, undefined, 'the copy under test is the one vscode.dev sees, with only `browser`');
      assert.strictEqual(ext.packageJSON.browser, './dist/web/extension.js');
    } else {
      assert.strictEqual(typeof process.versions.node, 'string');
    }
  });
});
