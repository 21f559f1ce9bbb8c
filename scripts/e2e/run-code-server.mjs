#!/usr/bin/env node
// Runs the extension integration suite (test/extension/, the @vscode/test-electron contract) inside the real
// extension host of code-server, against the packaged .vsix installed into a clean profile.
//
//   node scripts/e2e/run-code-server.mjs [--tools DIR] [--vsix FILE] [--grep PATTERN] [--timeout SECONDS] [--keep]
//
// --tools (or NETLENS_E2E_TOOLS): a folder with node_modules/code-server (4.139.x, run on Node 24) and
// playwright-core; .ci/e2e.sh makes one. Needs Debian chromium (or CHROMIUM_PATH).
// How: code-server is started with `--vscode-option enable-smoke-test-driver`, so its browser workbench reads
// extensionDevelopmentPath / extensionTestsPath from the URL's `payload` query and runs the suite; headless
// Chromium opens that URL, prints what the extension host logs (window.codeAutomationLog) and waits for
// window.codeAutomationExit(code). Exit status: 0 when the suite passed, 1 when it failed or timed out.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import {
  ROOT, cleanupOnSignals, defaultVsix, extensionLogs, launchChromium, log, mkTemp, parseArgs, prepareWorkspace, startCodeServer,
  stubDevelopmentExtension, toolsDir,
} from './lib.mjs';

const args = parseArgs(process.argv.slice(2), { tools: 'value', vsix: 'value', grep: 'value', timeout: 'value', keep: 'flag' });
const tools = toolsDir(args.tools);
const vsix = path.resolve(args.vsix ?? defaultVsix());
const timeoutMs = Number(args.timeout ?? 300) * 1000;
const suite = path.join(ROOT, 'out', 'test', 'extension', 'index.js');
// Workbench chatter that is not the suite's output.
const noise = /ENOTFOUND|open-vsx|marketplace|Failed to fetch|net::ERR_|^(Resolv(ing|ed) connection token|Creating a socket|\[reconnection-grace-time\]|Updating additional builtin|\[Service Worker\]|\[AgentHost|\[AccountPolicyGate\])/i;

const t0 = Date.now();
const work = mkTemp('netlens-e2e-');
let server;
let browser;
let status = 1;
cleanupOnSignals(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
  if (!args.keep) fs.rmSync(work, { recursive: true, force: true });
});
try {
  if (!fs.existsSync(suite)) throw new Error(`${path.relative(ROOT, suite)} is missing: run node scripts/e2e/build-suite.mjs`);
  const ws = path.join(work, 'workspace');
  fs.mkdirSync(ws);
  prepareWorkspace(ws);
  const dev = stubDevelopmentExtension(path.join(work, 'dev-extension'));
  server = await startCodeServer({ tools, vsix, work });

  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const extensionEnv = { NETLENS_EXPECT_EXTENSIONS_DIR: server.extensionsDir };
  if (args.grep) extensionEnv.NETLENS_TEST_GREP = args.grep;
  const payload = [
    ['extensionDevelopmentPath', remote(dev)],
    ['extensionTestsPath', remote(suite)],
    ['skipWelcome', 'true'],
    ['extensionEnvironment', JSON.stringify(extensionEnv)],
  ];
  const url = `${server.base}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  browser = await launchChromium(tools, path.join(work, 'chromium'));
  const page = browser.pages()[0] ?? (await browser.newPage());
  let exit;
  const exited = new Promise((resolve) => (exit = resolve));
  await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
    const line = util.format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
    if (!noise.test(line)) console.log(type === 'error' ? `[exthost error] ${line}` : line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => exit(code));
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  page.on('crash', () => exit('the page crashed'));
  browser.on('close', () => exit('the browser closed'));
  const timer = setTimeout(() => exit('timeout'), timeoutMs);
  log(`running ${path.relative(ROOT, suite)} in code-server's extension host`);
  await page.goto(url, { timeout: 60_000 });
  const code = await exited;
  clearTimeout(timer);
  status = code === 0 ? 0 : 1;
  log(`extension tests finished: exit ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (status !== 0) {
    const shots = path.join(ROOT, 'test-output', 'screenshots');
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'extension-tests-failed.png') }).catch(() => {});
    console.log(`extension host and NetLens logs:\n${extensionLogs(server.userDataDir)}`);
  }
} catch (e) {
  console.error(`run-code-server: ${e instanceof Error ? e.stack : e}`);
  if (server) console.log(`extension host and NetLens logs:\n${extensionLogs(server.userDataDir)}`);
  status = 1;
} finally {
  await browser?.close().catch(() => {});
  await server?.stop();
  if (args.keep) log(`kept ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
}
process.exit(status);
