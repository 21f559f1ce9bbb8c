// Rule table for NL411 compose-network-ipv6-disabled: an IPv6 subnet is silently dropped without enable_ipv6.

import rule from '../../../server/src/rules/compose/compose-network-ipv6-disabled';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID, crlf } from '../common-valid';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFile } from '../../../server/src/analysis';
import { applyEdits } from '../../../server/src/fixes';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'enable_ipv6 as a boolean, a string, a YAML 1.1 word, or the driver option; external and unknown',
      file: 'compose.yaml',
      yaml: y`
        services:
          web: {image: nginx}
        networks:
          a:
            enable_ipv6: true
            ipam: {config: [{subnet: "fd00:1::/64"}]}
          b:
            enable_ipv6: "true"
            ipam: {config: [{subnet: "fd00:2::/64"}]}
          c:
            driver_opts:
              com.docker.network.enable_ipv6: "true"
            ipam: {config: [{subnet: "fd00:3::/64"}]}
          d:
            external: true
            ipam: {config: [{subnet: "fd00:4::/64"}]}
          e:
            enable_ipv6: \${V6}
            ipam: {config: [{subnet: "fd00:5::/64"}]}
          f:
            ipam: {config: [{subnet: 10.0.0.0/24}]}
      `,
    },
  ],
  invalid: [
    {
      name: 'the subnet is underlined; the fix adds enable_ipv6: true as the network\'s first key',
      file: 'compose.yaml',
      yaml: y`
        services:
          web: {image: nginx, networks: [dual]}
        networks:
          dual:
            ipam:
              config:
                - subnet: 172.16.238.0/24
                - subnet: "2001:3984:3989::/64"
                #         ^^^^^^^^^^^^^^^^^^^^^ warning NL411: IPv6 subnet 2001:3984:3989::/64 is ignored: network "dual" does not set enable_ipv6: true, so Docker creates it without IPv6
      `,
      output: y`
        services:
          web: {image: nginx, networks: [dual]}
        networks:
          dual:
            enable_ipv6: true
            ipam:
              config:
                - subnet: 172.16.238.0/24
                - subnet: "2001:3984:3989::/64"
                #         ^^^^^^^^^^^^^^^^^^^^^ warning NL411: IPv6 subnet 2001:3984:3989::/64 is ignored: network "dual" does not set enable_ipv6: true, so Docker creates it without IPv6
      `,
    },
    {
      name: 'enable_ipv6: false is turned to true',
      file: 'compose.yaml',
      yaml: y`
        services:
          web: {image: nginx}
        networks:
          net:
            enable_ipv6: false
            ipam:
              config:
                - subnet: fd00:db8::/64
                #         ^^^^^^^^^^^^^ warning NL411: IPv6 subnet fd00:db8::/64 is ignored: network "net" does not set enable_ipv6: true, so Docker creates it without IPv6
      `,
      output: y`
        services:
          web: {image: nginx}
        networks:
          net:
            enable_ipv6: true
            ipam:
              config:
                - subnet: fd00:db8::/64
                #         ^^^^^^^^^^^^^ warning NL411: IPv6 subnet fd00:db8::/64 is ignored: network "net" does not set enable_ipv6: true, so Docker creates it without IPv6
      `,
    },
  ],
});

describe('NL411 compose-network-ipv6-disabled: the fix in a CRLF file', () => {
  it('inserts the key with the file\'s line break and indentation', () => {
    const text = crlf('services:\n  web: {image: nginx}\nnetworks:\n  net:\n    ipam:\n      config:\n        - subnet: "fd00::/64"\n');
    const [finding] = analyzeFile({ uri: 'file:///w/compose.yaml', text }).filter((f) => f.code === 'NL411');
    assert.ok(finding);
    assert.equal(applyEdits(text, finding.fixes[0]!.edits), crlf('services:\n  web: {image: nginx}\nnetworks:\n  net:\n    enable_ipv6: true\n    ipam:\n      config:\n        - subnet: "fd00::/64"\n'));
  });
});
