// A namesake of a registry person is not linked, and its hover says why (issue 15).
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { find, hoverText, inWorkspace, ready, waitFor } from './reading-helpers';

describe('reading: an unlinked namesake', () => {
  before(ready);

  it('says in the hover why a namesake of a registry person is not linked', async () => {
    const uri = inWorkspace('namesake-letter.txt');
    // The registry has Sergei Kirov (alias Kirov): "Ivan Kirov" is someone else.
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('A letter from Ivan Kirov reached the editors.\n'));
    try {
      const { position } = await find(uri, 'Ivan Kirov');
      const text = await waitFor(
        async () => {
          const t = await hoverText(uri, position);
          return /Not linked/.test(t) ? t : undefined;
        },
        30000,
        'the namesake hover',
      );
      assert.match(text, /Ivan Kirov/);
      assert.match(text, /Not linked: another given name/);
      assert.doesNotMatch(text, /Sergei Kirov/, "not the registry person's card");
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });
});
