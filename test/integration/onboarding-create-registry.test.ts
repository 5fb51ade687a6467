// Create Registry from Candidate Names: names found in a new text become registry entities, and hovers show their cards.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { find, hoverText, inWorkspace, ready, waitFor } from './reading-helpers';

const LETTER = 'onboarding-adler-letter.txt';
const TEXT = [
  'Friedrich Adler, secretary of the Labour and Socialist International, called the Moscow proceedings a witchcraft trial.',
  'Carleton Beals later left the commission of inquiry in anger, while Suzanne La Follette stayed on as its secretary.',
  'In Zurich, Friedrich Adler kept a file of every confession printed in the Soviet press.',
  'Max Shachtman wrote to him from New York.',
  '',
].join('\n');

interface Result {
  registry: string;
  added: string[];
}

/** Replaces the registry's text through its document (the command reads the open document) and saves it. */
async function setRegistry(text: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(inWorkspace('entities.yaml'));
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
  await doc.save();
  await vscode.commands.executeCommand('marginalia.waitForIndex');
}

describe('onboarding: create a registry from candidate names', () => {
  let registryBefore: string;

  before(async () => {
    await ready();
    registryBefore = new TextDecoder().decode(await vscode.workspace.fs.readFile(inWorkspace('entities.yaml')));
    await vscode.workspace.fs.writeFile(inWorkspace(LETTER), new TextEncoder().encode(TEXT));
    // The file watcher brings the new text into the index.
    await waitFor(
      async () =>
        /not in the registry/.test(
          await hoverText(inWorkspace(LETTER), (await find(inWorkspace(LETTER), 'Carleton Beals')).position),
        ),
      10_000,
      'the new text to be indexed',
    );
  });

  after(async () => {
    // Leave the shared sample copy as the other suites expect it.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await setRegistry(registryBefore);
    await vscode.workspace.fs.delete(inWorkspace(LETTER));
    await vscode.commands.executeCommand('marginalia.waitForIndex');
  });

  it('offers the candidates, and adds the one ticked with its type', async () => {
    const running = Promise.resolve(vscode.commands.executeCommand<Result | undefined>('marginalia.createRegistry'));
    // Drive the quick pick as a keyboard would: tick the first name, accept; it is added with the type its row shows.
    // Which name comes first depends on what the other suites left in the workspace (the order is tested in core).
    const ui = async (command: string) => {
      await new Promise((r) => setTimeout(r, 750)); // a quick pick has no event to wait for
      await vscode.commands.executeCommand(command);
    };
    await ui('quickInput.first');
    await ui('workbench.action.quickPickManyToggle');
    await ui('workbench.action.acceptSelectedQuickOpenItem');
    const result = await running;
    assert.strictEqual(result?.added.length, 1, 'one name ticked, one entity added');
    const registry = new TextDecoder().decode(await vscode.workspace.fs.readFile(inWorkspace('entities.yaml')));
    assert.match(registry, new RegExp(`- id: ${result.added[0]}\\n\\s+type: (person|place|organisation|event|work)\\n`));
  });

  it('adds the names given as persons to the registry, keeping its comments', async () => {
    const result = await vscode.commands.executeCommand<Result | undefined>('marginalia.createRegistry', {
      names: ['Carleton Beals', 'Friedrich Adler'],
    });
    assert.ok(result, 'the command wrote the registry');
    assert.deepStrictEqual(
      result.added.filter((id) => id !== 'friedrich-adler'),
      ['carleton-beals'],
      'Friedrich Adler may have been ticked above',
    );
    assert.ok(result.registry.endsWith('/entities.yaml'));
    const registry = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(result.registry)));
    assert.ok(registry.startsWith(registryBefore.trimEnd()), 'what was there before is kept, comments and all');
    assert.match(registry, /- id: carleton-beals\n\s+type: person\n\s+name: Carleton Beals/);
  });

  it('shows the registry card, not the candidate card, on a name it added', async () => {
    const { position } = await find(inWorkspace(LETTER), 'Friedrich Adler', 1);
    // The registry is read again when the file watcher reports the write, which the web host does a moment later.
    const text = await waitFor(
      async () => {
        const t = await hoverText(inWorkspace(LETTER), position);
        return /\*\*Friedrich Adler\*\* · person/.test(t) ? t : undefined;
      },
      10_000,
      'the registry card of Friedrich Adler',
    );
    assert.match(text, /2 mentions in 1 text/);
    assert.doesNotMatch(text, /not in the registry/);
  });

  it('adds with the type given, and skips a name the registry already has', async () => {
    const result = await vscode.commands.executeCommand<Result | undefined>('marginalia.createRegistry', {
      names: ['Suzanne La Follette', 'Carleton Beals'],
      type: 'person',
    });
    assert.deepStrictEqual(result?.added, ['suzanne-la-follette']);
    const none = await vscode.commands.executeCommand<Result | undefined>('marginalia.createRegistry', {
      names: ['Carleton Beals'],
      type: 'organisation',
    });
    assert.strictEqual(none, undefined, 'nothing to add, nothing written');
  });

  it('writes a different type for each name, and another name of a known entity, in one pass', async () => {
    const result = await vscode.commands.executeCommand<(Result & { aliased: unknown[] }) | undefined>(
      'marginalia.createRegistry',
      {
        choices: [
          { name: 'Zurich', type: 'place' },
          { name: 'Labour and Socialist International', type: 'organisation' },
          { name: 'Otto Ruehle', type: 'person' },
          { name: 'S. M. Kirov', aliasOf: 'kirov' },
        ],
      },
    );
    assert.deepStrictEqual(result?.added, ['zurich', 'labour-and-socialist-international', 'otto-ruehle']);
    assert.deepStrictEqual(result.aliased, [{ name: 'S. M. Kirov', id: 'kirov' }]);
    const registry = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(result.registry)));
    assert.match(registry, /- id: zurich\n\s+type: place\n/);
    assert.match(registry, /- id: labour-and-socialist-international\n\s+type: organisation\n/);
    assert.match(registry, /- id: otto-ruehle\n\s+type: person\n/);
    assert.match(registry, /S\. M\. Kirov/);
  });

  it('starts Add Name to the Registry from the selected name', async () => {
    const { doc, offset } = await find(inWorkspace(LETTER), 'Max Shachtman');
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(doc.positionAt(offset), doc.positionAt(offset + 'Max Shachtman'.length));
    const running = Promise.resolve(vscode.commands.executeCommand<string | undefined>('marginalia.addToRegistry'));
    const ui = async (command: string) => {
      await new Promise((r) => setTimeout(r, 750)); // a quick input has no event to wait for
      await vscode.commands.executeCommand(command);
    };
    await ui('workbench.action.acceptSelectedQuickOpenItem'); // the name, as selected
    await ui('workbench.action.acceptSelectedQuickOpenItem'); // "as a person", the first type
    const id = await running;
    assert.strictEqual(id, 'max-shachtman', 'the input started from the selected name');
    const registry = new TextDecoder().decode(await vscode.workspace.fs.readFile(inWorkspace('entities.yaml')));
    assert.match(registry, /- id: max-shachtman\n\s+type: person\n\s+name: Max Shachtman\n/);
  });

  it('refuses to touch a registry that does not parse', async () => {
    const broken = `${registryBefore}\n  - id: [\n`;
    await setRegistry(broken);
    const result = await vscode.commands.executeCommand<Result | undefined>('marginalia.createRegistry', {
      names: ['Wendelin Thomas'],
      type: 'person',
    });
    assert.strictEqual(result, undefined);
    assert.strictEqual(
      (await vscode.workspace.openTextDocument(inWorkspace('entities.yaml'))).getText(),
      broken,
      'the file is as the user left it',
    );
  });
});
