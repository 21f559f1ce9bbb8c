// Runs every test file under test/ (except the suites that need a real editor) with node's test runner and
// prints one closing `N passed, N failed` line.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIP = new Set(['extension', 'fixtures']);
function collect(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!SKIP.has(name)) collect(p, out);
    } else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const only = process.argv.slice(2);
const files = only.length > 0 ? only : collect('test', []);
const { mkdtempSync, readFileSync } = await import('node:fs');
const { tmpdir } = await import('node:os');
// A private TAP file per run, so runs side by side never read each other's counts.
const tapFile = join(mkdtempSync(join(tmpdir(), 'netlens-test-')), 'tap.txt');
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tapFile}`, ...files], { stdio: ['ignore', 'inherit', 'inherit'] });
const code = await new Promise((resolve) => child.on('close', resolve));
let passed = 0;
let failed = 0;
try {
  const tap = readFileSync(tapFile, 'utf8');
  passed = Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
  failed = Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0) + Number(/^# cancelled (\d+)/m.exec(tap)?.[1] ?? 0);
} catch {
  failed = failed || 1;
}
if (code !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(code === 0 && failed === 0 ? 0 : 1);
