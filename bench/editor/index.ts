/**
 * The in-editor benchmark: an extensionTestsPath module that VS Code's
 * extension host runs (through test/host's runInCodeServer, see
 * bench/run-editor.mjs). It times what a user waits for: the index complete
 * after start-up, how long the extension host's event loop was blocked while
 * indexing (a 10 ms timer's longest gap), hovers and References while the
 * index builds and after, opening the 5 MB text until its first hover
 * answers, the host's memory, and writes them as JSON to MARGINALIA_BENCH_OUT.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import * as vscode from 'vscode';

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/**
 * A 10 ms interval in this extension host, started as this module loads: the longest gap between two ticks beyond
 * the 10 ms is the longest time the event loop (everything every extension does here) was blocked. Also the peak RSS
 * of the host process (worker threads included: they live in the same process).
 */
const TICK_MS = 10;
const loop = {
  phase: 'indexing' as 'indexing' | 'after',
  last: now(),
  ticks: 0,
  longest: { indexing: 0, after: 0 },
  /** The five longest gaps of each phase: when each ended (ms, this module's clock) and how long it was. */
  gaps: { indexing: [] as Array<{ at: number; ms: number }>, after: [] as Array<{ at: number; ms: number }> },
  peakRssMb: { indexing: 0, after: 0 },
};
const ticker = setInterval(() => {
  const t = now();
  const gap = t - loop.last - TICK_MS;
  loop.last = t;
  if (gap > loop.longest[loop.phase]) loop.longest[loop.phase] = gap;
  const gaps = loop.gaps[loop.phase];
  if (gap > 30 && (gaps.length < 5 || gap > gaps[4].ms)) {
    gaps.push({ at: Math.round(t), ms: Math.round(gap) });
    gaps.sort((a, b) => b.ms - a.ms).splice(5);
  }
  // RSS every 100 ms: reading it is a system call, not free on a busy machine.
  if (++loop.ticks % 10) return;
  const rss = process.memoryUsage.rss() / 1024 / 1024;
  if (rss > loop.peakRssMb[loop.phase]) loop.peakRssMb[loop.phase] = rss;
}, TICK_MS);

/** MARGINALIA_BENCH_PROFILE=FILE: a CPU profile of this thread from here until the index is complete (where the blocks come from). */
const profileFile = process.env.MARGINALIA_BENCH_PROFILE;
const profiler = profileFile ? new Session() : undefined;
/** When the profile started, on this module's clock (to find the gaps in it). */
let profileStarted = 0;
if (profiler) {
  profiler.connect();
  profiler.post('Profiler.enable', () => profiler.post('Profiler.start', () => (profileStarted = now())));
}
function stopProfile(): void {
  profiler?.post('Profiler.stop', (err, result) => {
    if (!err && profileFile) writeFileSync(profileFile, JSON.stringify(result.profile));
    profiler.disconnect();
  });
}

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
  return all
    .filter((_, k) => k % step === 0)
    .slice(0, count)
    .map((o) => doc.positionAt(o + 1));
}

const hover = (doc: vscode.TextDocument, p: vscode.Position) =>
  vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, p);
const references = (doc: vscode.TextDocument, p: vscode.Position) =>
  vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, p);

/** What the user does while the index builds: a text is open, names are hovered and their references asked for. */
async function whileIndexing(folder: vscode.Uri, done: () => boolean) {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'texts', '1830_andrew_jackson_d.txt'));
  await vscode.window.showTextDocument(doc);
  const points = positionsOf(doc, 'Jefferson', 5);
  const hovers: number[] = [];
  const refs: number[] = [];
  let cards = 0;
  // The first hover right after the text is shown waits for VS Code's own work on the new editor (tokens, links, layout):
  // timed apart, as opening the 5 MB text is.
  let first: number | undefined;
  for (let i = 0; points.length > 0 && !done(); i++) {
    const p = points[i % points.length];
    let t = now();
    cards += (await hover(doc, p)).length > 0 ? 1 : 0;
    if (first === undefined) first = now() - t;
    else hovers.push(now() - t);
    if (i % 5 === 4) {
      t = now();
      await references(doc, p);
      refs.push(now() - t);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { hovers, refs, cards, first };
}

export async function run(): Promise<void> {
  console.log('Marginalia editor benchmark');
  const out = process.env.MARGINALIA_BENCH_OUT;
  if (!out) throw new Error('MARGINALIA_BENCH_OUT is not set');
  const ext = vscode.extensions.getExtension('marginalia.marginalia');
  if (!ext) throw new Error('the Marginalia extension is not loaded');
  const result: Record<string, unknown> = {
    vscode: vscode.version,
    activeAtStart: ext.isActive,
    hostUptimeAtStartS: process.uptime(),
  };
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('no workspace folder');

  let t = now();
  await ext.activate();
  result.activateCallMs = now() - t;
  t = now();
  let indexed = false;
  const ready = Promise.resolve(vscode.commands.executeCommand<unknown>('marginalia.waitForIndex')).then((stats) => {
    indexed = true;
    // The extension host's own clock: start-up, activation and the whole first build.
    result.indexCompleteSinceHostStartS = process.uptime();
    result.waitForIndexMs = now() - t;
    result.build = stats;
    loop.phase = 'after';
    stopProfile();
  });
  const during = await whileIndexing(folder, () => indexed);
  await ready;
  result.duringIndexing = {
    firstHoverMs: during.first ?? null,
    hovers: during.hovers.length,
    hoversWithCard: during.cards,
    hoverP95Ms: during.hovers.length ? p95(during.hovers) : null,
    references: during.refs.length,
    referencesMedianMs: during.refs.length ? median(during.refs) : null,
  };
  result.longestBlockWhileIndexingMs = loop.longest.indexing;
  result.peakRssWhileIndexingMb = loop.peakRssMb.indexing;

  const big = vscode.Uri.joinPath(folder, 'normal-5mb.txt');
  t = now();
  const doc = await vscode.workspace.openTextDocument(big);
  await vscode.window.showTextDocument(doc);
  result.open5mbMs = now() - t;
  const points = positionsOf(doc, 'Jefferson', 20);
  if (points.length === 0) throw new Error('no "Jefferson" in the 5 MB text');
  const first = await hover(doc, points[0]);
  result.open5mbToFirstHoverMs = now() - t;
  result.firstHoverHasCard = first.length > 0;

  const hovers: number[] = [];
  for (const p of points) {
    const h = now();
    await hover(doc, p);
    hovers.push(now() - h);
  }
  result.hover = { samples: hovers.length, p95Ms: p95(hovers), medianMs: median(hovers) };

  const refs: number[] = [];
  let found = 0;
  for (let i = 0; i < 5; i++) {
    const r = now();
    const locations = await references(doc, points[i % points.length]);
    refs.push(now() - r);
    found = locations.length;
  }
  result.references = { runs: refs.length, medianMs: median(refs), maxMs: Math.max(...refs), locations: found };
  result.longestBlockAfterMs = loop.longest.after;
  result.longestGaps = { ...loop.gaps, profileStarted };
  result.peakRssAfterMb = loop.peakRssMb.after;
  result.rssAtEndMb = process.memoryUsage.rss() / 1024 / 1024;
  clearInterval(ticker);
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  console.log(`Marginalia editor benchmark: ${JSON.stringify(result)}`);
}
