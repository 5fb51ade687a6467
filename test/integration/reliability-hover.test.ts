// Hostile notes in a registry and a sidecar, hovered in the real host: nothing trusted, no HTML, no command links, no remote images.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activate, inWorkspace, waitFor, writeFile } from './annotating-helpers';

const HOSTILE =
  '[open a terminal](command:workbench.action.terminal.new) <img src=http://evil/x.png onerror=alert(1)> ' +
  '<script>alert(1)</script> ![](https://evil/track.png)';
const TEXT = 'Ivan Hostilov testified on 19 August 1936 that Pyotr Unlistedov had met him at the Hotel Bristol.\n';

/** What in a hover could load, run or be parsed as HTML. */
function dangers(md: string): string[] {
  const found: string[] = [];
  if (/(?<!\\)!\[[^\]]*\]\s*\(\s*<?https?:/i.test(md)) found.push('remote image');
  if (/\]\(\s*<?command:workbench/i.test(md)) found.push('command link to the terminal');
  if (/(?<!\\)<(img|script)\b/i.test(md)) found.push('html');
  return found;
}

async function hover(uri: vscode.Uri, needle: string): Promise<vscode.MarkdownString[]> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const position = doc.positionAt(doc.getText().indexOf(needle) + 2);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? new vscode.MarkdownString(c) : (c as vscode.MarkdownString)));
}

describe('reliability: hostile notes in hovers', () => {
  const dir = () => inWorkspace('hostile-notes');
  const text = () => vscode.Uri.joinPath(dir(), 'deposition.txt');

  before(async () => {
    await activate();
    await writeFile(
      vscode.Uri.joinPath(dir(), 'entities.yaml'),
      `version: 1\nentities:\n  - id: hostilov\n    type: person\n    name: Ivan Hostilov\n    note: ${JSON.stringify(`Witness. ${HOSTILE}`)}\n`,
    );
    await writeFile(text(), TEXT);
    const start = TEXT.indexOf('Ivan Hostilov');
    await writeFile(
      vscode.Uri.joinPath(dir(), 'deposition.txt.annotations.yaml'),
      `version: 1\ntext: deposition.txt\nannotations:\n  - id: a0b1c2\n    kind: confession\n` +
        `    target: { exact: Ivan Hostilov testified, start: ${start}, end: ${start + 'Ivan Hostilov testified'.length} }\n` +
        `    note: ${JSON.stringify(`Contradicted later. ${HOSTILE}`)}\n`,
    );
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dir(), { recursive: true });
  });

  it('renders the entity note and the annotation note untrusted, without HTML, command links or remote images', async () => {
    const parts = await waitFor(
      async () => {
        const all = await hover(text(), 'Hostilov');
        const shown = all.map((m) => m.value).join('\n');
        return shown.includes('Witness.') && shown.includes('Contradicted later.') ? all : undefined;
      },
      15000,
      'a hover with both hostile notes',
    );
    for (const md of parts) {
      assert.ok(!md.isTrusted, `not trusted: ${md.value}`);
      assert.ok(!md.supportHtml, `no HTML: ${md.value}`);
      assert.deepStrictEqual(dangers(md.value), [], md.value);
    }
  });

  it('renders the note of a passage without a name (the annotation hover) the same way', async () => {
    const parts = await waitFor(
      async () => {
        const all = await hover(text(), 'testified');
        return all.some((m) => m.value.includes('Contradicted later.')) ? all : undefined;
      },
      15000,
      'the annotation hover',
    );
    for (const md of parts) {
      assert.ok(!md.isTrusted && !md.supportHtml);
      assert.deepStrictEqual(dangers(md.value), [], md.value);
    }
  });

  it('trusts only the add-to-registry command on a candidate name, and shows no note there', async () => {
    const parts = await waitFor(
      async () => {
        const all = await hover(text(), 'Unlistedov');
        return all.some((m) => m.value.includes('not in the registry')) ? all : undefined;
      },
      15000,
      'the candidate hover',
    );
    for (const md of parts) {
      const trusted = md.isTrusted;
      assert.ok(
        !trusted || (typeof trusted === 'object' && trusted.enabledCommands?.join() === 'marginalia.addToRegistry'),
        JSON.stringify(trusted),
      );
      assert.ok(!md.supportHtml);
      if (trusted)
        assert.ok(!md.value.includes('Contradicted') && !md.value.includes('Witness'), 'a trusted part holds none of the notes');
    }
  });
});
