// Table tests for the special-purpose range of an address or a block (IANA registries).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cidrOf, parseCidr } from '../../server/src/net/cidr';
import { ipFromValue, parseIp } from '../../server/src/net/ip';
import { specialRangeOf, specialRangeOfCidr } from '../../server/src/net/special';

describe('specialRangeOf', () => {
  const cases: [string, string, string][] = [
    ['0.0.0.0', 'unspecified ("this host on this network")', '0.0.0.0/32'],
    ['0.1.2.3', '"this network"', '0.0.0.0/8'],
    ['10.96.0.1', 'private-use (RFC 1918)', '10.0.0.0/8'],
    ['172.16.0.1', 'private-use (RFC 1918)', '172.16.0.0/12'],
    ['172.32.0.1', 'global unicast', ''],
    ['192.168.49.2', 'private-use (RFC 1918)', '192.168.0.0/16'],
    ['100.64.0.1', 'shared address space / CGNAT (RFC 6598)', '100.64.0.0/10'],
    ['100.128.0.1', 'global unicast', ''],
    ['127.0.0.1', 'loopback', '127.0.0.0/8'],
    ['169.254.169.254', 'link-local', '169.254.0.0/16'],
    ['192.0.0.8', 'IETF protocol assignments', '192.0.0.0/24'],
    ['192.0.2.1', 'documentation (RFC 5737)', '192.0.2.0/24'],
    ['198.51.100.7', 'documentation (RFC 5737)', '198.51.100.0/24'],
    ['203.0.113.254', 'documentation (RFC 5737)', '203.0.113.0/24'],
    ['192.88.99.1', 'deprecated 6to4 relay anycast', '192.88.99.0/24'],
    ['198.19.255.255', 'benchmarking (RFC 2544)', '198.18.0.0/15'],
    ['224.0.0.251', 'multicast', '224.0.0.0/4'],
    ['239.255.255.250', 'multicast', '224.0.0.0/4'],
    ['240.0.0.1', 'reserved for future use', '240.0.0.0/4'],
    ['255.255.255.255', 'limited broadcast', '255.255.255.255/32'],
    ['8.8.8.8', 'global unicast', ''],
    ['::ffff:10.0.0.1', 'private-use (RFC 1918)', '10.0.0.0/8'],
    ['::', 'unspecified', '::/128'],
    ['::1', 'loopback', '::1/128'],
    ['64:ff9b::808:808', 'IPv4/IPv6 translation (NAT64 well-known prefix)', '64:ff9b::/96'],
    ['64:ff9b:1::1', 'local-use IPv4/IPv6 translation', '64:ff9b:1::/48'],
    ['100::1', 'discard-only', '100::/64'],
    ['2001::1', 'Teredo', '2001::/32'],
    ['2001:2::1', 'benchmarking (RFC 5180)', '2001:2::/48'],
    ['2001:100::1', 'IETF protocol assignments', '2001::/23'],
    ['2001:db8::1', 'documentation (RFC 3849)', '2001:db8::/32'],
    ['3fff::1', 'documentation (RFC 9637)', '3fff::/20'],
    ['2002:c000:204::1', '6to4', '2002::/16'],
    ['fd00:10:96::a', 'unique local (ULA, RFC 4193)', 'fc00::/7'],
    ['fc00::1', 'unique local (ULA, RFC 4193)', 'fc00::/7'],
    ['fe80::1', 'link-local', 'fe80::/10'],
    ['fec0::1', 'site-local (deprecated, RFC 3879)', 'fec0::/10'],
    ['ff02::1', 'multicast', 'ff00::/8'],
    ['2606:4700:4700::1111', 'global unicast', '2000::/3'],
    ['::2', 'reserved by IETF', '::/8'],
    ['4000::1', 'reserved by IETF', '4000::/3'],
  ];
  for (const [input, name, cidr] of cases) {
    it(input, () => {
      const p = parseIp(input);
      assert.ok(p.ok);
      const r = specialRangeOf(p.ip);
      assert.equal(r.name, name);
      assert.equal(r.cidr, cidr);
    });
  }
  it('marks globally reachable space', () => {
    const g = (t: string) => {
      const p = parseIp(t);
      assert.ok(p.ok);
      return specialRangeOf(p.ip).global;
    };
    assert.equal(g('8.8.8.8'), true);
    assert.equal(g('10.0.0.1'), false);
    assert.equal(g('2606:4700::1'), true);
    assert.equal(g('fd00::1'), false);
  });
  it('classifies an IPv6 value in ::ffff:0:0/96 reached by arithmetic', () => {
    assert.equal(specialRangeOf(ipFromValue('IPv6', 0xffff0a000001n)).name, 'IPv4-mapped');
  });
});

describe('specialRangeOfCidr', () => {
  const cases: [string, string, string[]?][] = [
    ['10.244.0.0/16', 'private-use (RFC 1918)'],
    ['10.0.0.0/8', 'private-use (RFC 1918)'],
    ['100.64.0.0/10', 'shared address space / CGNAT (RFC 6598)'],
    ['198.51.100.0/25', 'documentation (RFC 5737)'],
    ['8.8.8.0/24', 'global unicast'],
    ['240.0.0.0/4', 'reserved for future use'],
    ['fd00::/48', 'unique local (ULA, RFC 4193)'],
    ['2001:db8::/32', 'documentation (RFC 3849)'],
    ['2000::/3', 'global unicast'],
    ['2001::/23', 'IETF protocol assignments'],
    ['0.0.0.0/8', '"this network"'],
    ['::/127', 'reserved by IETF'],
    ['172.0.0.0/8', 'several ranges', ['global unicast', 'private-use (RFC 1918)']],
    ['192.0.0.0/16', 'several ranges', ['global unicast', 'IETF protocol assignments', 'documentation (RFC 5737)']],
    ['2001::/22', 'several ranges', ['global unicast', 'IETF protocol assignments']],
    ['2001:d00::/22', 'several ranges', ['global unicast', 'documentation (RFC 3849)']],
    ['fe00::/8', 'several ranges', ['link-local', 'site-local (deprecated, RFC 3879)', 'reserved by IETF']],
  ];
  for (const [input, name, spans] of cases) {
    it(input, () => {
      const p = parseCidr(input);
      assert.ok(p.ok);
      const r = specialRangeOfCidr(p.cidr);
      assert.equal(r.name, name);
      if (spans) {
        assert.equal(r.cidr, p.cidr.canonical);
        assert.deepEqual(r.spans?.map((s) => s.name), spans);
      } else {
        assert.equal(r.spans, undefined);
      }
    });
  }
  it('says 0.0.0.0/0 and ::/0 cover several ranges', () => {
    for (const t of ['0.0.0.0/0', '::/0']) {
      const p = parseCidr(t);
      assert.ok(p.ok);
      const r = specialRangeOfCidr(p.cidr);
      assert.equal(r.name, 'several ranges');
      assert.ok((r.spans?.length ?? 0) > 5);
    }
  });
  it('a single address block is classified like the address', () => {
    const p = parseIp('255.255.255.255');
    assert.ok(p.ok);
    assert.equal(specialRangeOfCidr(cidrOf(p.ip, 32)).name, 'limited broadcast');
  });
});
