// Reads the `.env` file of a folder, which docker compose uses to interpolate the Compose files beside it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The text of `<folder>/.env` without a BOM; undefined when there is none (Compose then leaves those variables unset). */
export function readDotEnvIn(folder: string): string | undefined {
  try {
    const file = path.join(folder, '.env');
    // No exception for the usual case, a folder without one: this runs on every check of an open document.
    return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ? fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '') : undefined;
  } catch {
    return undefined;
  }
}

/** The `.env` beside the file a `file:` URI names; other schemes have none. */
export function readDotEnvBeside(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  return readDotEnvIn(path.dirname(fileURLToPath(uri)));
}

/** The `.env` beside a file given by its path, read once per folder into `cache` (a walk over many files). */
export function readDotEnvBesideFile(file: string, cache: Map<string, string | undefined>): string | undefined {
  const folder = path.dirname(file);
  if (!cache.has(folder)) cache.set(folder, readDotEnvIn(folder));
  return cache.get(folder);
}
