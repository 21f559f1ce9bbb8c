// Rule table for NL403 compose-port-yaml-trap: a port written so that a YAML parser reads it differently: unquoted HOST:CONTAINER (base-60 in YAML 1.1), or a leading-zero, hex or underscored number. Upstream: compose-spec 05-services.md (ports); go-yaml resolve.go (YAML 1.1 octal kept, base-60 dropped).

import rule from '../../../server/src/rules/compose/compose-port-yaml-trap';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFile } from '../../../server/src/analysis';
import { applyEdits } from '../../../server/src/fixes';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'quoted mappings, plain numbers, long syntax',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - "22:22"
              - '8080:80'
              - 80
              - 8080-8081
              - target: 80
                published: 8080
            expose: [3000, "0777"]
      `,
    },
  ],
  invalid: [
    {
      name: 'yaml-base60: 22:22 is 1342 to a YAML 1.1 parser',
      file: 'compose.yaml',
      yaml: y`
        services:
          ssh:
            image: ssh
            ports:
              - 22:22
              # ^^^^^ warning NL403: HOST:CONTAINER should always be specified as a (quoted) string, to avoid conflicts with yaml base-60 float (a YAML 1.1 parser reads 22:22 as the number 1342)
      `,
      // fixes: Quote the mapping (safe)
      output: y`
        services:
          ssh:
            image: ssh
            ports:
              - "22:22"
              # ^^^^^ warning NL403: HOST:CONTAINER should always be specified as a (quoted) string, to avoid conflicts with yaml base-60 float (a YAML 1.1 parser reads 22:22 as the number 1342)
      `,
    },
    {
      name: 'other unquoted mappings are only a note; the fix quotes them',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - 8080:80
              # ^^^^^^^ information NL403: HOST:CONTAINER should always be specified as a (quoted) string, to avoid conflicts with yaml base-60 float
      `,
      // fixes: Quote the mapping (safe)
      output: y`
        services:
          web:
            image: nginx
            ports:
              - "8080:80"
              # ^^^^^^^ information NL403: HOST:CONTAINER should always be specified as a (quoted) string, to avoid conflicts with yaml base-60 float
      `,
    },
    {
      name: 'yaml-octal: 0777 is 511 to docker compose',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - 0777
              # ^^^^ warning NL403: docker compose reads 0777 as the number 511 (go-yaml keeps YAML 1.1 octal, hex, binary and _ separators): write 511, or quote it for the decimal reading
            expose:
              - 0x50
              # ^^^^ warning NL403: docker compose reads 0x50 as the number 80 (go-yaml keeps YAML 1.1 octal, hex, binary and _ separators): write 80, or quote it for the decimal reading
      `,
      // Found by the fuzz suite: quoted, "0x50" is no port at all (compose reads a quoted port with strconv.Atoi), so
      // only the decimal spelling is offered quoted.
      fixes: ['Write 511', 'Quote it ("0777")', 'Write 80'],
      output: y`
        services:
          web:
            image: nginx
            ports:
              - 511
              # ^^^^ warning NL403: docker compose reads 0777 as the number 511 (go-yaml keeps YAML 1.1 octal, hex, binary and _ separators): write 511, or quote it for the decimal reading
            expose:
              - 80
              # ^^^^ warning NL403: docker compose reads 0x50 as the number 80 (go-yaml keeps YAML 1.1 octal, hex, binary and _ separators): write 80, or quote it for the decimal reading
      `,
    },
  ],
});

describe('NL403 compose-port-yaml-trap: found by the fuzz suite', () => {
  it('quotes a mapping that follows its dash without a space (a lone CR between) with the space it needs', () => {
    const text = 'services:\n  web:\n    image: nginx\n    ports:\n      -\r 127.0.0.1:8080:80\n';
    const [finding] = analyzeFile({ uri: 'file:///fuzz/compose.yaml', text }).filter((f) => f.code === 'NL403');
    assert.equal(finding?.fixes[0]?.title, 'Quote the mapping');
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.equal(fixed, 'services:\n  web:\n    image: nginx\n    ports:\n      - "\\r 127.0.0.1:8080:80"\n');
    assert.deepEqual(analyzeFile({ uri: 'file:///fuzz/compose.yaml', text: fixed }).filter((f) => f.code === 'NL001' || f.code === 'NL403'), []);
  });
});
