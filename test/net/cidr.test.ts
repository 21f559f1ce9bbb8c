// Table tests for CIDR parsing, strictness issues, and the block arithmetic (containment, sizes, n-th address).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  type Cidr,
  type CidrParse,
  addressCount,
  cidrEquals,
  contains,
  containsCidr,
  firstAddress,
  lastAddress,
  nthAddress,
  overlaps,
  parseCidr,
  subnetCount,
  usableHostCount,
} from '../../server/src/net/cidr';
import { parseIp } from '../../server/src/net/ip';

/** What apimachinery's CIDR validators would say, derived only from our parse (pkg/util/validation/ip.go). */
function k8sVerdicts(text: string): { err: string; legacyErr: string; legacyStrictErr: string } {
  const p = parseCidr(text);
  if (!p.ok) {
    const e = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';
    return { err: e, legacyErr: e, legacyStrictErr: e };
  }
  let legacyStrictErr = '';
  const kinds = p.issues.map((i) => i.kind);
  if (kinds.includes('leading-zeros')) legacyStrictErr = 'must not have leading 0s in IP or prefix length';
  else if (kinds.includes('ipv4-mapped')) legacyStrictErr = 'must not have an IPv4-mapped IPv6 address';
  else if (kinds.includes('host-bits')) legacyStrictErr = 'must not have bits set beyond the prefix length';
  const err = legacyStrictErr || (text !== p.cidr.canonical ? `must be in canonical form (${JSON.stringify(p.cidr.canonical)})` : '');
  return { err, legacyErr: '', legacyStrictErr };
}

/** apimachinery GetWarningsForCIDR, rebuilt from our issues (1.36 wording, upstream order). */
function k8sWarnings(path: string, text: string): string[] {
  const p = parseCidr(text);
  if (!p.ok) return [];
  const out: string[] = [];
  for (const i of p.issues) {
    if (i.kind === 'host-bits') {
      out.push(`${path}: CIDR value ${JSON.stringify(text)} is ambiguous in this context (should be ${JSON.stringify(i.network)} or ${JSON.stringify(i.singleHost)}?)`);
    }
  }
  const nonStandard = p.issues.find((i) => i.kind === 'leading-zeros' || i.kind === 'ipv4-mapped');
  if (nonStandard) out.push(`${path}: non-standard CIDR value ${JSON.stringify(text)} is invalid: use ${JSON.stringify(nonStandard.canonical)}`);
  const nonCanonical = p.issues.find((i) => i.kind === 'non-canonical');
  if (out.length === 0 && nonCanonical) {
    out.push(`${path}: IPv6 CIDR value ${JSON.stringify(text)} should be in RFC 5952 canonical format (${JSON.stringify(nonCanonical.canonical)})`);
  }
  return out;
}

describe('parseCidr against apimachinery TestIsValidCIDR', () => {
  // Inputs and expected results copied from kubernetes/apimachinery pkg/util/validation/ip_test.go.
  const lead = 'must not have leading 0s';
  const cases: { name: string; in: string; err?: string; legacyErr?: string; legacyStrictErr?: string }[] = [
    { name: 'ipv4', in: '1.0.0.0/8' },
    { name: 'ipv4, all IPs', in: '0.0.0.0/0' },
    { name: 'ipv4, single IP', in: '1.1.1.1/32' },
    { name: 'ipv6', in: '2001:4860:4860::/48' },
    { name: 'ipv6, all IPs', in: '::/0' },
    { name: 'ipv6, single IP', in: '::1/128' },
    { name: 'ipv6, extra 0s (non-canonical)', in: '2a00:79e0:2:0::/64', err: 'must be in canonical form ("2a00:79e0:2::/64")' },
    { name: 'ipv6, capital letters (non-canonical)', in: '2001:DB8::/64', err: 'must be in canonical form ("2001:db8::/64")' },
    { name: 'ipv4 with leading 0s', in: '1.1.01.0/24', err: `${lead} in IP`, legacyStrictErr: `${lead} in IP` },
    {
      name: 'ipv4-in-ipv6 with ipv4-sized prefix',
      in: '::ffff:1.1.1.0/24',
      err: 'must not have an IPv4-mapped IPv6 address',
      legacyStrictErr: 'must not have an IPv4-mapped IPv6 address',
    },
    {
      name: 'ipv4-in-ipv6 with ipv6-sized prefix',
      in: '::ffff:1.1.1.0/120',
      err: 'must not have an IPv4-mapped IPv6 address',
      legacyStrictErr: 'must not have an IPv4-mapped IPv6 address',
    },
    { name: 'ipv4 ifaddr', in: '1.2.3.4/24', err: 'must not have bits set beyond the prefix length', legacyStrictErr: 'must not have bits set beyond the prefix length' },
    { name: 'ipv6 ifaddr', in: '2001:db8::1/64', err: 'must not have bits set beyond the prefix length', legacyStrictErr: 'must not have bits set beyond the prefix length' },
    { name: 'prefix length with leading 0s', in: '192.168.0.0/016', err: lead, legacyStrictErr: lead },
    ...[
      ['empty string', ''],
      ['junk', 'aaaaaaa'],
      ['IP address', '1.2.3.4'],
      ['partial URL', '192.168.0.1/healthz'],
      ['partial URL 2', '192.168.0.1/0/99'],
      ['negative prefix length', '192.168.0.0/-16'],
      ['prefix length with sign', '192.168.0.0/+16'],
    ].map(([name, input]) => ({
      name,
      in: input,
      err: 'must be a valid CIDR value',
      legacyErr: 'must be a valid CIDR value',
      legacyStrictErr: 'must be a valid CIDR value',
    })),
  ];
  for (const tc of cases) {
    it(`${tc.name}: ${JSON.stringify(tc.in)}`, () => {
      const got = k8sVerdicts(tc.in);
      for (const key of ['err', 'legacyErr', 'legacyStrictErr'] as const) {
        const want = tc[key] ?? '';
        if (want === '') assert.equal(got[key], '', `${key} should be valid`);
        else assert.ok(got[key].includes(want), `${key}: ${JSON.stringify(got[key])} should contain ${JSON.stringify(want)}`);
      }
    });
  }
});

describe('parseCidr issues carry what apimachinery TestGetWarningsForCIDR prints', () => {
  const p = 'spec.loadBalancerSourceRanges[0]';
  const cases: [string, string[]][] = [
    ['192.12.2.0/24', []],
    ['2001:db8::/64', []],
    ['192.012.2.0/24', [`${p}: non-standard CIDR value "192.012.2.0/24" is invalid: use "192.12.2.0/24"`]],
    ['192.12.2.0/024', [`${p}: non-standard CIDR value "192.12.2.0/024" is invalid: use "192.12.2.0/24"`]],
    ['::ffff:192.12.2.0/120', [`${p}: non-standard CIDR value "::ffff:192.12.2.0/120" is invalid: use "192.12.2.0/24"`]],
    ['192.12.2.8/24', [`${p}: CIDR value "192.12.2.8/24" is ambiguous in this context (should be "192.12.2.0/24" or "192.12.2.8/32"?)`]],
    [
      '192.012.2.8/24',
      [
        `${p}: CIDR value "192.012.2.8/24" is ambiguous in this context (should be "192.12.2.0/24" or "192.12.2.8/32"?)`,
        `${p}: non-standard CIDR value "192.012.2.8/24" is invalid: use "192.12.2.0/24"`,
      ],
    ],
    ['2001:db8:0:0::/64', [`${p}: IPv6 CIDR value "2001:db8:0:0::/64" should be in RFC 5952 canonical format ("2001:db8::/64")`]],
  ];
  for (const [input, want] of cases) it(input, () => assert.deepEqual(k8sWarnings(p, input), want));
});

describe('parseCidr agrees with apimachinery TestIsValidInterfaceAddress canonical forms', () => {
  // IsValidInterfaceAddress wants `${ip}/${prefix}` with the host bits kept; our address and prefix give it.
  // Upstream's "::ffff:1.1.1.1/24" → "1.1.1.1/24" case is left out on purpose: Go masks the mapping away
  // for prefixes under 96, so the block is IPv6 ::/24 and "1.1.1.1/24" would be a different block.
  const cases: [string, string][] = [
    ['1.2.3.4/24', '1.2.3.4/24'],
    ['1.1.1.1/32', '1.1.1.1/32'],
    ['2001:4860:4860::1/48', '2001:4860:4860::1/48'],
    ['::1/128', '::1/128'],
    ['2001:0:0:0::0BCD/64', '2001::bcd/64'],
    ['1.1.01.002/24', '1.1.1.2/24'],
    ['::ffff:1.1.1.1/120', '1.1.1.1/24'],
    ['192.168.0.5/016', '192.168.0.5/16'],
  ];
  for (const [input, want] of cases) {
    it(input, () => {
      const p = parseCidr(input);
      assert.ok(p.ok);
      assert.equal(`${p.cidr.address.canonical}/${p.cidr.prefix}`, want);
    });
  }
  it('rejects what it rejects', () => {
    for (const t of ['', 'aaaaaaa', '1.2.3.4', '192.168.0.1/healthz', '192.168.0.1/0/99', '192.168.0.0/-16', '192.168.0.0/+16']) {
      assert.equal(parseCidr(t).ok, false, t);
    }
  });
});

function ok(p: CidrParse) {
  assert.ok(p.ok, `expected ok, got ${JSON.stringify(!p.ok && p.problem)}`);
  return p;
}

describe('parseCidr accepts', () => {
  const cases: { in: string; canonical: string; family: 'IPv4' | 'IPv6'; prefix: number; address?: string; issues?: string[] }[] = [
    { in: '10.244.0.0/16', canonical: '10.244.0.0/16', family: 'IPv4', prefix: 16 },
    { in: '10.0.0.0/024', canonical: '10.0.0.0/24', family: 'IPv4', prefix: 24, issues: ['leading-zeros'] },
    { in: '010.0.0.0/8', canonical: '10.0.0.0/8', family: 'IPv4', prefix: 8, issues: ['leading-zeros'] },
    { in: '10.0.0.0/00', canonical: '0.0.0.0/0', family: 'IPv4', prefix: 0, issues: ['leading-zeros', 'host-bits'] },
    // Go's ParseCIDR + IPNet.String(): an IPv4-mapped block of /96 or more is the IPv4 block.
    { in: '::ffff:10.0.0.0/104', canonical: '10.0.0.0/8', family: 'IPv4', prefix: 8, issues: ['ipv4-mapped'] },
    { in: '::ffff:1.2.3.4/128', canonical: '1.2.3.4/32', family: 'IPv4', prefix: 32, issues: ['ipv4-mapped'] },
    { in: '::ffff:1.1.1.0/24', canonical: '::/24', family: 'IPv6', prefix: 24, address: '::ffff:1.1.1.0', issues: ['ipv4-mapped', 'host-bits'] },
    { in: '10.1.2.3/8', canonical: '10.0.0.0/8', family: 'IPv4', prefix: 8, address: '10.1.2.3', issues: ['host-bits'] },
    { in: 'fd00::/56', canonical: 'fd00::/56', family: 'IPv6', prefix: 56 },
    { in: 'FD00::/56', canonical: 'fd00::/56', family: 'IPv6', prefix: 56, issues: ['non-canonical'] },
    { in: 'fd00:0:0:0::/64', canonical: 'fd00::/64', family: 'IPv6', prefix: 64, issues: ['non-canonical'] },
    { in: 'FD00:1234::2/64', canonical: 'fd00:1234::/64', family: 'IPv6', prefix: 64, issues: ['host-bits', 'non-canonical'] },
    { in: '2001:db8::/064', canonical: '2001:db8::/64', family: 'IPv6', prefix: 64, issues: ['leading-zeros'] },
    { in: '0.0.0.0/0', canonical: '0.0.0.0/0', family: 'IPv4', prefix: 0 },
    { in: '255.255.255.255/32', canonical: '255.255.255.255/32', family: 'IPv4', prefix: 32 },
  ];
  for (const tc of cases) {
    it(tc.in, () => {
      const p = ok(parseCidr(tc.in));
      assert.equal(p.cidr.canonical, tc.canonical);
      assert.equal(p.cidr.family, tc.family);
      assert.equal(p.cidr.prefix, tc.prefix);
      assert.equal(p.cidr.bits, tc.family === 'IPv4' ? 32 : 128);
      assert.equal(p.cidr.network.family, tc.family);
      if (tc.address) assert.equal(p.cidr.address.canonical, tc.address);
      assert.deepEqual(p.issues.map((i) => i.kind), tc.issues ?? []);
    });
  }
  it('host-bits gives both readings', () => {
    const p = ok(parseCidr('2001:db8::1/64'));
    const hb = p.issues.find((i) => i.kind === 'host-bits');
    assert.ok(hb && hb.kind === 'host-bits');
    assert.equal(hb.network, '2001:db8::/64');
    assert.equal(hb.singleHost, '2001:db8::1/128');
  });
});

describe('parseCidr rejects', () => {
  const cases: [string, string, RegExp?][] = [
    ['10.0.0.0/33', 'invalid', /^prefix length 33 is out of range 0-32 for IPv4$/],
    ['2001:db8::/129', 'invalid', /^prefix length 129 is out of range 0-128 for IPv6$/],
    ['10.0.0.0/99999999999', 'invalid', /out of range/],
    ['10.0.0.0/-1', 'invalid', /not a decimal number/],
    ['10.0.0.0/abc', 'invalid', /not a decimal number/],
    ['10.0.0.0/', 'invalid', /missing/],
    ['10.0.0.0/ 8', 'whitespace'],
    ['/8', 'invalid', /missing/],
    ['10.0.0.0', 'invalid', /prefix length, such as 10\.0\.0\.0\/32/],
    ['2001:db8::', 'invalid', /2001:db8::\/128/],
    ['10.0.0/8', 'invalid', /has 3 octets/],
    ['10.0.0.256/8', 'invalid', /larger than 255/],
    ['[2001:db8::]/64', 'brackets'],
    ['fe80::%eth0/64', 'zone'],
    ['', 'empty'],
    ['<podCIDR>', 'placeholder', /real CIDR block/],
    ['<IPv4 CIDR>', 'placeholder'],
    ['fdXY:IJKL:MNOP:15::/64', 'placeholder'],
    ['x.x.x.x/16', 'placeholder'],
    ['10.244.0.0/XX', 'placeholder'],
    ['{{ .Values.podCIDR }}', 'template'],
    [' 10.0.0.0/8', 'whitespace'],
  ];
  for (const [input, kind, message] of cases) {
    it(`${JSON.stringify(input)} → ${kind}`, () => {
      const p = parseCidr(input);
      assert.ok(!p.ok, `expected a problem for ${JSON.stringify(input)}`);
      assert.equal(p.problem.kind, kind, p.problem.message);
      if (message) assert.match(p.problem.message, message);
    });
  }
});

function cidr(text: string): Cidr {
  const p = parseCidr(text);
  assert.ok(p.ok, text);
  return p.cidr;
}

function ip(text: string) {
  const p = parseIp(text);
  assert.ok(p.ok, text);
  return p.ip;
}

describe('block arithmetic', () => {
  it('contains', () => {
    assert.equal(contains(cidr('10.96.0.0/12'), ip('10.96.0.10')), true);
    assert.equal(contains(cidr('10.96.0.0/12'), ip('10.111.255.255')), true);
    assert.equal(contains(cidr('10.96.0.0/12'), ip('10.112.0.0')), false);
    assert.equal(contains(cidr('10.96.0.0/12'), ip('10.95.255.255')), false);
    assert.equal(contains(cidr('0.0.0.0/0'), ip('1.2.3.4')), true);
    assert.equal(contains(cidr('0.0.0.0/0'), ip('::1')), false, 'families never mix');
    assert.equal(contains(cidr('::/0'), ip('1.2.3.4')), false, 'an IPv4 address is not in ::/0');
    assert.equal(contains(cidr('fd00:10:96::/112'), ip('fd00:10:96::a')), true);
    assert.equal(contains(cidr('10.0.0.1/32'), ip('10.0.0.1')), true);
  });
  it('containsCidr and overlaps', () => {
    assert.equal(containsCidr(cidr('10.0.0.0/8'), cidr('10.244.0.0/16')), true);
    assert.equal(containsCidr(cidr('10.244.0.0/16'), cidr('10.0.0.0/8')), false);
    assert.equal(overlaps(cidr('10.244.0.0/16'), cidr('10.0.0.0/8')), true);
    assert.equal(overlaps(cidr('10.96.0.0/12'), cidr('10.244.0.0/16')), false);
    assert.equal(overlaps(cidr('10.0.0.0/8'), cidr('fd00::/8')), false);
    assert.equal(overlaps(cidr('192.168.0.0/16'), cidr('192.168.0.0/16')), true);
    assert.equal(cidrEquals(cidr('10.1.2.3/8'), cidr('10.0.0.0/8')), true);
  });
  it('first, last and sizes', () => {
    const c = cidr('10.96.0.0/12');
    assert.equal(firstAddress(c).canonical, '10.96.0.0');
    assert.equal(lastAddress(c).canonical, '10.111.255.255');
    assert.equal(addressCount(c), 1048576n);
    assert.equal(usableHostCount(c), 1048574n);
    assert.equal(usableHostCount(cidr('10.0.0.0/30')), 2n);
    assert.equal(usableHostCount(cidr('10.0.0.0/31')), 2n);
    assert.equal(usableHostCount(cidr('10.0.0.0/32')), 1n);
    assert.equal(usableHostCount(cidr('0.0.0.0/0')), 4294967294n);
    const v6 = cidr('fd00::/56');
    assert.equal(addressCount(v6), 4722366482869645213696n);
    assert.equal(usableHostCount(v6), 4722366482869645213696n);
    assert.equal(lastAddress(v6).canonical, 'fd00::ff:ffff:ffff:ffff:ffff');
    assert.equal(addressCount(cidr('::/0')), 1n << 128n);
    assert.equal(lastAddress(cidr('::/0')).canonical, 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff');
    assert.equal(usableHostCount(cidr('::1/128')), 1n);
  });
  it('nthAddress gives the well-known Service addresses (k8s-rules.md §4)', () => {
    assert.equal(nthAddress(cidr('10.96.0.0/12'), 1n)?.canonical, '10.96.0.1');
    assert.equal(nthAddress(cidr('10.96.0.0/12'), 10n)?.canonical, '10.96.0.10');
    assert.equal(nthAddress(cidr('fd00:10:96::/112'), 1n)?.canonical, 'fd00:10:96::1');
    assert.equal(nthAddress(cidr('fd00:10:96::/112'), 10n)?.canonical, 'fd00:10:96::a');
    assert.equal(nthAddress(cidr('10.0.0.0/30'), 3n)?.canonical, '10.0.0.3');
    assert.equal(nthAddress(cidr('10.0.0.0/30'), 4n), undefined);
    assert.equal(nthAddress(cidr('10.0.0.0/30'), -1n), undefined);
    assert.equal(nthAddress(cidr('10.0.0.8/29'), 2n)?.canonical, '10.0.0.10');
  });
  it('subnetCount gives nodes per pod CIDR', () => {
    assert.equal(subnetCount(cidr('10.244.0.0/16'), 24), 256n);
    assert.equal(subnetCount(cidr('fd00::/48'), 64), 65536n);
    assert.equal(subnetCount(cidr('10.244.0.0/16'), 15), undefined);
    assert.equal(subnetCount(cidr('10.244.0.0/16'), 33), undefined);
  });
});
