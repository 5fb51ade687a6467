// The index cache in the default build: a rebuild with recognition settings seen before (marginalia.dayFirst on, off
// and on again, as a reopened window finds the same corpus) takes the unchanged texts from the cache on the desktop,
// and a text changed on disk meanwhile is recognized again, never served from the cache. The browser keeps no cache.
// (A real reopening of VS Code is the warm-start row of `npm run bench -- editor`.)
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { ESSAY, find, inWorkspace, ready, waitFor } from './reading-helpers';

declare const __MARGINALIA_TEST_HOST__: 'node' | 'web';

interface BuildStats {
  started: number;
  completed: number;
  texts: number;
  cached: number;
}

const WATCHER_MS = 30_000;
const PROBE = 'index-cache-probe.txt';

const stats = () => vscode.commands.executeCommand<BuildStats>('marginalia.waitForIndex');

/** The next build after `since`, once complete. */
async function nextBuild(since: BuildStats): Promise<BuildStats> {
  return waitFor(
    async () => {
      const s = await stats();
      return s.started > since.started && s.completed >= s.started ? s : undefined;
    },
    WATCHER_MS,
    'a new build of the index',
  );
}

describe('reading: the index cache', function () {
  this.timeout(120_000);
  before(ready);

  it('takes unchanged texts from the cache on a rebuild, and recognizes a text changed meanwhile again', async () => {
    const probe = inWorkspace(PROBE);
    const kirov = await find(inWorkspace(ESSAY), 'Kirov');
    const probeMentionsKirov = async () => {
      const refs = await vscode.commands.executeCommand<vscode.Location[]>(
        'vscode.executeReferenceProvider',
        kirov.doc.uri,
        kirov.position,
      );
      return refs.some((r) => r.uri.toString() === probe.toString());
    };
    const config = vscode.workspace.getConfiguration('marginalia');
    await vscode.workspace.fs.writeFile(probe, new TextEncoder().encode('Kirov was shot on 1 December 1934.\n'));
    try {
      await waitFor(probeMentionsKirov, WATCHER_MS, 'the probe text to name Kirov');
      const day = async (dayFirst: boolean | undefined, since: BuildStats) => {
        await config.update('dayFirst', dayFirst, vscode.ConfigurationTarget.Workspace);
        return nextBuild(since);
      };
      // Every text recognized with day-first dates, then with the default again.
      let last = await day(true, await stats());
      last = await day(undefined, last);
      // Changed while the default is read: never recognized with day-first dates.
      await vscode.workspace.fs.writeFile(probe, new TextEncoder().encode('Zinoviev was arrested on 16 December 1934.\n'));
      await waitFor(async () => !(await probeMentionsKirov()), WATCHER_MS, 'the changed probe text to lose Kirov');
      const back = await day(true, last);
      assert.ok(!(await probeMentionsKirov()), 'the changed text is indexed as it is now, not as the cache knew it');
      if (__MARGINALIA_TEST_HOST__ === 'web') {
        assert.strictEqual(back.cached, 0, 'no cache in the browser');
      } else {
        assert.ok(back.texts >= 3, `texts: ${back.texts}`);
        // Every text but the changed one was recognized with day-first dates before, unchanged since.
        assert.ok(back.cached >= back.texts - 1, `${back.cached} of ${back.texts} texts from the cache`);
      }
    } finally {
      await config.update('dayFirst', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(probe).then(undefined, () => undefined);
    }
    await waitFor(async () => !(await probeMentionsKirov()), WATCHER_MS, 'the probe text to leave the index');
  });
});
