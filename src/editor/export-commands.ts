import * as vscode from 'vscode';
import { createScanner } from '../core/corpus/scanner';
import { exportDocument } from '../core/export/collect';
import type { ExportDocument } from '../core/export/export-document';
import { EXPORT_FORMATS, exportCsv, mayReplace, planOutputs, type ExportFormat, type ExportOutput } from '../core/export/outputs';
import { importBrat } from '../core/import/import-brat';
import { addImported } from '../core/import/imported';
import { importW3c } from '../core/import/import-w3c';
import { textCandidates } from '../core/import/text-of';
import type { Annotation } from '../core/model';
import { formatProblem } from '../core/problem-format';
import { parseSidecar } from '../core/sidecar/parse-sidecar';
import { sidecarFileName } from '../core/sidecar/sidecar';
import { MAX_TEXT_BYTES } from '../core/text/decode';
import type { CorpusView } from './services';
import { editSidecar } from './sidecar-store';
import { openDocument, readTextOrFail } from './utils';
import { fileStoreFor } from './file-store';

/**
 * `marginalia.export` arguments; any given skips its prompt. `uri`: a text, or a folder for all texts in it. `out`: a folder
 * (else beside the texts).
 */
export interface ExportArgs {
  format?: ExportFormat;
  uri?: string | vscode.Uri;
  out?: string | vscode.Uri;
}

/** `marginalia.import` arguments: the brat .ann or JSON-LD file, and the text it annotates (else found by name, or asked). */
export interface ImportArgs {
  uri?: string | vscode.Uri;
  text?: string | vscode.Uri;
}

const FORMAT_PICKS: Array<vscode.QuickPickItem & { format: ExportFormat }> = [
  {
    format: 'w3c',
    label: 'W3C Web Annotation (JSON-LD)',
    description: '.jsonld, for Hypothesis, Recogito and other annotation tools',
  },
  { format: 'tei', label: 'TEI P5 XML', description: '.tei.xml, the text with persName, date, said… inline' },
  { format: 'csv', label: 'CSV', description: 'one row per mention or annotation, for a spreadsheet' },
  { format: 'brat', label: 'brat standoff', description: '.ann beside a .txt, for brat and NLP tools' },
];

/** Registers `marginalia.export` and `marginalia.import`; both return what they wrote (for tests and other commands). */
export function registerExportCommands(context: vscode.ExtensionContext, corpus: CorpusView, log: vscode.LogOutputChannel): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('marginalia.export', async (args?: ExportArgs | vscode.Uri) => {
      try {
        // From a menu the argument is the file or folder clicked.
        return await exportCommand(corpus, log, args instanceof vscode.Uri ? { uri: args } : (args ?? {}));
      } catch (e) {
        log.error(`Export failed: ${String(e)}`);
        void vscode.window.showErrorMessage(`Marginalia: export failed: ${(e as Error).message}`);
        return [];
      }
    }),
    vscode.commands.registerCommand('marginalia.import', async (args?: ImportArgs | vscode.Uri) => {
      try {
        return await importCommand(corpus, log, args instanceof vscode.Uri ? { uri: args } : (args ?? {}));
      } catch (e) {
        log.error(`Import failed: ${String(e)}`);
        void vscode.window.showErrorMessage(`Marginalia: import failed: ${(e as Error).message}`);
        return undefined;
      }
    }),
  );
}

async function exportCommand(corpus: CorpusView, log: vscode.LogOutputChannel, args: ExportArgs): Promise<string[]> {
  const format = args.format ?? (await vscode.window.showQuickPick(FORMAT_PICKS, { title: 'Marginalia: export as' }))?.format;
  if (!format) return [];
  if (!EXPORT_FORMATS.includes(format)) throw new Error(`unknown format '${format}': use ${EXPORT_FORMATS.join(', ')}`);
  const scope = args.uri ? await scopeOf(toUri(args.uri).uri) : await pickScope();
  if (!scope) return [];
  const out = args.out ? toUri(args.out).uri : args.uri || args.format ? undefined : await pickOut();
  if (out === null) return [];

  await corpus.whenReady();
  const texts = await textsIn(corpus, scope);
  if (texts.length === 0) throw new Error(`no texts of the corpus in ${vscode.workspace.asRelativePath(scope.uri)}`);
  const docs: Array<{ uri: vscode.Uri; doc: ExportDocument }> = [];
  for (const uri of texts) docs.push({ uri, doc: await documentOf(corpus, uri, scope) });

  const writes: Array<{ uri: vscode.Uri; output: ExportOutput }> = [];
  if (format === 'csv') {
    const csv = exportCsv(docs.map((d) => d.doc));
    const single = scope.isFile ? docs[0].doc.file.replace(/\.(txt|md)$/i, '') + '.csv' : csv.name;
    writes.push({
      uri: vscode.Uri.joinPath(out ?? (scope.isFile ? parent(scope.uri) : scope.uri), out ? csv.name : single),
      output: csv,
    });
  } else {
    // Two texts never get one output name (letter.txt and letter.md: letter.txt.jsonld, letter.md.jsonld).
    const dirs = docs.map(({ uri, doc }) => (out ? vscode.Uri.joinPath(out, ...doc.file.split('/').slice(0, -1)) : parent(uri)));
    const planned = planOutputs(
      format,
      docs.map(({ uri, doc }, i) => ({
        dir: dirs[i].toString(),
        doc,
        text: { dir: parent(uri).toString(), name: uri.path.split('/').pop() as string },
      })),
      { besideText: !out },
    );
    for (const { index, output, clash } of planned) {
      const target = vscode.Uri.joinPath(dirs[index], output.name);
      if (clash) log.warn(`${vscode.workspace.asRelativePath(target)}: not written, another text of the same name exports here`);
      else writes.push({ uri: target, output });
      if (output.warning) log.info(`${vscode.workspace.asRelativePath(target)}: ${output.warning}`);
    }
  }
  const done: typeof writes = [];
  for (const write of writes) if (await mayWrite(write.uri, write.output.content, log)) done.push(write);
  // Through the file store: on a local disk atomically (temp file and rename, mode kept), as every write of Marginalia.
  for (const { uri, output } of done) {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..')); // the output folder may be new
    const { store, path } = fileStoreFor(uri);
    await store.write(path, new TextEncoder().encode(output.content));
  }
  const written = done.map((w) => w.uri.toString());
  log.info(`Exported ${texts.length} text(s) as ${format}: ${written.join(', ')}`);
  if (!args.format)
    void reportExport(
      done.map((w) => w.uri),
      texts.length,
      format,
    );
  return written;
}

/** Says where the export went, by name, with buttons to open the (first) file and to reveal it among the others. */
async function reportExport(files: vscode.Uri[], texts: number, format: string): Promise<void> {
  if (files.length === 0)
    return void vscode.window.showWarningMessage(`Marginalia: nothing was exported as ${format} (see the log).`);
  const names = files.map((f) => vscode.workspace.asRelativePath(f));
  const shown = names.length <= 3 ? names.join(', ') : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
  const choice = await vscode.window.showInformationMessage(
    `Marginalia: exported ${texts} text${texts === 1 ? '' : 's'} as ${format.toUpperCase()} to ${shown}.`,
    'Open',
    'Reveal in Explorer',
  );
  if (choice === 'Open') await vscode.window.showTextDocument(files[0]);
  if (choice === 'Reveal in Explorer') await vscode.commands.executeCommand('revealInExplorer', files[0]);
}

/**
 * Whether an export may be written at `uri`: nothing there, or a file Marginalia wrote (see `mayReplace`);
 * any other file is replaced only when the user says so in a modal dialog.
 */
async function mayWrite(uri: vscode.Uri, content: string, log: vscode.LogOutputChannel): Promise<boolean> {
  let existing: Uint8Array;
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    existing =
      stat.type === vscode.FileType.File && stat.size <= MAX_TEXT_BYTES
        ? await vscode.workspace.fs.readFile(uri)
        : new Uint8Array([0]);
  } catch {
    return true; // nothing there yet
  }
  const name = uri.path.split('/').pop() as string;
  if (mayReplace(name, new TextDecoder().decode(existing), content)) return true;
  const pick = await vscode.window.showWarningMessage(
    `${vscode.workspace.asRelativePath(uri)} already exists and was not written by Marginalia. Overwrite it?`,
    { modal: true, detail: 'Its present content will be lost.' },
    'Overwrite',
  );
  if (pick !== 'Overwrite') log.info(`${vscode.workspace.asRelativePath(uri)}: exists, not overwritten`);
  return pick === 'Overwrite';
}

/** The text or folder to export: the active text, or a workspace folder. */
async function pickScope(): Promise<{ uri: vscode.Uri; isFile: boolean } | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folders = vscode.workspace.workspaceFolders ?? [];
  const picks: Array<vscode.QuickPickItem & { uri: vscode.Uri }> = [
    ...(active ? [{ label: `This text: ${vscode.workspace.asRelativePath(active)}`, uri: active }] : []),
    ...folders.map((f) => ({ label: `Whole workspace: ${f.name}`, uri: f.uri })),
  ];
  const pick = picks.length === 1 ? picks[0] : await vscode.window.showQuickPick(picks, { title: 'Marginalia: export what?' });
  return pick && scopeOf(pick.uri);
}

/** Beside the texts (undefined), a chosen folder, or null when the user cancels. */
async function pickOut(): Promise<vscode.Uri | undefined | null> {
  const pick = await vscode.window.showQuickPick(
    [
      { label: 'Beside the text(s)', choose: false },
      { label: 'Into a folder…', choose: true },
    ],
    { title: 'Marginalia: write the export' },
  );
  if (!pick) return null;
  if (!pick.choose) return undefined;
  const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Export here' });
  return chosen?.[0] ?? null;
}

/** A text or a folder, as the file system says (a folder may have a dot in its name). */
async function scopeOf(uri: vscode.Uri): Promise<{ uri: vscode.Uri; isFile: boolean }> {
  try {
    return { uri, isFile: ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) === 0 };
  } catch {
    return toUri(uri);
  }
}

function toUri(value: string | vscode.Uri): { uri: vscode.Uri; isFile: boolean } {
  const uri =
    typeof value === 'string' ? (/^[a-z][a-z0-9+.-]+:/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value)) : value;
  return { uri, isFile: /\.[A-Za-z0-9]+$/.test(uri.path) };
}

function parent(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..');
}

/** The corpus texts in a folder, or the one text given (even one outside `marginalia.texts`). */
async function textsIn(corpus: CorpusView, scope: { uri: vscode.Uri; isFile: boolean }): Promise<vscode.Uri[]> {
  if (scope.isFile) return [scope.uri];
  const prefix = scope.uri.toString().replace(/\/?$/, '/');
  return corpus
    .uris()
    .filter((u) => u.startsWith(prefix))
    .sort()
    .map((u) => vscode.Uri.parse(u));
}

/** A text with its mentions (no unconfirmed candidates) and its sidecar's annotations, named relative to the scope. */
async function documentOf(
  corpus: CorpusView,
  uri: vscode.Uri,
  scope: { uri: vscode.Uri; isFile: boolean },
): Promise<ExportDocument> {
  const key = uri.toString();
  const text = openDocument(uri)?.getText() ?? corpus.textOf(key) ?? (await readTextOrFail(uri));
  const found =
    corpus.has(key) && corpus.textOf(key) === text
      ? corpus.mentionsIn(key)
      : createScanner(corpus.entities(), {
          dayFirst: corpus.config.dayFirst,
          julianBefore: corpus.config.julianBefore,
          lang: corpus.config.language,
        })(text);
  const mentions = found.filter((m) => m.kind !== 'candidate');
  const file = scope.isFile ? (uri.path.split('/').pop() as string) : uri.path.slice(scope.uri.path.replace(/\/?$/, '/').length);
  return exportDocument(file, text, mentions, await annotationsOf(uri), corpus.entities());
}

async function annotationsOf(text: vscode.Uri): Promise<Annotation[]> {
  const sidecar = vscode.Uri.joinPath(parent(text), sidecarFileName(text.path.split('/').pop() as string));
  let content: string;
  try {
    content = await readTextOrFail(sidecar);
  } catch {
    return []; // no sidecar: nothing annotated yet
  }
  const parsed = parseSidecar(content, sidecar.toString());
  // A conflicted sidecar's notes may hold both sides and the markers: export none of it until the conflict is resolved.
  const conflict = parsed.problems.find((p) => p.code === 'merge-conflict');
  if (conflict) throw new Error(`${formatProblem(conflict, vscode.workspace.asRelativePath(sidecar))} (nothing was exported)`);
  return parsed.sidecar?.annotations ?? [];
}

async function importCommand(
  corpus: CorpusView,
  log: vscode.LogOutputChannel,
  args: ImportArgs,
): Promise<{ sidecar: string; imported: number; orphaned: number } | undefined> {
  const file = args.uri
    ? toUri(args.uri).uri
    : (
        await vscode.window.showOpenDialog({
          canSelectMany: false,
          openLabel: 'Import',
          filters: { 'brat standoff': ['ann'], 'W3C Web Annotation': ['jsonld', 'json'] },
        })
      )?.[0];
  if (!file) return undefined;
  const content = await readTextOrFail(file);
  const text = args.text ? toUri(args.text).uri : await findText(file, content);
  if (!text) return undefined;
  await corpus.whenReady();
  const textContent = await readTextOrFail(text);
  const entities = corpus.entities();
  const textName = text.path.split('/').pop() as string;
  const result = file.path.endsWith('.ann')
    ? importBrat(content, textContent, file.toString(), entities)
    : importW3c(content, textContent, textName, file.toString(), entities);
  for (const p of result.problems) log.warn(formatProblem(p, vscode.workspace.asRelativePath(file)));

  const sidecar = vscode.Uri.joinPath(parent(text), sidecarFileName(textName));
  // The one sidecar write path: under the sidecar's lock, against its text at that moment (unsaved edits included).
  const ok = await editSidecar(
    sidecar,
    (existing) => {
      const ids =
        existing === undefined ? [] : (parseSidecar(existing, sidecar.toString()).sidecar?.annotations.map((a) => a.id) ?? []);
      return addImported(existing, textName, result.annotations, ids);
    },
    log,
  );
  if (!ok) throw new Error(`nothing was imported into ${vscode.workspace.asRelativePath(sidecar)}`);
  const orphaned = result.annotations.filter((a) => a.orphaned).length;
  const summary =
    `imported ${result.annotations.length} annotation(s) into ` +
    `${vscode.workspace.asRelativePath(sidecar)}${orphaned ? `, ${orphaned} orphaned` : ''}`;
  log.info(summary);
  if (!args.uri) void vscode.window.showInformationMessage(`Marginalia: ${summary}.`);
  return { sidecar: sidecar.toString(), imported: result.annotations.length, orphaned };
}

/** The text an exported file annotates: by the export's naming, else the active text, else asked. */
async function findText(file: vscode.Uri, content: string): Promise<vscode.Uri | undefined> {
  for (const candidate of textCandidates(file.path.split('/').pop() as string, content)) {
    // Only a text in the import file's folder or below: never one a file: address or a .. leads to.
    const uri = vscode.Uri.joinPath(parent(file), candidate);
    if (/^file:/i.test(candidate) || !uri.path.startsWith(parent(file).path.replace(/\/?$/, '/'))) {
      throw new Error(
        `${vscode.workspace.asRelativePath(file)} names its text as '${candidate}', outside its folder: not imported. Put it ` +
          `beside its text, or choose the text when importing.`,
      );
    }
    try {
      await vscode.workspace.fs.stat(uri);
      return uri;
    } catch {
      // not there: try the next
    }
  }
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && !active.path.endsWith('.annotations.yaml')) return active;
  return (await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Annotates this text' }))?.[0];
}
