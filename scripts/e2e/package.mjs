#!/usr/bin/env node
// Packages the bundled extension as netlens-<version>.vsix with @vscode/vsce (after `npm run build`).
//
//   node scripts/e2e/package.mjs [--vsce PATH] [--out FILE]
//
// @vscode/vsce 4 needs Node >= 22, while the project builds on Node 20, so vsce is not a devDependency.
// It is taken from (first found): --vsce, $NETLENS_VSCE, $NETLENS_E2E_TOOLS/node_modules/@vscode/vsce
// (.ci/e2e.sh installs it there, beside Node 24), ./node_modules/@vscode/vsce; else `npx @vscode/vsce@4`.
// Run this script with Node >= 22 (for example `PATH=<node24>/bin:$PATH npm run package`).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, defaultVsix, log, parseArgs } from './lib.mjs';

const args = parseArgs(process.argv.slice(2), { vsce: 'value', out: 'value' });
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`package: @vscode/vsce needs Node >= 22; this is Node ${process.versions.node}. Put a newer node first on PATH.`);
  process.exit(2);
}
for (const f of ['dist/extension.js', 'dist/server.js']) {
  if (!fs.existsSync(path.join(ROOT, f))) {
    console.error(`package: ${f} is missing; run npm run build first`);
    process.exit(2);
  }
}

function findVsce() {
  const candidates = [
    args.vsce,
    process.env.NETLENS_VSCE,
    process.env.NETLENS_E2E_TOOLS && path.join(process.env.NETLENS_E2E_TOOLS, 'node_modules', '@vscode', 'vsce'),
    path.join(ROOT, 'node_modules', '@vscode', 'vsce'),
  ].filter(Boolean);
  for (const c of candidates) {
    const main = fs.statSync(c, { throwIfNoEntry: false })?.isDirectory() ? path.join(c, 'vsce') : c;
    if (fs.existsSync(main)) return [process.execPath, [main]];
  }
  log('no local @vscode/vsce; using npx @vscode/vsce@4');
  return ['npx', ['--yes', '@vscode/vsce@4']];
}

const out = path.resolve(args.out ?? defaultVsix());
const [cmd, pre] = findVsce();
const t0 = Date.now();
// --no-dependencies: dist/ is bundled, node_modules stays out. Without a repository field vsce cannot turn the
// README's relative links into absolute ones: keep them as they are (VS Code resolves them inside the .vsix).
const r = spawnSync(cmd, [...pre, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out], {
  cwd: ROOT, stdio: 'inherit', timeout: 180_000,
});
if (r.status !== 0) {
  console.error(`package: vsce failed (${r.status ?? r.signal ?? r.error?.message})`);
  process.exit(1);
}
const size = fs.statSync(out).size;
log(`${path.relative(ROOT, out)}: ${(size / 1024).toFixed(1)} KiB, built in ${Date.now() - t0} ms`);
