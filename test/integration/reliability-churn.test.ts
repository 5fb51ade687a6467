// The index under churn: 1,000 texts created, changed and deleted in bursts while the user asks for References.
import * as assert from 'node:assert';
import { mkdir, rm, unlink, writeFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { ESSAY, find, inWorkspace, ready, waitFor } from './reading-helpers';

const FILES = 1000;
const BURST = 100;

/** Text number i: every one names Kirov once; changed ones say "the Leningrad chief" instead. */
const body = (i: number, changed = false) =>
  `Letter ${i}. ${changed ? 'The Leningrad chief' : 'Kirov'} was shot on 1 December 1934, and the trials followed.\n`;

describe('reliability: the index under churn', () => {
  const dir = () => inWorkspace('churn');
  const file = (i: number) => vscode.Uri.joinPath(dir(), `letter-${String(i).padStart(4, '0')}.txt`);

  before(ready);
  after(async () => {
    await rm(dir().fsPath, { recursive: true, force: true });
    await vscode.commands.executeCommand('marginalia.waitForIndex');
  });

  it('stays responsive, never crashes, and ends with References exactly matching the files that remain', async function () {
    this.timeout(240_000);
    const { position } = await find(inWorkspace(ESSAY), 'Kirov');
    const references = async () =>
      (await vscode.commands.executeCommand<vscode.Location[]>(
        'vscode.executeReferenceProvider',
        inWorkspace(ESSAY),
        position,
      )) ?? [];
    const outside = (await references()).filter((r) => !r.uri.path.includes('/churn/')).length;

    // The probe measures the largest gap between timer ticks on this extension host: a blocked host shows as a long gap.
    let last = Date.now();
    let maxGap = 0;
    const probe = setInterval(() => {
      const now = Date.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
    }, 20);
    try {
      await mkdir(dir().fsPath, { recursive: true });
      for (let start = 0; start < FILES; start += BURST) {
        await Promise.all(Array.from({ length: BURST }, (_, k) => writeFile(file(start + k).fsPath, body(start + k))));
        await references(); // the user navigates in between
      }
      // Change every third text so it no longer names Kirov, delete every fifth, in bursts as well.
      for (let start = 0; start < FILES; start += BURST) {
        const ids = Array.from({ length: BURST }, (_, k) => start + k);
        await Promise.all(
          ids.map((i) =>
            i % 5 === 0 ? unlink(file(i).fsPath) : i % 3 === 0 ? writeFile(file(i).fsPath, body(i, true)) : Promise.resolve(),
          ),
        );
        await references();
      }
      const expected = new Set(
        Array.from({ length: FILES }, (_, i) => i)
          .filter((i) => i % 5 !== 0 && i % 3 !== 0)
          .map((i) => file(i).toString()),
      );
      // Settled: References name exactly the remaining letters that still name Kirov, once each, plus what was there before.
      let state = '';
      const settled = await waitFor(
        async () => {
          await vscode.commands.executeCommand('marginalia.waitForIndex');
          const refs = await references();
          const inChurn = refs.filter((r) => r.uri.path.includes('/churn/')).map((r) => r.uri.toString());
          const extra = inChurn.filter((u) => !expected.has(u));
          state = `${inChurn.length} in churn/, ${extra.length} unexpected (${extra.slice(0, 3).join(', ')}), ${refs.length - inChurn.length} of ${outside} elsewhere`;
          return inChurn.length === expected.size && extra.length === 0 && refs.length - inChurn.length === outside
            ? refs
            : undefined;
        },
        60_000,
        `References to match the ${expected.size} letters left`,
      ).catch((e: Error) => {
        throw new Error(`${e.message}: ${state}`);
      });
      assert.strictEqual(
        new Set(settled.map((r) => r.uri.toString())).size,
        expected.size + new Set(settled.filter((r) => !r.uri.path.includes('/churn/')).map((r) => r.uri.toString())).size,
      );
    } finally {
      clearInterval(probe);
    }
    console.log(`    churn: largest event-loop gap on the extension host ${maxGap} ms`);
    assert.ok(maxGap < 2000, `the extension host was blocked for ${maxGap} ms`);
  });
});
