#!/usr/bin/env node
// Runs the extension integration suite (test/extension/) in VS Code desktop with @vscode/test-electron.
//
//   npm run build && node scripts/e2e/build-suite.mjs
//   node scripts/e2e/run-electron.mjs [--vsix FILE] [--version 1.91.0|stable|insiders] [--grep PATTERN]
//   (on Linux without a display: xvfb-run -a node scripts/e2e/run-electron.mjs)
//
// For machines that can download VS Code from its update server (a developer's machine, most CI services).
// Without --vsix the extension is loaded from this checkout (extensionDevelopmentPath); with --vsix the packaged
// extension is installed into a fresh extensions folder first, as scripts/e2e/run-code-server.mjs does.
// Where VS Code cannot be downloaded, run the same suite in code-server: scripts/e2e/run-code-server.mjs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { ROOT, log, mkTemp, parseArgs, prepareWorkspace, run, stubDevelopmentExtension } from './lib.mjs';

const args = parseArgs(process.argv.slice(2), { vsix: 'value', version: 'value', grep: 'value', keep: 'flag' });
const suite = path.join(ROOT, 'out', 'test', 'extension', 'index.js');
if (!fs.existsSync(suite)) {
  console.error(`${path.relative(ROOT, suite)} is missing: run node scripts/e2e/build-suite.mjs`);
  process.exit(2);
}

const work = mkTemp('netlens-electron-');
let status = 1;
try {
  const ws = path.join(work, 'workspace');
  fs.mkdirSync(ws);
  prepareWorkspace(ws);
  const userDataDir = path.join(work, 'user-data');
  const extensionsDir = path.join(work, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({
    'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off',
    'update.mode': 'none', 'extensions.autoUpdate': false, 'git.enabled': false,
  }, null, 2));

  const vscodeExecutablePath = await downloadAndUnzipVSCode(args.version ?? process.env.VSCODE_VERSION ?? 'stable');
  const extensionTestsEnv = {};
  if (args.grep) extensionTestsEnv.NETLENS_TEST_GREP = args.grep;
  let extensionDevelopmentPath = ROOT;
  if (args.vsix) {
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
    const out = await run(cli, [...cliArgs, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
      '--install-extension', path.resolve(args.vsix)], { timeoutMs: 120_000 });
    log(out.trim().split('\n').pop());
    extensionDevelopmentPath = stubDevelopmentExtension(path.join(work, 'dev-extension'));
    extensionTestsEnv.NETLENS_EXPECT_EXTENSIONS_DIR = extensionsDir;
  }
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath,
    extensionTestsPath: suite,
    extensionTestsEnv,
    launchArgs: [ws, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--disable-workspace-trust',
      '--skip-welcome', '--skip-release-notes', '--disable-telemetry'],
  });
  status = 0;
} catch (e) {
  console.error(`run-electron: ${e instanceof Error ? e.message : e}`);
} finally {
  if (args.keep) log(`kept ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
}
process.exit(status);
