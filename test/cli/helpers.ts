// Shared by the CLI tests: the fixtures, running the CLI in-process or as the bundle, and temporary copies.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../server/src/cli/cli';

export const ROOT = join(__dirname, '..', '..');
export const FIXTURES = join(__dirname, 'fixtures');
export const WORKSPACE = join(FIXTURES, 'workspace');
export const BUNDLE = join(ROOT, 'dist', 'cli.js');

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runInProcess(argv: readonly string[], cwd: string): Run {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { cwd, stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}

export function runBundle(argv: readonly string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [BUNDLE, ...argv], { cwd, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function bundleMissing(): string | false {
  return existsSync(BUNDLE) ? false : 'dist/cli.js is not built: run `npm run build` first';
}

/** A fresh copy of a fixture folder in a temporary folder, removed by the returned `done`. */
export function tempCopy(fixture: string): { dir: string; done: () => void } {
  const base = mkdtempSync(join(tmpdir(), 'netlens-cli-'));
  const dir = join(base, 'ws');
  cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  return { dir, done: () => rmSync(base, { recursive: true, force: true }) };
}

export function tempDir(): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'netlens-cli-'));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}
