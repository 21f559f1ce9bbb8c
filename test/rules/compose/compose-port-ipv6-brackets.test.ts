// Rule table for NL404 compose-port-ipv6-brackets: an IPv6 host address in a short ports entry without [brackets], which only docker compose 2.24 and later accept. Upstream: go-connections nat.ParsePortSpec (splitParts keeps the last two fields as ports since v0.5).

import rule from '../../../server/src/rules/compose/compose-port-ipv6-brackets';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'bracketed IPv6, IPv4, and forms without a host IP',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - "[::1]:6001:6001"
              - "[2001:db8::1]::80"
              - "127.0.0.1:8001:8001"
              - "::80"
              - "8080:80"
      `,
    },
  ],
  invalid: [
    {
      name: 'ports-ipv6-unbracketed "::1:6000:6000"',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - "::1:6000:6000"
              #  ^^^ warning NL404: IPv6 host IP ::1 without brackets: docker compose 2.23 and older fail with "Invalid ip address ::1: address ::1:: too many colons in address"; write [::1]
              - "2001:db8::1:80:80"
              #  ^^^^^^^^^^^ warning NL404: IPv6 host IP 2001:db8::1 without brackets: docker compose 2.23 and older fail with "Invalid ip address 2001:db8::1: address 2001:db8::1:: too many colons in address"; write [2001:db8::1]
      `,
      // fixes: Write [::1] (safe) ; Write [2001:db8::1] (safe)
      output: y`
        services:
          web:
            image: nginx
            ports:
              - "[::1]:6000:6000"
              #  ^^^ warning NL404: IPv6 host IP ::1 without brackets: docker compose 2.23 and older fail with "Invalid ip address ::1: address ::1:: too many colons in address"; write [::1]
              - "[2001:db8::1]:80:80"
              #  ^^^^^^^^^^^ warning NL404: IPv6 host IP 2001:db8::1 without brackets: docker compose 2.23 and older fail with "Invalid ip address 2001:db8::1: address 2001:db8::1:: too many colons in address"; write [2001:db8::1]
      `,
    },
  ],
});
