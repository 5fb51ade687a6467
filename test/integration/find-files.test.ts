// Listing the corpus where a virtual file system has no search (github.dev): the walk over workspace.fs finds what
// the workspace search finds.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { walkFiles } from '../../src/editor/find-files';

describe('finding the corpus without the workspace search', () => {
  it('walks the folders to the same texts, sidecars and registries as findFiles, honouring excludes', async () => {
    for (const [include, exclude] of [
      ['**/*.{txt,md}', ['**/notes/**']],
      ['**/*.annotations.yaml', []],
      ['**/entities.yaml', []],
    ] as const) {
      const searched = (await vscode.workspace.findFiles(include, exclude.length ? exclude[0] : null)).map(String).sort();
      const walked = (await walkFiles(include, exclude)).map(String).sort();
      assert.ok(searched.length > 0, `the sample has files matching ${include}`);
      assert.deepStrictEqual(walked, searched, include);
    }
  });
});
