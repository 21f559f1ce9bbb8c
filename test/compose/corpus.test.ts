// Every Compose file of the shared corpus of real files (../shared/corpus/real from the repository root) gets
// no error: they are files people run. Skipped when the corpus is not there.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { analyzeFile } from '../../server/src/analysis';

const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'real');
const COMPOSE_NAME = /^(docker-)?compose[^/\\]*\.ya?ml$/i;

function composeFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) composeFiles(p, out);
    else if (COMPOSE_NAME.test(name)) out.push(p);
  }
  return out;
}

describe('the real Compose corpus', { skip: existsSync(CORPUS) ? false : 'no corpus at ../shared/corpus/real' }, () => {
  const files = existsSync(CORPUS) ? composeFiles(CORPUS) : [];

  it('has Compose files', () => {
    assert.ok(files.length > 0);
  });

  for (const file of files) {
    it(`${relative(CORPUS, file)} has no error`, () => {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const envFile = join(dirname(file), '.env');
      const dotEnv = existsSync(envFile) ? readFileSync(envFile, 'utf8') : undefined;
      const errors = analyzeFile({ uri: `file:///corpus/${relative(CORPUS, file).split('\\').join('/')}`, text, ...(dotEnv !== undefined ? { dotEnv } : {}) })
        .filter((f) => f.severity === 'error')
        .map((f) => `${f.code} ${JSON.stringify(text.slice(f.span.start, f.span.end))}: ${f.message}`);
      assert.deepEqual(errors, []);
    });
  }
});
