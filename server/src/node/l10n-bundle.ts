// Where the message bundle of a locale is shipped: l10n/bundle.l10n.<locale>.json beside dist/ (or, run from the
// sources, at the top of the project). The language server and the CLI both read it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundleFileName } from '../l10n/localize';

export function shippedBundle(locale: string): string | undefined {
  const name = bundleFileName(locale);
  return [path.resolve(__dirname, '..', 'l10n', name), path.resolve(__dirname, '..', '..', '..', 'l10n', name)].find((p) => fs.existsSync(p));
}
