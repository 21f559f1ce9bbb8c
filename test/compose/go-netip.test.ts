// Go's net/netip parsers as docker compose ≥ 5.1 uses them: the texts of Go's own netip_test.go vectors.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addrString, parseAddr, parsePrefix, prefixContains, prefixOverlaps } from '../../server/src/rules/compose/go-netip';

describe('netip.ParseAddr', () => {
  const ok: [string, string][] = [
    ['192.0.2.1', '192.0.2.1'],
    ['2001:db8::68', '2001:db8::68'],
    ['::ffff:1.2.3.4', '::ffff:1.2.3.4'],
    ['fe80::1cc0:3e8c:119f:c2e1%ens18', 'fe80::1cc0:3e8c:119f:c2e1%ens18'],
    ['::', '::'],
    ['FE80::0:1', 'fe80::1'],
  ];
  for (const [input, text] of ok) it(`${input} parses as ${text}`, () => {
    const r = parseAddr(input);
    assert.ok(r.ok);
    assert.equal(addrString(r.addr), text);
  });
  const bad: [string, string][] = [
    ['', 'ParseAddr(""): unable to parse IP'],
    ['localhost', 'ParseAddr("localhost"): unable to parse IP'],
    ['127.1', 'ParseAddr("127.1"): IPv4 address too short'],
    ['1.2.3.4.5', 'ParseAddr("1.2.3.4.5"): IPv4 address too long'],
    ['172.16.238.300', 'ParseAddr("172.16.238.300"): IPv4 field has value >255'],
    ['010.0.0.1', 'ParseAddr("010.0.0.1"): IPv4 field has octet with leading zero'],
    ['1..2.3', 'ParseAddr("1..2.3"): IPv4 field must have at least one digit (at ".2.3")'],
    ['[::1]', 'ParseAddr("[::1]"): each colon-separated field must have at least one digit (at "[::1]")'],
    ['1234:::cdef', 'ParseAddr("1234:::cdef"): each colon-separated field must have at least one digit (at ":cdef")'],
    ['fe80::1%', 'ParseAddr("fe80::1%"): zone must be a non-empty string'],
    ['%eth0', 'ParseAddr("%eth0"): missing IPv6 address'],
    ['::12345', 'ParseAddr("::12345"): each group must have 4 or less digits (at "12345")'],
    ['1:2:3:4:5:6:7:8:9', 'ParseAddr("1:2:3:4:5:6:7:8:9"): trailing garbage after address (at "9")'],
    ['1:2:3:4:5:6:7', 'ParseAddr("1:2:3:4:5:6:7"): address string too short'],
    ['1:2:3:4:5:6:7:8::', 'ParseAddr("1:2:3:4:5:6:7:8::"): the :: must expand to at least one field of zeros'],
    ['::1::2', 'ParseAddr("::1::2"): multiple :: in address (at ":2")'],
    ['1:2:3.4.5.6', 'ParseAddr("1:2:3.4.5.6"): embedded IPv4 address must replace the final 2 fields of the address (at "3.4.5.6")'],
  ];
  for (const [input, message] of bad) it(`${JSON.stringify(input)}: ${message}`, () => assert.deepEqual(parseAddr(input), { ok: false, error: message }));
});

describe('netip.ParsePrefix', () => {
  const bad: [string, string][] = [
    ['172.28.0.0', `netip.ParsePrefix("172.28.0.0"): no '/'`],
    ['1.2.3.4/33', 'netip.ParsePrefix("1.2.3.4/33"): prefix length out of range'],
    ['1.2.3.4/08', 'netip.ParsePrefix("1.2.3.4/08"): bad bits after slash: "08"'],
    ['1.2.3.4/+8', 'netip.ParsePrefix("1.2.3.4/+8"): bad bits after slash: "+8"'],
    ['1.2.3/24', 'netip.ParsePrefix("1.2.3/24"): ParseAddr("1.2.3"): IPv4 address too short'],
    ['fe80::%eth0/64', 'netip.ParsePrefix("fe80::%eth0/64"): IPv6 zones cannot be present in a prefix'],
    ['::gggg/1', 'netip.ParsePrefix("::gggg/1"): ParseAddr("::gggg"): each colon-separated field must have at least one digit (at "gggg")'],
  ];
  for (const [input, message] of bad) it(`${JSON.stringify(input)}: ${message}`, () => assert.deepEqual(parsePrefix(input), { ok: false, error: message }));

  it('keeps host bits, masks on demand, and compares like Prefix.Contains / Overlaps', () => {
    const p = parsePrefix('10.10.10.0/8');
    const q = parsePrefix('10.20.0.0/16');
    const a = parseAddr('10.200.0.1');
    const mapped = parseAddr('::ffff:10.0.0.1');
    assert.ok(p.ok && q.ok && a.ok && mapped.ok);
    assert.equal(p.prefix.cidr.canonical, '10.0.0.0/8');
    assert.ok(prefixContains(p.prefix, a.addr));
    assert.ok(!prefixContains(p.prefix, mapped.addr), 'an IPv4-mapped address never matches an IPv4 prefix');
    assert.ok(prefixOverlaps(p.prefix, q.prefix));
  });
});
