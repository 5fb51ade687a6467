// The editor and the command line write one sidecar at the same moment: both go through the same lock, so nothing is lost.
import * as assert from 'node:assert';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activate, annotationsOnDisk, inWorkspace, select, writeFile } from './annotating-helpers';

const TEXT = 'The accused Zinoviev admitted that he had organised the murder of Kirov. Smirnov denied it. Mrachkovsky wept.\n';
const NAMES = ['Zinoviev', 'Kirov', 'Smirnov', 'Mrachkovsky'];

/** `marginalia import` in a process of its own, as a colleague's terminal would run it. */
function cliImport(ann: vscode.Uri, text: vscode.Uri): Promise<number | null> {
  const cli = path.join(__dirname, '..', '..', 'src', 'cli', 'main.js');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'import', '--text', text.fsPath, ann.fsPath], {
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      stdio: 'ignore',
    });
    child.on('exit', resolve);
  });
}

describe('reliability: the editor and the command line writing one sidecar at once', () => {
  const text = () => inWorkspace('concurrent-writers.txt');
  const sidecar = () => inWorkspace('concurrent-writers.txt.annotations.yaml');

  before(async () => {
    await activate();
    await writeFile(text(), TEXT);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [text(), sidecar()]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('annotations made in the editor while four imports run all end up in the sidecar', async function () {
    this.timeout(60_000);
    const imports: Promise<number | null>[] = [];
    for (let w = 0; w < 4; w++) {
      const ann = inWorkspace(`concurrent-${w}.ann`);
      const lines = NAMES.map((name, i) => {
        const at = TEXT.indexOf(name);
        return `T${i + 1}\tPerson ${at} ${at + name.length}\t${name}\n#${i + 1}\tAnnotatorNotes T${i + 1}\tcli ${w} ${name}\n`;
      });
      await writeFile(ann, lines.join(''));
      imports.push(cliImport(ann, text()));
    }
    // The editor keeps annotating for as long as the imports run (and at least four times), so that the writes overlap.
    let done = false;
    const finished = Promise.all(imports).then((codes) => {
      done = true;
      return codes;
    });
    const made: string[] = [];
    for (let k = 0; !done || k < 4; k++) {
      const name = NAMES[k % NAMES.length];
      const at = TEXT.indexOf(name);
      await select(text(), at, at + name.length);
      const id = await vscode.commands.executeCommand<string>('marginalia.annotateSelection', {
        kind: 'note',
        note: `editor ${k}`,
      });
      assert.ok(id, `the editor annotated ${name} (${k})`);
      made.push(`editor ${k}`);
    }
    assert.deepStrictEqual(await finished, [0, 0, 0, 0], 'every import succeeded');
    const notes = new Set((await annotationsOnDisk(sidecar())).map((a) => a.note));
    for (const note of made) assert.ok(notes.has(note), `the editor's '${note}' is there`);
    for (const name of NAMES)
      for (let w = 0; w < 4; w++) assert.ok(notes.has(`cli ${w} ${name}`), `import ${w}'s note on ${name} is there`);
    for (let w = 0; w < 4; w++) await vscode.workspace.fs.delete(inWorkspace(`concurrent-${w}.ann`));
  });
});
