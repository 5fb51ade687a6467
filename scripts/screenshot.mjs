// npm run screenshot [-- --scene NAME]: the README's pictures. Opens a copy of the sample corpus in VS Code
// (code-server, headless Chromium, 1400×900) with Marginalia loaded, lets test/package/screenshot-*-scene.ts set the
// scene, waits for what it shows, and photographs the window. Scenes: hover (the default, media/screenshot.png),
// claims-hover, itinerary, comments, registry, reading (the highlighting alone, media/reading-<theme>.png).
// --theme light|dark|hc|hc-light picks the colour theme (default light); other themes than light get their own file;
// --reading-font opens the texts in the reading font.
import { cpSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, startCodeServer, workbenchUrl } from '../test/host/code-server-host.mjs';
import { repoRoot } from '../test/host/install-code-server.mjs';
import { copyWorkspace, tempDir } from '../test/host/workspace.mjs';

/** Each scene: its tests module (test/package/<module>.ts), the picture it makes, and what must be visible first. */
const SCENES = {
  hover: { module: 'screenshot-scene', target: 'screenshot.png', selector: '.monaco-hover', text: 'Goltzman' },
  'claims-hover': {
    module: 'screenshot-claims-scene',
    target: 'claims-hover.png',
    selector: '.monaco-hover',
    text: 'Refuted by',
  },
  itinerary: {
    module: 'screenshot-claims-scene',
    target: 'itinerary.png',
    selector: '.quick-input-widget',
    text: 'Itinerary of',
  },
  comments: {
    module: 'screenshot-comments-scene',
    target: 'comments.png',
    selector: '.review-widget',
    text: 'Smirnov capitulated',
  },
  registry: {
    module: 'screenshot-registry-scene',
    target: 'registry-builder.png',
    selector: '.quick-input-widget',
    text: 'Create Registry',
  },
  // A text written for the picture (every kind of mark in five paragraphs), added to the copy of the corpus.
  reading: {
    module: 'screenshot-reading-scene',
    target: 'reading-{theme}.png',
    selector: '.view-lines',
    text: 'Goltzman testified',
    add: 'test/fixtures/reading-sample',
  },
};
/** The themes that --theme names: VS Code's defaults, whose colours the contributed defaults were chosen against. */
const THEMES = {
  light: 'Default Light Modern',
  dark: 'Default Dark Modern',
  hc: 'Default High Contrast',
  'hc-light': 'Default High Contrast Light',
};
const option = (flag, fallback) => (process.argv.indexOf(flag) >= 0 ? process.argv[process.argv.indexOf(flag) + 1] : fallback);
const name = option('--scene', 'hover');
const theme = option('--theme', 'light');
// --reading-font: the .txt texts open as Historical text, in its reading font (what Marginalia's toggle command sets).
const readingFont = process.argv.includes('--reading-font');
const shot = SCENES[name];
if (!shot || !THEMES[theme]) {
  console.error(
    `usage: npm run screenshot -- --scene ${Object.keys(SCENES).join('|')} [--theme ${Object.keys(THEMES).join('|')}]`,
  );
  process.exit(2);
}
const scene = join(repoRoot, 'out', 'test', 'package', `${shot.module}.js`);
const file =
  shot.target.includes('{theme}') || theme === 'light'
    ? shot.target.replace('{theme}', theme)
    : shot.target.replace(/\.png$/, `-${theme}.png`);
const target = join(repoRoot, 'media', file);
const SIZE = { width: 1400, height: 900 };
// A light page reads like paper; a wrapped, slightly larger text like a reading view.
const SETTINGS = {
  'workbench.colorTheme': THEMES[theme],
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
  ...(readingFont && { 'files.associations': { '*.txt': 'historical-text' } }),
};

const copy = copyWorkspace();
if (shot.add) cpSync(join(repoRoot, shot.add), copy.folder, { recursive: true });
const data = tempDir('marginalia-shot-');
let server;
let browser;
try {
  mkdirSync(join(data.dir, 'user-data', 'User'), { recursive: true });
  writeFileSync(join(data.dir, 'user-data', 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  server = await startCodeServer({ folder: copy.folder, dataDir: data.dir, env: { MARGINALIA_SCENE: name } });
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
  await page.goto(workbenchUrl(server, { testsPath: scene }), { timeout: 120_000 }); // a busy machine loads slowly
  await sceneReady;
  await page.locator(shot.selector).filter({ hasText: shot.text }).first().waitFor({ state: 'visible', timeout: 20_000 });
  await page.waitForTimeout(500); // the hover fades in, Markdown and icons render
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
