// More of NL404 compose-port-ipv6-brackets: the bracket fix on quoted and plain scalars. (The per-rule table
// lives in test/rules/compose/compose-port-ipv6-brackets.test.ts.)

import rule from '../../../server/src/rules/compose/compose-port-ipv6-brackets';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../../rules/common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'bracketed IPv6, IPv4, and ::80 (no host IP at all)',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports: ["[::1]:6001:6001", "[::]::80", "127.0.0.1:80:80", "::80", "[2001:db8::1]:443:443"]
      `,
    },
  ],
  invalid: [
    {
      name: 'the compose-spec example "::1:6000:6000"; the fix brackets the address',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - "::1:6000:6000"
              #  ^^^ warning NL404: IPv6 host IP ::1 without brackets: docker compose 2.23 and older fail with "Invalid ip address ::1: address ::1:: too many colons in address"; write [::1]
              - 2001:db8::1:80:80
              # ^^^^^^^^^^^ warning NL404: IPv6 host IP 2001:db8::1 without brackets: docker compose 2.23 and older fail with "Invalid ip address 2001:db8::1: address 2001:db8::1:: too many colons in address"; write [2001:db8::1]
      `,
      output: y`
        services:
          web:
            image: nginx
            ports:
              - "[::1]:6000:6000"
              #  ^^^ warning NL404: IPv6 host IP ::1 without brackets: docker compose 2.23 and older fail with "Invalid ip address ::1: address ::1:: too many colons in address"; write [::1]
              - "[2001:db8::1]:80:80"
              # ^^^^^^^^^^^ warning NL404: IPv6 host IP 2001:db8::1 without brackets: docker compose 2.23 and older fail with "Invalid ip address 2001:db8::1: address 2001:db8::1:: too many colons in address"; write [2001:db8::1]
      `,
    },
    {
      name: 'the wildcard "::::80"',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports: ["::::80"]
            #        ^^ warning NL404: IPv6 host IP :: without brackets: docker compose 2.23 and older fail with "Invalid ip address ::: address :::: too many colons in address"; write [::]
      `,
    },
  ],
});
