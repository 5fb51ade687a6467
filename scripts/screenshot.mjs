// npm run screenshot: media/screenshot.png for the README. Opens a copy of the sample corpus in VS Code
// (code-server, headless Chromium, 1400×900) with Marginalia loaded, lets test/package/screenshot-scene.ts
// open the essay at a passage and show the hover on a name, and photographs the window.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, startCodeServer, workbenchUrl } from '../test/host/code-server-host.mjs';
import { repoRoot } from '../test/host/install-code-server.mjs';
import { copyWorkspace, tempDir } from '../test/host/workspace.mjs';

// `-- --scene claims-hover` or `-- --scene itinerary`: the claims screenshots (test/package/screenshot-claims-scene.ts).
const claimsScene = process.argv[process.argv.indexOf('--scene') + 1];
const CLAIMS = { 'claims-hover': { selector: '.monaco-hover', text: 'Refuted by' }, itinerary: { selector: '.quick-input-widget', text: 'Itinerary of' } };
const shot = CLAIMS[claimsScene] ?? { selector: '.monaco-hover', text: 'Goltzman' };
const scene = join(repoRoot, 'out', 'test', 'package', CLAIMS[claimsScene] ? 'screenshot-claims-scene.js' : 'screenshot-scene.js');
const target = join(repoRoot, 'media', CLAIMS[claimsScene] ? `${claimsScene}.png` : 'screenshot.png');
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
  server = await startCodeServer({ folder: copy.folder, dataDir: data.dir, env: { MARGINALIA_SCENE: claimsScene ?? '' } });
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
  await page.locator(shot.selector).filter({ hasText: shot.text }).first().waitFor({ state: 'visible', timeout: 20_000 });
  await page.waitForTimeout(500); // the hover fades in
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
