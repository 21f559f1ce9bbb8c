// The layering invariant of ARCHITECTURE.md, checked on the source itself: the core imports no vscode* package.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');
const SRC = join(ROOT, 'server', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  it('nothing under server/src outside lsp/ and cli/ imports a vscode* package', () => {
    const offenders: string[] = [];
    for (const file of files(SRC)) {
      const rel = relative(SRC, file);
      if (rel.startsWith('lsp') || rel.startsWith('cli')) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from|import|require\()\s*['"]((?:@vscode\/|vscode)[^'"]*)['"]/g)) offenders.push(`${rel}: ${m[1]}`);
    }
    assert.deepEqual(offenders, []);
  });

  it('the CLI does not import the LSP adapter or the editor', () => {
    const offenders = files(join(SRC, 'cli')).filter((f) => /from ['"](\.\.\/lsp|vscode)/.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders.map((f) => relative(ROOT, f)), []);
  });
});
