// The extension manifest's editor contributions point at files that ship: walkthrough pages, the grammar, the
// l10n bundles; every contributed command is registered by the client.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  l10n: string;
  contributes: {
    commands: { command: string }[];
    grammars: { path: string }[];
    walkthroughs: { id: string; steps: { id: string; media: { markdown?: string; image?: string } }[] }[];
  };
};
const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n');

describe('extension manifest', () => {
  it('has a getting-started walkthrough whose pages exist', () => {
    const [walkthrough] = pkg.contributes.walkthroughs;
    assert.ok(walkthrough && walkthrough.steps.length >= 4);
    for (const step of walkthrough.steps) {
      const media = step.media.markdown ?? step.media.image;
      assert.ok(media && existsSync(join(ROOT, media)), `${step.id}: ${media}`);
    }
  });

  it('registers every contributed command in the client', () => {
    const client = readFileSync(join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
    for (const { command } of pkg.contributes.commands) assert.ok(client.includes(`'${command}'`), `${command} is registered`);
  });

  it('ships the grammar, the l10n bundles, package.nls files and the walkthrough pages', () => {
    for (const line of ['!syntaxes/*.json', '!l10n/*.json', '!package.nls.json', '!package.nls.*.json', '!media/**']) assert.ok(ignore.includes(line), line);
    assert.equal(pkg.l10n, './l10n');
    for (const g of pkg.contributes.grammars) assert.ok(existsSync(join(ROOT, g.path)), g.path);
  });
});
