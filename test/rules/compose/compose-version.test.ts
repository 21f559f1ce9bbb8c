// Rule table for NL419 compose-version: the obsolete top-level version key. Its key starts a line, where a
// caret annotation cannot point, so the ranges are named by text.

import rule from '../../../server/src/rules/compose/compose-version';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';
import { spanTester } from '../empty-value';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFile } from '../../../server/src/analysis';
import { applyEdits } from '../../../server/src/fixes';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    { name: 'no version', file: 'compose.yaml', yaml: 'services:\n  web:\n    image: nginx\n' },
    { name: 'a version key inside a service is not the top-level one', file: 'compose.yaml', yaml: 'services:\n  web:\n    image: nginx\n    labels: {version: 3}\n' },
  ],
  invalid: [
    {
      name: 'an unquoted number: "version must be a string"',
      file: 'compose.yaml',
      yaml: y`
        version: 3.8
        #        ^^^ error NL419: validating compose.yaml: version must be a string
        services:
          web: {image: nginx}
      `,
    },
  ],
});

spanTester(rule, 'the key at the start of a line', [
  {
    name: 'a string version: obsolete, ignored (docker compose 2.25 and later warn)',
    file: 'docker-compose.yml',
    yaml: 'version: "3.8"\nservices:\n  web:\n    image: nginx\n',
    target: 'version',
    severity: 'warning',
    message: 'docker-compose.yml: the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion',
  },
]);

describe('NL419 compose-version: fixes', () => {
  it('quotes an empty version with a space after the colon (found by the fuzz suite: `version:""` did not parse)', () => {
    const text = 'version:\nservices:\n  web: {image: nginx}\n';
    const [finding] = analyzeFile({ uri: 'file:///w/compose.yaml', text }).filter((f) => f.code === 'NL419');
    const quote = finding?.fixes.find((f) => f.title === 'Quote the version');
    assert.ok(quote);
    const fixed = applyEdits(text, quote.edits);
    assert.equal(fixed, 'version: ""\nservices:\n  web: {image: nginx}\n');
    assert.deepEqual(analyzeFile({ uri: 'file:///w/compose.yaml', text: fixed }).filter((f) => f.code === 'NL001'), []);
  });

  it('removes the whole line, comment included, keeping CRLF line ends', () => {
    const text = "version: '3.7'   # old\r\nservices:\r\n  web:\r\n    image: nginx\r\n";
    const [finding] = analyzeFile({ uri: 'file:///w/compose.yaml', text }).filter((f) => f.code === 'NL419');
    assert.ok(finding?.fixes[0]?.safe);
    assert.equal(applyEdits(text, finding.fixes[0].edits), 'services:\r\n  web:\r\n    image: nginx\r\n');
  });
});
