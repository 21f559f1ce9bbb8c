// Where a rule's docs page is on this machine, as a file: URI, when the pages ship beside the CLI.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { docsPath } from '../rules/rule';

let root: string | undefined | null = null;

/** The bundle is dist/cli.js (pages in dist/../docs); from source this file is server/src/cli/docs.ts. */
export function docsUri(code: string): string | undefined {
  if (root === null) {
    const candidates = [path.resolve(__dirname, '..'), path.resolve(__dirname, '..', '..', '..')];
    root = candidates.find((c) => fs.existsSync(path.join(c, 'docs', 'rules'))) ?? undefined;
  }
  if (!root) return undefined;
  const page = path.join(root, docsPath(code));
  return fs.existsSync(page) ? pathToFileURL(page).href : undefined;
}
