// Which texts can hold a Compose document: the adapters read the `.env` beside those only.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseYamlFile } from '../../server/src/yaml/parse';
import { mayBeCompose } from '../../server/src/yaml/detect';
import { seeds } from '../fuzz/corpus';

describe('mayBeCompose', () => {
  const cases: readonly [string, string, string | undefined][] = [
    ['services:\n  web:\n    image: x\n', 'file:///p/stack.yml', 'yaml'],
    ['{services: {web: {image: x}}}\n', 'file:///p/flow.yaml', 'yaml'],
    ['name: x\n', 'file:///p/compose.yaml', 'yaml'],
    ['name: x\n', 'file:///p/other.yaml', 'dockercompose'],
    ['apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80}]\n', 'file:///p/svc.yaml', 'yaml'],
    ['a: 1\n', 'file:///p/a.yaml', undefined],
  ];
  it('is true for every text the core reads a Compose document in (and false for the others here)', () => {
    for (const [text, uri, languageId] of cases) {
      const compose = parseYamlFile({ uri, text, ...(languageId ? { languageId } : {}) }).docs.some((d) => d.kind.family === 'compose');
      assert.equal(mayBeCompose(text, uri, languageId), compose, `${uri} ${JSON.stringify(text)}`);
    }
  });

  it('is true for every file of the fuzz seeds that holds a Compose document', () => {
    let compose = 0;
    for (const seed of seeds()) {
      const uri = `file:///seeds/${seed.file}`;
      if (!parseYamlFile({ uri, text: seed.text }).docs.some((d) => d.kind.family === 'compose')) continue;
      compose++;
      assert.ok(mayBeCompose(seed.text, uri), seed.file);
    }
    assert.ok(compose > 0);
  });
});
