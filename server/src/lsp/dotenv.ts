// Reads the `.env` file beside a Compose file on disk, which docker compose uses for interpolation.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export function readDotEnvBeside(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    const file = path.join(path.dirname(fileURLToPath(uri)), '.env');
    return fs.statSync(file).isFile() ? fs.readFileSync(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}
