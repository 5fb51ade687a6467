/**
 * The in-editor benchmark: an extensionTestsPath module that VS Code's
 * extension host runs (through test/host's runInCodeServer, see
 * bench/run-editor.mjs). It times what a user waits for: the index complete
 * after start-up, opening the 5 MB text until its first hover answers, hover
 * and References latency, and writes them as JSON to MARGINALIA_BENCH_OUT.
 */
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(0.95 * s.length) - 1)];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** Positions of `name` in the text, at most `count`, spread over the text. */
function positionsOf(doc: vscode.TextDocument, name: string, count: number): vscode.Position[] {
  const text = doc.getText();
  const all: number[] = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) all.push(i);
  const step = Math.max(1, Math.floor(all.length / count));
  return all.filter((_, k) => k % step === 0).slice(0, count).map((o) => doc.positionAt(o + 1));
}

export async function run(): Promise<void> {
  console.log('Marginalia editor benchmark');
  const out = process.env.MARGINALIA_BENCH_OUT;
  if (!out) throw new Error('MARGINALIA_BENCH_OUT is not set');
  const ext = vscode.extensions.getExtension('marginalia.marginalia');
  if (!ext) throw new Error('the Marginalia extension is not loaded');
  const result: Record<string, unknown> = { vscode: vscode.version, activeAtStart: ext.isActive, hostUptimeAtStartS: process.uptime() };

  let t = now();
  await ext.activate();
  result.activateCallMs = now() - t;
  t = now();
  await vscode.commands.executeCommand('marginalia.waitForIndex');
  result.waitForIndexMs = now() - t;
  // The extension host's own clock: start-up, activation and the whole first build.
  result.indexCompleteSinceHostStartS = process.uptime();

  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('no workspace folder');
  const big = vscode.Uri.joinPath(folder, 'normal-5mb.txt');
  t = now();
  const doc = await vscode.workspace.openTextDocument(big);
  await vscode.window.showTextDocument(doc);
  result.open5mbMs = now() - t;
  const points = positionsOf(doc, 'Jefferson', 20);
  if (points.length === 0) throw new Error('no "Jefferson" in the 5 MB text');
  const first = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, points[0]);
  result.open5mbToFirstHoverMs = now() - t;
  result.firstHoverHasCard = first.length > 0;

  const hovers: number[] = [];
  for (const p of points) {
    const h = now();
    await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, p);
    hovers.push(now() - h);
  }
  result.hover = { samples: hovers.length, p95Ms: p95(hovers), medianMs: median(hovers) };

  const refs: number[] = [];
  let found = 0;
  for (let i = 0; i < 5; i++) {
    const r = now();
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, points[i % points.length]);
    refs.push(now() - r);
    found = locations.length;
  }
  result.references = { runs: refs.length, medianMs: median(refs), maxMs: Math.max(...refs), locations: found };
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  console.log(`Marginalia editor benchmark: ${JSON.stringify(result)}`);
}
