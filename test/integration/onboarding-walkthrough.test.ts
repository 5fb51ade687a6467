// The "Get started with Marginalia" walkthrough: its links run registered commands, its media exist, its steps do what they say.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { ESSAY, ready, waitFor } from './reading-helpers';

interface Step {
  id: string;
  description: string;
  media: { markdown?: string };
  completionEvents?: string[];
}
interface Manifest {
  contributes: { walkthroughs?: { id: string; title: string; steps: Step[] }[] };
}

describe('onboarding: the walkthrough', () => {
  let ext: vscode.Extension<unknown>;
  let steps: Step[];

  before(async () => {
    await ready();
    ext = vscode.extensions.getExtension('marginalia.marginalia')!;
    const walkthrough = (ext.packageJSON as Manifest).contributes.walkthroughs?.find((w) => w.id === 'marginalia.gettingStarted');
    assert.ok(walkthrough, 'package.json contributes the walkthrough');
    assert.strictEqual(walkthrough.title, 'Get started with Marginalia');
    steps = walkthrough.steps;
  });

  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('links only to commands that exist, and every step has its media and completion events', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const step of steps) {
      const links = [...step.description.matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]);
      assert.ok(links.length > 0, `step ${step.id} has a command link`);
      assert.deepStrictEqual(
        links.filter((c) => !registered.has(c)),
        [],
        `step ${step.id} links to unknown commands`,
      );
      const media =
        step.media.markdown &&
        (await Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.joinPath(ext.extensionUri, step.media.markdown))).catch(
          () => undefined,
        ));
      assert.ok(media, `step ${step.id}: ${step.media.markdown} exists`);
      assert.ok(step.completionEvents?.length, `step ${step.id} has completion events`);
    }
  });

  it('opens the essay of the sample corpus', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('marginalia.walkthrough.openText');
    assert.ok(
      vscode.window.activeTextEditor?.document.uri.path.endsWith(`/${ESSAY}`),
      `opened ${vscode.window.activeTextEditor?.document.uri.path}`,
    );
    assert.ok(editor === undefined || editor.document.uri.path.endsWith(`/${ESSAY}`));
  });

  it('puts the cursor on a person the registry has a note about before showing the hover', async () => {
    await vscode.commands.executeCommand('marginalia.walkthrough.showHover');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    const word = editor.document.getText(editor.document.getWordRangeAtPosition(editor.selection.active));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      editor.selection.active,
    );
    const card = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    assert.match(card, / · person/, `hover on “${word}”`);
  });

  it('jumps from that name to another mention of the same person', async () => {
    const definition = async (uri: vscode.Uri, at: vscode.Position) => {
      const defs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', uri, at);
      assert.strictEqual(defs.length, 1, 'a registry name has one definition');
      return `${defs[0].uri.toString()}:${defs[0].range.start.line}`;
    };
    await vscode.commands.executeCommand('marginalia.walkthrough.showHover');
    const from = vscode.window.activeTextEditor!;
    const start = { uri: from.document.uri, at: from.selection.active };
    await vscode.commands.executeCommand('marginalia.walkthrough.nextMention');
    const to = vscode.window.activeTextEditor!;
    const moved = to.document.uri.toString() !== start.uri.toString() || !to.selection.active.isEqual(start.at);
    assert.ok(moved, 'the cursor left the first mention');
    assert.strictEqual(await definition(to.document.uri, to.selection.active), await definition(start.uri, start.at));
  });

  it('selects a quoted confession and asks what it is', async () => {
    const running = vscode.commands.executeCommand('marginalia.walkthrough.annotatePassage');
    // Reopened, the essay first shows the selection an earlier step left (a name), then the command's: wait for a passage.
    const selected = () => {
      const e = vscode.window.activeTextEditor;
      return e && !e.selection.isEmpty ? e.document.getText(e.selection) : '';
    };
    const passage = await waitFor(
      () => (selected().length > 10 ? selected() : undefined),
      8000,
      () => `a passage to be selected (now “${selected()}”)`,
    );
    assert.ok(/[“"«„]/.test(passage), `selected a quotation: “${passage}”`);
    // The annotate command now asks for the kind: closing the quick pick leaves the text as it was.
    const done = Promise.resolve(running).then(() => true);
    await waitFor(
      async () => {
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        return Promise.race([done, new Promise<boolean>((r) => setTimeout(() => r(false), 100))]);
      },
      8000,
      'the annotate prompt to close',
    );
  });
});
