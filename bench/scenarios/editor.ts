/**
 * In the editor: VS Code (code-server, the integration tests' host) opens a
 * workspace of one copy of the corpus (233 texts, 10.8 MB), the 5 MB text and
 * the 39k-name registry; bench/editor/index.ts times the index build, opening
 * the 5 MB text, hovers and References. Needs code-server installed (by
 * `npm run test:integration`) and chromium.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, corpus } from '../build-corpus';
import { Row } from '../measure';

const S = 'in the editor (VS Code, 10.8 MB + 5 MB, 39k names)';

function workspace(): string {
  const dir = join(corpus.root, 'editor-workspace');
  if (!existsSync(join(dir, 'normal-5mb.txt'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(join(corpus.texts, 'copy-00'), join(dir, 'texts'), { recursive: true, filter: (f) => !f.endsWith('.annotations.yaml') });
    copyFileSync(corpus.registry, join(dir, 'entities.yaml'));
    copyFileSync(corpus.normal5mb, join(dir, 'normal-5mb.txt'));
  }
  return dir;
}

export function editor(): Row[] {
  const out = join(tmpdir(), `marginalia-bench-editor-${process.pid}.json`);
  rmSync(out, { force: true });
  const r = spawnSync(process.execPath, [join(REPO, 'bench', 'run-editor.mjs'), workspace(), out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 15 * 60 * 1000 });
  if (!existsSync(out)) {
    const why = `${r.stderr ?? ''}\n${r.stdout ?? ''}`.split('\n').filter((l) => /FAILED|error|not installed/i.test(l)).slice(0, 2).join(' ');
    return [{ scenario: S, measure: 'not run', value: NaN, unit: 's', note: why.slice(0, 200) || `exit ${r.status}` }];
  }
  const e = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(out, { force: true });
  return [
    { scenario: S, measure: 'index complete, since the extension host started', unit: 's', value: e.indexCompleteSinceHostStartS, note: `VS Code ${e.vscode}; waitForIndex took ${(e.waitForIndexMs / 1000).toFixed(1)} s after the tests started` },
    { scenario: S, measure: 'open the 5 MB text until its first hover answers', unit: 'ms', value: e.open5mbToFirstHoverMs, note: `open + show ${e.open5mbMs.toFixed(0)} ms` },
    { scenario: S, measure: 'hover on a name (executeHoverProvider), p95', unit: 'ms', value: e.hover.p95Ms, note: `${e.hover.samples} hovers, median ${e.hover.medianMs.toFixed(1)} ms` },
    { scenario: S, measure: 'References on a name (executeReferenceProvider), median', unit: 'ms', value: e.references.medianMs, note: `${e.references.locations} locations, max ${e.references.maxMs.toFixed(0)} ms` },
  ];
}
