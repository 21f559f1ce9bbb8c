#!/usr/bin/env node
// UI checks in headless Chromium against code-server with the packaged .vsix installed from a clean profile:
// open files, read the Problems panel rows (their aria-labels) and the hover over a CIDR, as a user sees them.
//
//   node scripts/e2e/ui-checks.mjs [--tools DIR] [--vsix FILE] [--grep REGEX] [--update-docs] [--keep]
//
// Screenshots go to test-output/screenshots/, what the UI showed to test-output/ui-checks.json. When a check
// fails it prints the rows and hover text the UI did show. Exit status 0 when every check passed.
// The last checks run in a second code-server whose display language is Japanese (argv.json `locale: ja`);
// --update-docs copies their screenshot to docs/images/japanese.png (the README's). --grep runs only the
// checks whose name matches.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ROOT, cleanupOnSignals, defaultVsix, extensionLogs, launchChromium, log, mkTemp, parseArgs, prepareWorkspace, startCodeServer, toolsDir,
} from './lib.mjs';

const args = parseArgs(process.argv.slice(2), { tools: 'value', vsix: 'value', grep: 'value', 'update-docs': 'flag', keep: 'flag' });
const only = args.grep ? new RegExp(args.grep, 'i') : undefined;
// The one check of the Japanese session: its name is what --grep matches to start that session at all.
const JAPANESE_CHECK = 'Japanese: diagnostics, hover and status bar';
const tools = toolsDir(args.tools);
const vsix = path.resolve(args.vsix ?? defaultVsix());
const outDir = path.join(ROOT, 'test-output');
const shots = path.join(outDir, 'screenshots');
fs.mkdirSync(shots, { recursive: true });

const t0 = Date.now();
const secs = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
const results = [];
const work = mkTemp('netlens-ui-');
let server;
let browser;
let page;
let ws;

/** One check: runs `fn`, records pass/fail with what the UI showed; a failure does not stop the others. */
async function check(name, fn) {
  if (only && !only.test(name)) return;
  const shown = {};
  const started = Date.now();
  try {
    await fn(shown);
    results.push({ name, ok: true, ms: Date.now() - started, shown });
    log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false, ms: Date.now() - started, error: e.message, shown });
    log(`FAIL ${name}: ${e.message.split('\n')[0]}`);
    console.log('     what the UI showed:');
    for (const [k, v] of Object.entries(shown)) console.log(`       ${k}: ${typeof v === 'string' ? v : JSON.stringify(v, null, 2).replace(/\n/g, '\n       ')}`);
    const file = path.join(shots, `failed-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
    await page?.screenshot({ path: file }).catch(() => {});
    console.log(`     screenshot: ${path.relative(ROOT, file)}`);
  }
}

async function runCommand(title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

/** Opens a workspace file with Quick Open, by its absolute path (unambiguous), and waits for its editor tab. */
async function openFile(rel) {
  await runCommand('View: Close All Editors');
  const abs = path.join(ws, rel);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(abs);
  const name = path.basename(rel);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 20_000 });
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 20_000 });
}

/** The Problems panel as rows: file rows (aria-level 1) and the marker rows under them. */
async function problems() {
  if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor({ timeout: 10_000 });
  return page.$$eval('.markers-panel .monaco-list-row', (rows) => {
    let file = '';
    return rows.map((r) => {
      const label = (r.getAttribute('aria-label') || r.textContent || '').replace(/\s+/g, ' ').trim();
      const text = (r.innerText || '').replace(/\s+/g, ' ').trim(); // what is on screen: message, source(code), [Ln, Col]
      if (r.getAttribute('aria-level') === '1') file = label;
      return { level: r.getAttribute('aria-level'), file, label, text };
    });
  });
}

/** Waits until the Problems rows under `fileName` satisfy `accept`; returns them. */
async function waitForProblems(fileName, accept, shown, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let rows = [];
  for (;;) {
    const all = (await problems()).filter((r) => r.level !== '1' && r.file.includes(fileName));
    rows = all.map((r) => r.label);
    shown.problems = rows;
    shown.problemsOnScreen = all.map((r) => r.text);
    if (accept(rows)) return rows;
    if (Date.now() > deadline) {
      shown.allProblemRows = (await problems()).map((r) => `${r.level === '1' ? '' : '  '}${r.label}`);
      throw new Error(`the Problems panel did not show the expected rows for ${fileName} within ${timeoutMs} ms`);
    }
    await page.waitForTimeout(250);
  }
}

/** Moves the mouse over the character `offset` characters into `needle` in the editor and reads the hover. */
async function hoverOver(needle, offset, shown) {
  const point = await page.evaluate(({ needle, offset }) => {
    for (const line of document.querySelectorAll('.monaco-editor .view-line')) {
      if (!line.textContent.includes(needle)) continue;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let text = '';
      const nodes = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, text.length]); text += n.data; }
      const at = text.indexOf(needle) + offset;
      const [node, start] = nodes.filter(([, s]) => s <= at).pop();
      const range = document.createRange();
      range.setStart(node, at - start);
      range.setEnd(node, at - start + 1);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, { needle, offset });
  if (!point) throw new Error(`${needle} is not on screen`);
  shown.hoverAt = point;
  await page.mouse.move(point.x - 40, point.y + 60);
  await page.mouse.move(point.x, point.y, { steps: 5 });
  const hover = page.locator('.monaco-hover-content').first();
  try {
    await hover.waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForFunction(() => document.querySelector('.monaco-hover-content')?.innerText.trim().length > 0, null, { timeout: 10_000 });
  } catch {
    shown.hover = '(no hover appeared)';
    throw new Error(`no hover over ${needle}`);
  }
  shown.hover = (await hover.innerText()).trim();
  return shown.hover;
}

const expected = () => {
  const f = path.join(ws, '.netlens-expected.json');
  return fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : undefined;
};
const cliDiagnostics = (rel) => expected()?.files.find((f) => path.resolve(ws, f.path) === path.join(ws, rel))?.diagnostics;
const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', information: 'Info', hint: 'Hint' };

let status = 1;
cleanupOnSignals(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
  if (!args.keep) fs.rmSync(work, { recursive: true, force: true });
});
try {
  ws = path.join(work, 'workspace');
  fs.mkdirSync(ws);
  prepareWorkspace(ws);
  server = await startCodeServer({ tools, vsix, work });
  browser = await launchChromium(tools, path.join(work, 'chromium'));
  page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`${server.base}/?folder=${encodeURIComponent(ws)}`, { timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  log(`workbench up after ${secs()}`);

  await check('Problems panel: kubeadm podSubnet with host bits', async (shown) => {
    await openFile('kubeadm-config.yaml');
    // 1-based in the aria-label: line 6, the CIDR starts after `  podSubnet: "`.
    const rows = await waitForProblems('kubeadm-config.yaml', (rs) => rs.some((r) => /at line 6 and character 15\b/.test(r)), shown);
    const row = rows.find((r) => /at line 6 and character 15\b/.test(r));
    if (!/^(Error|Warning)/.test(row)) throw new Error(`not an error or warning: ${row}`);
    if (!shown.problemsOnScreen.some((t) => /\bNL\d+\b/.test(t))) throw new Error('the row does not show its rule code');
    await page.screenshot({ path: path.join(shots, 'problems-kubeadm.png') });
  });

  await check('hover: 10.96.0.0/12 shows 1,048,576 addresses', async (shown) => {
    await openFile('kubeadm-config.yaml');
    const text = await hoverOver('10.96.0.0/12', 4, shown);
    await page.screenshot({ path: path.join(shots, 'hover-service-subnet.png') });
    if (!text.includes('1,048,576')) throw new Error('the hover does not show 1,048,576');
  });

  await check('Problems panel: compose invalid proto', async (shown) => {
    await openFile('compose.yaml');
    await waitForProblems('compose.yaml', (rs) => rs.some((r) => r.includes('invalid proto: xyz') && /^Error/.test(r)), shown);
    await page.screenshot({ path: path.join(shots, 'problems-compose.png') });
  });

  const report = expected();
  const example = report?.files
    .filter((f) => path.relative(ws, path.resolve(ws, f.path)).startsWith('examples'))
    .sort((a, b) => b.diagnostics.length - a.diagnostics.length)[0];
  if (example?.diagnostics.length) {
    const rel = path.relative(ws, path.resolve(ws, example.path));
    await check(`Problems panel: ${rel} lists the CLI's findings`, async (shown) => {
      await openFile(rel);
      const want = cliDiagnostics(rel).map((d) => ({
        severity: SEVERITY_LABEL[d.severity], message: d.message.split('\n')[0],
        where: `at line ${d.range.start.line + 1} and character ${d.range.start.character + 1}`,
      }));
      shown.expected = want;
      await page.locator('.markers-panel').waitFor({ timeout: 10_000 }).catch(() => {});
      await runCommand('View: Toggle Maximized Panel');
      try {
        await waitForProblems(path.basename(rel), (rs) => want.every((w) => rs.some((r) => r.startsWith(w.severity) && r.includes(w.message) && r.includes(w.where))), shown);
        await page.screenshot({ path: path.join(shots, 'problems-example.png') });
      } finally {
        await runCommand('View: Toggle Maximized Panel').catch(() => {});
      }
    });
  } else {
    log('no example with CLI diagnostics: the example Problems check is skipped');
  }
  if (!only || only.test(JAPANESE_CHECK)) await japaneseChecks();
  status = results.length > 0 && results.every((r) => r.ok) ? 0 : 1;
} catch (e) {
  console.error(`ui-checks: ${e instanceof Error ? e.stack : e}`);
  await page?.screenshot({ path: path.join(shots, 'ui-checks-error.png') }).catch(() => {});
  results.push({ name: 'UI session', ok: false, error: String(e) });
} finally {
  if (status !== 0 && server) console.log(`extension host and NetLens logs:\n${extensionLogs(server.userDataDir)}`);
  await browser?.close().catch(() => {});
  await server?.stop();
  if (args.keep) log(`kept ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
}
fs.writeFileSync(path.join(outDir, 'ui-checks.json'), JSON.stringify(results, null, 2));

/**
 * The same extension in a code-server whose display language is Japanese: diagnostics carry the Japanese
 * explanation above the upstream message, hovers are in Japanese, the status bar names the kubeadm config.
 * A stub language pack (lib.mjs) makes code-server take the locale; VS Code's own UI has no translations in it and
 * stays English, while the extension's strings follow the locale.
 */
async function japaneseChecks() {
  await browser?.close().catch(() => {});
  await server?.stop();
  const jaWork = path.join(work, 'ja');
  fs.mkdirSync(jaWork);
  server = await startCodeServer({ tools, vsix, work: jaWork, locale: 'ja' });
  browser = await launchChromium(tools, path.join(jaWork, 'chromium'));
  page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`${server.base}/?folder=${encodeURIComponent(ws)}`, { timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  log(`Japanese workbench up after ${secs()}`);
  const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

  await check(JAPANESE_CHECK, async (shown) => {
    await openFile('kubeadm-config.yaml');
    const rows = await waitForProblems('kubeadm-config.yaml', (rs) => rs.some((r) => japanese.test(r) && r.includes('is ambiguous in this context')), shown);
    const row = rows.find((r) => r.includes('is ambiguous in this context'));
    if (!/CIDR value "10\.244\.0\.1\/16" is ambiguous/.test(row)) throw new Error(`the upstream message is not verbatim in: ${row}`);
    const status = page.locator('.statusbar-item', { hasText: 'kubeadm-config.yaml' }).first();
    await status.waitFor({ timeout: 20_000 }).catch(() => {
      throw new Error('the status bar does not name kubeadm-config.yaml');
    });
    shown.status = (await status.innerText()).trim();
    const text = await hoverOver('10.96.0.0/12', 4, shown);
    if (!text.includes('アドレス数') || !text.includes('1,048,576')) throw new Error('the hover is not in Japanese (アドレス数 1,048,576)');
    const file = path.join(shots, 'japanese.png');
    await page.screenshot({ path: file });
    if (args['update-docs']) {
      fs.copyFileSync(file, path.join(ROOT, 'docs', 'images', 'japanese.png'));
      log('updated docs/images/japanese.png');
    }
  });
}
const passed = results.filter((r) => r.ok).length;
console.log(`ui: ${passed} passed, ${results.length - passed} failed (${secs()}; screenshots in ${path.relative(ROOT, shots)}/)`);
process.exit(status);
