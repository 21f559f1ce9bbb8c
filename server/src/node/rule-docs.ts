// Where a rule's docs page is on disk, as a file: URI, for the two Node adapters (LSP codeDescription, SARIF helpUri).
// The pages ship beside the bundle (dist/../docs/rules); from source this file is server/src/node/rule-docs.ts.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { docsPath } from '../rules/rule';

let root: string | undefined | null = null;
/** Looked up once per code: a big file has hundreds of findings of a few codes. */
const uris = new Map<string, string>();

/** The page's file: URI, or undefined when the pages are not there. */
export function ruleDocsUri(code: string): string | undefined {
  if (root === null) {
    const candidates = [path.resolve(__dirname, '..'), path.resolve(__dirname, '..', '..', '..')];
    root = candidates.find((c) => fs.existsSync(path.join(c, 'docs', 'rules'))) ?? undefined;
  }
  if (!root) return undefined;
  let uri = uris.get(code);
  if (uri === undefined) {
    const page = path.join(root, docsPath(code));
    uris.set(code, (uri = fs.existsSync(page) ? pathToFileURL(page).href : ''));
  }
  return uri || undefined;
}
