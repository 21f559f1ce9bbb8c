// Table tests for the special-purpose range of an address or a block (IANA registries).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { cidrOf, parseCidr } from '../../server/src/net/cidr';
import { ipFromBytes, ipFromValue, parseIp } from '../../server/src/net/ip';
import { SPECIAL_PURPOSE_TABLE, specialRangeOf, specialRangeOfCidr } from '../../server/src/net/special';

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

/**
 * The look-ups scan only the entries that can hold the address's first byte, or the entries inside the range
 * found. The reference here scans the whole table with ipaddr.js's `match`: the same answers for random
 * addresses and blocks, most of them drawn in and around the table's blocks.
 */
describe('special ranges against a scan of the whole table', () => {
  const table = SPECIAL_PURPOSE_TABLE.map(([cidr, name, rfc, global]) => {
    const [addr, prefix] = ipaddr.parseCIDR(cidr);
    return { addr, prefix, bits: addr.kind() === 'ipv4' ? 32 : 128, name, cidr, rfc, global };
  });
  type Row = (typeof table)[number];
  const holds = (outer: Row, addr: ipaddr.IPv4 | ipaddr.IPv6, prefix: number): boolean =>
    addr.kind() === outer.addr.kind() && prefix >= outer.prefix && (addr as ipaddr.IPv4).match(outer.addr as ipaddr.IPv4, outer.prefix);
  const publicOf = (r: Row) => ({ name: r.name, cidr: r.cidr, rfc: r.rfc, global: r.global });
  const fallback = (bits: number) => (bits === 32 ? { name: 'global unicast', cidr: '', rfc: '', global: true } : { name: 'reserved by IETF', cidr: '', rfc: 'RFC 4291', global: false });
  const mostSpecific = (addr: ipaddr.IPv4 | ipaddr.IPv6, prefix: number): Row | undefined => {
    let best: Row | undefined;
    for (const r of table) if (holds(r, addr, prefix) && (!best || r.prefix > best.prefix)) best = r;
    return best;
  };
  const maskedBytes = (bytes: number[], prefix: number): number[] => bytes.map((b, i) => (i * 8 + 8 <= prefix ? b : i * 8 >= prefix ? 0 : b & (0xff00 >> (prefix - i * 8)) & 0xff));

  /** An address near a table block: inside it, or one of its bytes changed; or anywhere. */
  const bytesArb = fc.oneof(
    fc.tuple(fc.constantFrom(...table), fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 16, maxLength: 16 }), fc.nat(20)).map(([row, noise, flip]) => {
      const base = row.addr.toByteArray();
      const bytes = base.map((b, i) => (i * 8 >= row.prefix ? noise[i]! : i * 8 + 8 > row.prefix ? (b & (0xff00 >> (row.prefix - i * 8)) & 0xff) | (noise[i]! & (0xff >> (row.prefix - i * 8))) : b));
      if (flip < bytes.length && flip % 3 === 0) bytes[flip] = noise[flip]!;
      return bytes;
    }),
    fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }),
    fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 16, maxLength: 16 }),
  );

  it('specialRangeOf is the most specific block of the table holding the address', () => {
    fc.assert(
      fc.property(bytesArb, (bytes) => {
        const addr = ipaddr.fromByteArray(bytes);
        const best = mostSpecific(addr, bytes.length * 8);
        assert.deepEqual({ ...specialRangeOf(ipFromBytes(Uint8Array.from(bytes))) }, best ? publicOf(best) : fallback(bytes.length * 8));
      }),
      { numRuns: 3000 },
    );
  });

  it('specialRangeOfCidr names the block holding it, or every outermost block inside it', () => {
    fc.assert(
      fc.property(bytesArb, fc.nat(128), (raw, p) => {
        const bits = raw.length * 8;
        const prefix = p % (bits + 1);
        const bytes = maskedBytes(raw, prefix);
        const addr = ipaddr.fromByteArray(bytes);
        const best = mostSpecific(addr, prefix);
        const got = specialRangeOfCidr(cidrOf(ipFromBytes(Uint8Array.from(bytes)), prefix));
        const outer = best ? publicOf(best) : fallback(bits);
        if (best && best.prefix === prefix) return assert.deepEqual({ ...got }, outer);
        // Blocks inside this one, except single addresses; then only the outermost of them.
        const inner = table.filter((r) => r.bits === bits && r.prefix < r.bits && (!best || r.prefix > best.prefix) && holds({ ...r, addr, prefix } as Row, r.addr, r.prefix));
        const top = inner.filter((r) => !inner.some((o) => o !== r && o.prefix < r.prefix && holds(o, r.addr, r.prefix)));
        if (top.length === 0) return assert.deepEqual({ ...got }, outer);
        const around = best || bits === 32 ? [outer] : [];
        assert.equal(got.name, 'several ranges');
        assert.deepEqual(got.spans?.map((s) => ({ ...s })), [...around, ...top.map(publicOf)]);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('special ranges over many regions', () => {
  it('answers the same after its region cache has filled and started over', () => {
    const doc = parseIp('2001:db8::1');
    assert.ok(doc.ok);
    const before = specialRangeOf(doc.ip);
    // More /32 regions than the cache holds: 2001:0000 through 2001:5208, then others.
    for (let i = 0n; i < 21_000n; i++) specialRangeOf(ipFromValue('IPv6', (0x2001n << 112n) | (i << 96n)));
    assert.deepEqual(specialRangeOf(doc.ip), before);
    assert.equal(specialRangeOf(ipFromValue('IPv6', (0x2001n << 112n) | (0x4000n << 96n))).name, 'global unicast');
  });
});
