// The index follows the corpus: a candidate offered and added to the registry, a text deleted on disk.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { ESSAY, find, hoverText, inWorkspace, ready, waitFor } from './reading-helpers';

/** Changes on disk reach the index through VS Code's file watcher, which lags when the machine is busy. */
const WATCHER_MS = 30_000;

describe('reading: the index follows changes', function () {
  this.timeout(120_000);
  before(ready);

  it('offers to add a candidate name to the registry', async () => {
    const { doc, offset } = await find(inWorkspace(ESSAY), 'White Guard');
    const range = new vscode.Range(doc.positionAt(offset + 1), doc.positionAt(offset + 1));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Add ‘White Guard’ to the registry as an organisation'), titles.join(' | '));
    assert.ok(titles.some((t) => t.startsWith('Add ‘White Guard’ as an alias of')));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, range.start);
    const parts = hovers
      .flatMap((h) => h.contents)
      .filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c);
    const offer = parts.find((md) => /not in the registry/.test(md.value));
    assert.ok(offer, 'the hover offers to add the name');
    assert.match(offer.value, /\(command:marginalia\.addToRegistry\?/);
    assert.deepStrictEqual(offer.isTrusted, { enabledCommands: ['marginalia.addToRegistry'] }, 'only that command is trusted');
  });

  it('makes a candidate a registry name once it is added through the command', async () => {
    const { position } = await find(inWorkspace(ESSAY), 'White Guard');
    const id = await vscode.commands.executeCommand<string>('marginalia.addToRegistry', {
      name: 'White Guard',
      type: 'organisation',
    });
    assert.strictEqual(id, 'white-guard');
    await vscode.commands.executeCommand('marginalia.waitForIndex');
    const text = await waitFor(
      async () => {
        const t = await hoverText(inWorkspace(ESSAY), position);
        return /\*\*White Guard\*\* · organisation/.test(t) ? t : undefined;
      },
      WATCHER_MS,
      'the hover to show the new entity',
    );
    assert.doesNotMatch(text, /not in the registry/);
    const registry = new TextDecoder().decode(await vscode.workspace.fs.readFile(inWorkspace('entities.yaml')));
    assert.match(registry, /# Entity registry for the Moscow trials sample corpus\./, 'the registry keeps its comments');
    assert.match(registry, /- id: white-guard\n\s+type: organisation\n\s+name: White Guard/);
  });

  it('drops a text deleted on disk from References', async () => {
    const { position } = await find(inWorkspace(ESSAY), 'Kirov');
    const refs = () =>
      vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', inWorkspace(ESSAY), position);
    const gone = inWorkspace('notes/hotel-bristol-alibi.md');
    assert.ok(
      (await refs()).some((r) => r.uri.toString() === gone.toString()),
      'the note mentions Kirov before',
    );
    await vscode.workspace.fs.delete(gone);
    await waitFor(
      async () => !(await refs()).some((r) => r.uri.toString() === gone.toString()),
      WATCHER_MS,
      'the deleted note to leave References',
    );
  });

  it('drops the texts of a folder deleted on disk from References', async () => {
    const { position } = await find(inWorkspace(ESSAY), 'Kirov');
    const refs = () =>
      vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', inWorkspace(ESSAY), position);
    const folder = inWorkspace('folder-to-delete');
    const copy = vscode.Uri.joinPath(folder, 'copy.md');
    await vscode.workspace.fs.writeFile(copy, new TextEncoder().encode('Kirov was killed in Leningrad.\n'));
    await waitFor(
      async () => (await refs()).some((r) => r.uri.toString() === copy.toString()),
      WATCHER_MS,
      'the new text to enter References',
    );
    await vscode.workspace.fs.delete(folder, { recursive: true });
    await waitFor(
      async () => !(await refs()).some((r) => r.uri.toString() === copy.toString()),
      WATCHER_MS,
      'the deleted folder to leave References',
    );
  });

  it('reads settings live: excluding the notes drops their mentions, and restoring brings them back', async () => {
    const { position } = await find(inWorkspace(ESSAY), 'Kirov');
    const inNotes = async () => {
      const refs = await vscode.commands.executeCommand<vscode.Location[]>(
        'vscode.executeReferenceProvider',
        inWorkspace(ESSAY),
        position,
      );
      return refs.filter((r) => vscode.workspace.asRelativePath(r.uri).startsWith('notes/')).length;
    };
    assert.ok((await inNotes()) > 0);
    const config = vscode.workspace.getConfiguration('marginalia');
    try {
      await config.update('exclude', ['**/notes/**'], vscode.ConfigurationTarget.Workspace);
      await waitFor(async () => (await inNotes()) === 0, WATCHER_MS, 'the notes to leave the index');
    } finally {
      await config.update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(async () => (await inNotes()) > 0, WATCHER_MS, 'the notes to come back');
  });
});
