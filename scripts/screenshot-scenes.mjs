// node scripts/screenshot-scenes.mjs comments|registry (after npm run build): the README's pictures of the comment
// thread of a note (media/comments.png) and of the registry builder (media/registry-builder.png). As
// scripts/screenshot.mjs, with test/package/screenshot-<name>-scene.ts setting the scene.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, startCodeServer, workbenchUrl } from '../test/host/code-server-host.mjs';
import { repoRoot } from '../test/host/install-code-server.mjs';
import { copyWorkspace, tempDir } from '../test/host/workspace.mjs';

const SCENES = {
  comments: { target: 'comments.png', shown: (page) => page.locator('.review-widget').filter({ hasText: 'Smirnov capitulated' }).first() },
  registry: { target: 'registry-builder.png', shown: (page) => page.locator('.quick-input-widget').filter({ hasText: 'Create Registry' }).first() },
};
const name = process.argv[2];
if (!SCENES[name]) {
  console.error(`usage: node scripts/screenshot-scenes.mjs ${Object.keys(SCENES).join('|')}`);
  process.exit(2);
}
const scene = join(repoRoot, 'out', 'test', 'package', `screenshot-${name}-scene.js`);
const target = join(repoRoot, 'media', SCENES[name].target);
const SIZE = { width: 1400, height: 900 };
// A light page reads like paper; a wrapped, slightly larger text like a reading view.
const SETTINGS = {
  'workbench.colorTheme': 'Default Light Modern',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.layoutControl.enabled': false,
  'editor.fontSize': 15,
  'editor.lineHeight': 24,
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'editor.renderWhitespace': 'none',
  'editor.hover.delay': 100,
  'breadcrumbs.enabled': false,
  'window.commandCenter': false,
  'chat.commandCenter.enabled': false,
  'security.workspace.trust.enabled': false,
};

const copy = copyWorkspace();
const data = tempDir('marginalia-shot-');
let server;
let browser;
try {
  mkdirSync(join(data.dir, 'user-data', 'User'), { recursive: true });
  writeFileSync(join(data.dir, 'user-data', 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  server = await startCodeServer({ folder: copy.folder, dataDir: data.dir });
  browser = await launchBrowser();
  const page = await browser.browser.newPage({ viewport: SIZE, deviceScaleFactor: 1 });
  let ready;
  const sceneReady = new Promise((resolve, reject) => {
    ready = resolve;
    setTimeout(() => reject(new Error('the scene was not ready within 180 s')), 180_000).unref();
  });
  await page.exposeFunction('codeAutomationLog', (level, message) => {
    const line = String(message);
    if (/screenshot scene: ready/.test(line)) ready();
    if (level === 'error' || /screenshot scene/.test(line)) console.log(`[scene] ${line}`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => ready(Promise.reject(new Error(`the scene exited with ${code}`))));
  await page.goto(workbenchUrl(server, { testsPath: scene }));
  await sceneReady;
  await SCENES[name].shown(page).waitFor({ state: 'visible', timeout: 20_000 });
  await page.waitForTimeout(500); // Markdown and icons render
  await page.screenshot({ path: target });
  console.log(`[screenshot] ${target}: ${SIZE.width}×${SIZE.height}, ${Math.round(statSync(target).size / 1024)} KB`);
} catch (err) {
  console.error(`[screenshot] ${err instanceof Error ? err.message : err}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  await server?.stop();
  copy.dispose();
  data.dispose();
}
