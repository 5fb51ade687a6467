// Reading the sample corpus: hover, definition, references, next mention, symbols.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { ESSAY, find, hoverText, inWorkspace, ready } from './reading-helpers';

describe('reading: navigation across the corpus', () => {
  before(ready);

  it('shows the entity card on a registry name, with its mention count', async () => {
    const { position } = await find(inWorkspace(ESSAY), 'Kirov');
    const text = await hoverText(inWorkspace(ESSAY), position);
    assert.match(text, /Sergei Kirov/);
    assert.match(text, /person/);
    assert.match(text, /\d+ mentions in [2-9] texts/);
  });

  it('renders the entity card untrusted, without HTML', async () => {
    const contents = async (needle: string) => {
      const { position } = await find(inWorkspace(ESSAY), needle);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        inWorkspace(ESSAY),
        position,
      );
      return hovers
        .flatMap((h) => h.contents)
        .filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'isTrusted' in c);
    };
    const card = await contents('Kirov');
    assert.ok(card.length > 0 && card.every((md) => !md.isTrusted && !md.supportHtml), 'the entity card is untrusted');
  });

  it('reads a date in the hover', async () => {
    const { position } = await find(inWorkspace(ESSAY), '18 December 1936');
    assert.match(await hoverText(inWorkspace(ESSAY), position), /18 December 1936, a Friday/);
  });

  it('reads a date of the Russian note in Russian, then in English', async () => {
    const note = inWorkspace('notes/ubiistvo-kirova-ru.md');
    const { position } = await find(note, '1 декабря 1934');
    const text = (await hoverText(note, position)).replace(/\\/g, '');
    assert.match(text, /1 декабря 1934 г\., суббота/);
    assert.match(text, /1 December 1934, a Saturday/);
  });

  it('goes to the entity’s line in entities.yaml', async () => {
    const { position } = await find(inWorkspace(ESSAY), 'Kirov');
    const defs = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeDefinitionProvider',
      inWorkspace(ESSAY),
      position,
    );
    assert.strictEqual(defs.length, 1);
    assert.ok(defs[0].uri.path.endsWith('/entities.yaml'));
    const registry = await vscode.workspace.openTextDocument(defs[0].uri);
    assert.match(registry.lineAt(defs[0].range.start.line).text, /- id: kirov\b/);
  });

  it('finds Kirov’s mentions in the essay and in the research notes', async () => {
    const { position } = await find(inWorkspace(ESSAY), 'Kirov');
    const refs = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      inWorkspace(ESSAY),
      position,
    );
    const files = new Set(refs.map((r) => vscode.workspace.asRelativePath(r.uri)));
    assert.ok(files.has(ESSAY), 'the essay');
    assert.ok(
      [...files].some((f) => f.startsWith('notes/')),
      `the notes too: ${[...files].join(', ')}`,
    );
    const forms = new Set<string>();
    for (const ref of refs.filter((r) => !r.uri.path.endsWith('entities.yaml'))) {
      const doc = await vscode.workspace.openTextDocument(ref.uri);
      assert.match(doc.getText(ref.range), /Kirov|Киров/, `${ref.uri.path}:${ref.range.start.line + 1}`);
      if (ref.uri.path.endsWith('ubiistvo-kirova-ru.md')) forms.add(doc.getText(ref.range));
    }
    // The Russian note names him in several cases (Кирова, Кирову, о Кирове): all are his.
    assert.ok(forms.size >= 3, `the Russian note's declined forms: ${[...forms].join(', ')}`);
  });

  it('moves from the essay’s last Kirov into another file', async () => {
    const uri = inWorkspace(ESSAY);
    const doc = await vscode.workspace.openTextDocument(uri);
    const last = doc.getText().lastIndexOf('Kirov');
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(doc.positionAt(last + 1), doc.positionAt(last + 1));
    await vscode.commands.executeCommand('marginalia.nextMention');
    const now = vscode.window.activeTextEditor;
    assert.ok(now && now.document.uri.toString() !== uri.toString(), 'another text is active');
    assert.match(now.document.getText(now.selection), /Kirov|Киров/);
  });

  it('walks back with previous-mention', async () => {
    const uri = inWorkspace(ESSAY);
    const doc = await vscode.workspace.openTextDocument(uri);
    const second = doc.getText().indexOf('Kirov', doc.getText().indexOf('Kirov') + 1);
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(doc.positionAt(second), doc.positionAt(second));
    await vscode.commands.executeCommand('marginalia.previousMention');
    const now = vscode.window.activeTextEditor!;
    assert.strictEqual(now.document.offsetAt(now.selection.start), doc.getText().indexOf('Kirov'));
  });

  it('outlines the essay’s confessions and dated passages', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      inWorkspace(ESSAY),
    );
    assert.ok(
      symbols.some((s) => s.detail === 'confession'),
      'a confession',
    );
    assert.ok(
      symbols.some((s) => s.name === '18 December 1936' && /Friday/.test(s.detail)),
      'the essay’s date',
    );
  });

  it('finds entities with Go to Symbol in Workspace', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>(
      'vscode.executeWorkspaceSymbolProvider',
      'Kirov',
    );
    const kirov = symbols.find((s) => s.name === 'Sergei Kirov');
    assert.ok(kirov, symbols.map((s) => s.name).join(', '));
    assert.ok(kirov.location.uri.path.endsWith('/entities.yaml'));
  });

  it('renames an entity id in the registry and in every sidecar, from a name in the text', async () => {
    const { position } = await find(inWorkspace(ESSAY), 'Goltzman');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      inWorkspace(ESSAY),
      position,
      'golzman',
    );
    const byFile = new Map(
      edit.entries().map(([uri, edits]) => [vscode.workspace.asRelativePath(uri), edits.map((e) => e.newText).join('')]),
    );
    assert.match(byFile.get('entities.yaml') ?? '', /- id: golzman\b/);
    assert.match(byFile.get('entities.yaml') ?? '', /# Entity registry for the Moscow trials/, 'comments kept');
    const sidecar = byFile.get(`${ESSAY}.annotations.yaml`) ?? '';
    assert.match(sidecar, /entity: golzman/);
    assert.doesNotMatch(sidecar, /entity: goltzman/);
  });

  it('renames from an entity’s id line in entities.yaml too', async () => {
    const { position } = await find(inWorkspace('entities.yaml'), 'id: kirov');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      inWorkspace('entities.yaml'),
      position.translate(0, 5),
      'kirov-s-m',
    );
    assert.ok(edit.entries().some(([, edits]) => edits.some((e) => /- id: kirov-s-m\b/.test(e.newText))));
  });

  it('opens the Entities and Timeline views in the Marginalia container', async () => {
    await vscode.commands.executeCommand('marginalia.entities.focus');
    await vscode.commands.executeCommand('marginalia.timeline.focus');
  });
});
