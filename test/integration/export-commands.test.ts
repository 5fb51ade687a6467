// Exporting and importing through the commands, with arguments instead of prompts, checked on the files written.
import * as assert from 'node:assert';
import { parse as parseCsv } from 'csv-parse/sync';
import { CSV_COLUMNS } from '../../src/core/export/csv';
import { XMLValidator } from 'fast-xml-parser';
import * as vscode from 'vscode';
import { validateW3c } from '../../src/core/export/validate-w3c';
import { TEXT_NAME, activate, annotationsIn, inWorkspace, readFile, writeFile } from './annotating-helpers';

const OUT = 'export-test-out';

describe('export: commands', () => {
  const text = () => inWorkspace(TEXT_NAME);

  before(activate);

  after(async () => {
    await vscode.workspace.fs.delete(inWorkspace(OUT), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  async function exportAs(format: string, uri: vscode.Uri = text()): Promise<vscode.Uri[]> {
    const written = await vscode.commands.executeCommand<string[]>('marginalia.export', {
      format,
      uri: uri.toString(),
      out: inWorkspace(OUT).toString(),
    });
    assert.ok(written && written.length > 0, `marginalia.export ${format} says what it wrote`);
    return written.map((u) => vscode.Uri.parse(u));
  }

  it("w3c: writes a JSON-LD collection that meets the Web Annotation MUSTs, with the sidecar's annotations", async () => {
    const [file] = await exportAs('w3c');
    assert.match(file.path, /\/export-test-out\/trotsky-1936-moscow-confessions\.jsonld$/);
    const json = JSON.parse(await readFile(file)) as { total: number; first: { items: Array<{ id: string }> } };
    assert.deepStrictEqual(validateW3c(json), []);
    const sidecar = annotationsIn(await readFile(inWorkspace(`${TEXT_NAME}.annotations.yaml`)));
    for (const a of sidecar)
      assert.ok(
        json.first.items.some((item) => item.id.endsWith(`:${a.id}`)),
        `annotation ${a.id} is exported`,
      );
    assert.ok(json.total > sidecar.length, 'recognized mentions are exported too');
  });

  it('tei: writes well-formed XML with persName refs into the standOff', async () => {
    const [file] = await exportAs('tei');
    const xml = await readFile(file);
    assert.strictEqual(XMLValidator.validate(xml), true);
    assert.match(xml, /<persName ref="#stalin">Stalin<\/persName>/);
    assert.match(xml, /<person xml:id="stalin">/);
    assert.match(xml, /<said [^>]*who="#goltzman"/);
  });

  it('csv: writes one row per mention or annotation under the header', async () => {
    const [file] = await exportAs('csv');
    const rows: string[][] = parseCsv(await readFile(file), { bom: true });
    assert.deepStrictEqual(rows[0].slice(0, 4), ['file', 'kind', 'start', 'end']);
    assert.ok(rows.length > 50);
    assert.ok(rows.slice(1).every((r) => r.length === CSV_COLUMNS.length && r[0] === TEXT_NAME));
  });

  it('csv of the whole workspace: rows from the essay and the notes', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const [file] = await exportAs('csv', folder.uri);
    const files = new Set((parseCsv(await readFile(file), { bom: true }) as string[][]).slice(1).map((r) => r[0]));
    assert.ok(files.has(TEXT_NAME) && [...files].some((f) => f.startsWith('notes/')), [...files].join(', '));
  });

  it("brat: writes the .ann and its .txt, and the import reads it back into a new text's sidecar", async () => {
    const written = await exportAs('brat');
    const ann = written.find((u) => u.path.endsWith('.ann'));
    const txt = written.find((u) => u.path.endsWith('.txt'));
    assert.ok(ann && txt);
    const lines = (await readFile(ann)).trimEnd().split('\n');
    assert.ok(
      lines.every((l) => /^[TNAR#]\d+\t/.test(l)),
      'every line is a brat annotation or relation',
    );
    assert.strictEqual(await readFile(txt), await readFile(text()));

    const copy = inWorkspace(`${OUT}/copy.txt`);
    await writeFile(copy, await readFile(text()));
    const result = await vscode.commands.executeCommand<{ sidecar: string; imported: number; orphaned: number }>(
      'marginalia.import',
      { uri: ann.toString(), text: copy.toString() },
    );
    assert.ok(result);
    assert.strictEqual(result.imported, lines.filter((l) => l.startsWith('T')).length);
    assert.strictEqual(result.orphaned, 0);
    const imported = annotationsIn(await readFile(vscode.Uri.parse(result.sidecar)));
    assert.strictEqual(imported.length, result.imported);
    const essay = await readFile(text());
    for (const a of imported) assert.strictEqual(essay.slice(a.target.start, a.target.end), a.target.exact);
  });

  it("w3c: the import brings the sidecar's annotations (not the recognized mentions) into another text's sidecar", async () => {
    const [jsonld] = await exportAs('w3c');
    const copy = inWorkspace(`${OUT}/w3c-copy.txt`);
    await writeFile(copy, await readFile(text()));
    const result = await vscode.commands.executeCommand<{ sidecar: string; imported: number }>('marginalia.import', {
      uri: jsonld.toString(),
      text: copy.toString(),
    });
    assert.ok(result);
    const original = annotationsIn(await readFile(inWorkspace(`${TEXT_NAME}.annotations.yaml`)));
    const imported = annotationsIn(await readFile(vscode.Uri.parse(result.sidecar)));
    assert.deepStrictEqual(
      imported.map((a) => [a.kind, a.target.exact, a.entity, a.note]).sort(),
      original.map((a) => [a.kind, a.target.exact, a.entity, a.note]).sort(),
    );
  });
});
