// The extensionTestsPath module: VS Code's extension host calls run() and exits with its outcome.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** Every compiled integration test file under dir (other features add theirs beside this one). */
function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return testFiles(full);
      return entry.name.endsWith('.test.js') ? [full] : [];
    })
    .sort();
}

/** Runs the integration suite with mocha; rejects when any test fails (MARGINALIA_TEST_GREP filters tests). */
export async function run(): Promise<void> {
  const grep = process.env.MARGINALIA_TEST_GREP || undefined;
  // No colours: the output travels through the host's log channel to a terminal that may not be one.
  // A bound for a test that hangs, not a speed check: a busy machine makes the slowest (a 50 MB sidecar, an export and its
  // import through the web worker) take 20 s and more.
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, grep });
  const files = testFiles(__dirname);
  for (const file of files) mocha.addFile(file);
  console.log(
    `Marginalia integration tests: ${files.length} file(s) in VS Code ${vscode.version}${grep ? `, grep ${JSON.stringify(grep)}` : ''}`,
  );
  const failures = await new Promise<number>((resolve, reject) => {
    try {
      mocha.run(resolve);
    } catch (err) {
      reject(err);
    }
  });
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
