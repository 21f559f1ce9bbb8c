// Shared pieces of the end-to-end runners: the test workspace, the tools directory (code-server,
// playwright-core), a code-server started from a clean profile with the packaged .vsix, and headless Chromium.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const log = (...args) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...args);

/** Parses `--name value` and `--flag` arguments; unknown names are an error. */
export function parseArgs(argv, spec) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    if (!(name in spec)) throw new Error(`unknown argument ${argv[i]}; known: ${Object.keys(spec).map((k) => '--' + k).join(' ')}`);
    out[name] = spec[name] === 'flag' ? true : argv[++i];
  }
  return out;
}

export function mkTemp(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function packageVersion() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
}

export function defaultVsix() {
  return path.join(ROOT, `netlens-${packageVersion()}.vsix`);
}

/** The folder with node_modules/code-server and node_modules/playwright-core (see .ci/e2e.sh). */
export function toolsDir(given) {
  const dir = given ?? process.env.NETLENS_E2E_TOOLS;
  if (!dir) throw new Error('no tools dir: pass --tools DIR or set NETLENS_E2E_TOOLS (a folder with node_modules/code-server and playwright-core; .ci/e2e.sh makes one)');
  const cs = path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!fs.existsSync(cs)) throw new Error(`${cs} is missing: install code-server into ${dir}`);
  return path.resolve(dir);
}

export function loadPlaywright(tools) {
  return createRequire(path.join(tools, 'node_modules', 'noop.js'))('playwright-core');
}

export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export async function launchChromium(tools, profileDir) {
  const { chromium } = loadPlaywright(tools);
  // Chromium writes crash reports under XDG_CONFIG_HOME (else into $HOME): keep them with the profile.
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(profileDir, 'xdg'), XDG_CACHE_HOME: path.join(profileDir, 'xdg') };
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    env,
    headless: true,
    viewport: { width: 1400, height: 900 },
    timeout: 60_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/**
 * A workspace folder for the tests: the suite's fixtures at the top, a copy of examples/ beside them, and
 * `.netlens-expected.json`, the CLI's JSON report over the same folder (what the editor must show too).
 */
export function prepareWorkspace(dir) {
  fs.cpSync(path.join(ROOT, 'test', 'extension', 'fixtures'), dir, { recursive: true });
  fs.cpSync(path.join(ROOT, 'examples'), path.join(dir, 'examples'), { recursive: true });
  const cli = path.join(ROOT, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) {
    log(`no ${path.relative(ROOT, cli)}: the examples comparison is skipped`);
    return dir;
  }
  const r = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
  if (r.status === 0 || r.status === 1) {
    fs.writeFileSync(path.join(dir, '.netlens-expected.json'), r.stdout);
    const report = JSON.parse(r.stdout);
    log(`CLI over the test workspace: ${report.summary?.files} files, ${report.summary?.errors} errors, ${report.summary?.warnings} warnings`);
  } else {
    log(`netlens lint failed (status ${r.status ?? r.signal}): ${(r.stderr || r.error?.message || '').trim().slice(0, 2000)}`);
    log('the examples comparison is skipped');
  }
  return dir;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': 'off',
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'window.commandCenter': false,
  'git.enabled': false,
  'editor.hover.delay': 100,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'files.exclude': { '**/.netlens-expected.json': true },
};

/** Runs a command to completion with a deadline; rejects with its output when it fails. */
export function run(cmd, args, { timeoutMs, env, cwd } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => (out += b));
    const timer = setTimeout(() => {
      killGroup(child);
      reject(new Error(`${path.basename(cmd)} ${args.join(' ')} timed out after ${timeoutMs} ms\n${out}`));
    }, timeoutMs ?? 120_000);
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${path.basename(cmd)} ${args.join(' ')} exited with ${code ?? signal}\n${out}`));
    });
  });
}

function killGroup(child, signal = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try { process.kill(-child.pid, signal); } catch { try { child.kill(signal); } catch { /* gone */ } }
}

/**
 * Starts code-server on 127.0.0.1 from a new profile under `work`, with `vsix` installed through
 * --install-extension. Returns { base, port, userDataDir, extensionsDir, stop() }. code-server needs Node 24:
 * this is started with the Node running this script (.ci/e2e.sh puts Node 24 first on PATH).
 */
export async function startCodeServer({ tools, vsix, work, timeoutMs = 60_000, locale }) {
  const entry = path.join(tools, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 24) log(`warning: code-server 4.139 wants Node 24, this is Node ${process.versions.node}`);
  const userDataDir = path.join(work, 'user-data');
  const extensionsDir = path.join(work, 'extensions');
  const xdg = path.join(work, 'xdg');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.mkdirSync(xdg, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  // The display language: VS Code reads `locale` from argv.json (User/ of the user-data dir); code-server also
  // takes --locale. VS Code uses it only when a language pack for it is installed (else env.language stays
  // `en`), so a stub pack without translations goes in too: VS Code's own UI stays English, while extensions
  // get vscode.env.language = locale and load their package.nls.<locale>.json and l10n bundles.
  if (locale) fs.writeFileSync(path.join(userDataDir, 'User', 'argv.json'), JSON.stringify({ locale }, null, 2));
  // code-server writes its config.yaml and logs under XDG dirs (else into $HOME).
  const env = { ...process.env, XDG_CONFIG_HOME: xdg, XDG_DATA_HOME: xdg, XDG_CACHE_HOME: xdg };
  delete env.VSCODE_IPC_HOOK_CLI;
  const common = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

  if (!fs.existsSync(vsix)) throw new Error(`${vsix} does not exist: run npm run package first`);
  const t0 = Date.now();
  const installed = await run(process.execPath, [entry, ...common, '--install-extension', vsix], { env, timeoutMs: 120_000 });
  log(`installed ${path.basename(vsix)} in ${Date.now() - t0} ms: ${installed.trim().split('\n').pop()}`);
  if (locale) {
    const pack = await stubLanguagePack(tools, path.join(work, `language-pack-${locale}`), locale);
    const out = await run(process.execPath, [entry, ...common, '--install-extension', pack], { env, timeoutMs: 120_000 });
    log(`installed a stub ${locale} language pack: ${out.trim().split('\n').pop()}`);
    // The server learns of language packs from languagepacks.json, which it writes when a pack is installed
    // while it runs; this one was installed before it started, so write the entry it would have written.
    const id = `netlens-test.netlens-test-language-pack-${locale}`;
    const folder = fs.readdirSync(extensionsDir).find((d) => d.startsWith(`${id}-`));
    if (!folder) throw new Error(`the stub ${locale} language pack is not in ${extensionsDir}`);
    fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({
      [locale]: {
        hash: `netlens-stub-${locale}`, label: locale, extensions: [{ extensionIdentifier: { id }, version: '0.0.1' }],
        translations: { vscode: path.join(extensionsDir, folder, 'translations', 'main.i18n.json') },
      },
    }));
  }

  const port = await freePort();
  const logFile = path.join(work, 'code-server.log');
  const out = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [entry, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--vscode-option', 'enable-smoke-test-driver', ...(locale ? ['--locale', locale] : [])], { env, stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    killGroup(child, 'SIGTERM');
    const t = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(t);
  };
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${fs.readFileSync(logFile, 'utf8')}`);
      const ok = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`code-server did not answer ${base}/healthz within ${timeoutMs} ms:\n${fs.readFileSync(logFile, 'utf8')}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } catch (e) {
    await stop();
    throw e;
  }
  log(`code-server up at ${base} (pid ${child.pid}) in ${Date.now() - t0} ms`);
  return { base, port, userDataDir, extensionsDir, logFile, stop };
}

/** The NetLens output channel and the tail of the extension-host log that code-server wrote, for failure reports. */
export function extensionLogs(userDataDir, maxLines = 40) {
  const found = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/NetLens|remoteexthost\.log$/i.test(e.name)) found.push(p);
    }
  };
  const logs = path.join(userDataDir, 'logs');
  if (fs.existsSync(logs)) walk(logs);
  const noise = /ENOTFOUND|open-vsx|marketplace|_doActivateExtension|^\s+file:\/\/|Could not identify extension for 'vscode' require|resource scoped configuration/i;
  return found
    .map((p) => {
      const lines = fs.readFileSync(p, 'utf8').split('\n').filter((l) => l.trim() && !noise.test(l));
      return `--- ${path.relative(userDataDir, p)}\n${lines.slice(-maxLines).join('\n') || '(empty)'}`;
    })
    .join('\n');
}

/**
 * On SIGINT/SIGTERM (a CI timeout, Ctrl+C) run `cleanup` before exiting: code-server runs in its own process
 * group, so it would outlive this script otherwise.
 */
export function cleanupOnSignals(cleanup) {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
    process.once(signal, () => {
      log(`${signal}: stopping`);
      const forced = setTimeout(() => process.exit(code), 10_000);
      Promise.resolve(cleanup()).catch(() => {}).finally(() => { clearTimeout(forced); process.exit(code); });
    });
  }
}

/**
 * A language pack without translations for `locale`, packaged with the tools' @vscode/vsce: enough for VS Code
 * to take `locale` as the display language (the real packs come from the Marketplace, out of reach here).
 */
async function stubLanguagePack(tools, dir, locale) {
  fs.mkdirSync(path.join(dir, 'translations'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
  fs.writeFileSync(path.join(dir, 'README.md'), `A stub ${locale} language pack for NetLens' end-to-end tests: no translations.\n`);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name: `netlens-test-language-pack-${locale}`, displayName: `Stub language pack (${locale})`, publisher: 'netlens-test', version: '0.0.1',
    description: `A stub ${locale} language pack without translations`, license: 'MIT', engines: { vscode: '*' }, categories: ['Language Packs'],
    contributes: { localizations: [{ languageId: locale, languageName: locale, localizedLanguageName: locale, translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }] },
  }, null, 2));
  const vsce = path.join(tools, 'node_modules', '@vscode', 'vsce', 'vsce');
  const out = path.join(dir, '..', `language-pack-${locale}.vsix`);
  await run(process.execPath, [vsce, 'package', '--allow-missing-repository', '--skip-license', '--out', out], { cwd: dir, timeoutMs: 120_000 });
  return out;
}

/** A stand-in extensionDevelopmentPath: the workbench runs extension tests only in development mode. */
export function stubDevelopmentExtension(dir) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name: 'netlens-e2e-host', publisher: 'netlens-test', version: '0.0.0', engines: { vscode: '*' },
    description: 'Empty development extension so the workbench runs the NetLens suite against the installed .vsix',
  }, null, 2));
  return dir;
}
