// Property tests for the address layer: round trips, ipaddr.js as an oracle, BigInt oracles, and never throwing.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { addressCount, cidrOf, contains, containsCidr, isCleanIpv4Cidr, lastAddress, lastAddressText, nthAddress, overlaps, parseCidr } from '../../server/src/net/cidr';
import { formatCount } from '../../server/src/net/format';
import { type Family, cleanIpv4Value, ipFromBytes, ipFromValue, isCleanIpv4, isPlaceholder, parseGoIp, parseIp } from '../../server/src/net/ip';
import { splitCommaList } from '../../server/src/net/list';
import { parseDockerPortRange, parseDockerPortSpec, parsePortNumber } from '../../server/src/net/ports';
import { parseIpRange, rangeToCidrs } from '../../server/src/net/range';
import { specialRangeOf, specialRangeOfCidr } from '../../server/src/net/special';

const RUNS = { numRuns: 2000 };
const MAX128 = (1n << 128n) - 1n;

const v6Value = fc.oneof(
  fc.bigInt(0n, MAX128),
  // Values with runs of zero groups, where RFC 5952 compression choices matter.
  fc.array(fc.constantFrom(0, 0, 0, 1, 0xffff, 0xdb8), { minLength: 8, maxLength: 8 }).map((groups) => groups.reduce((v, g) => (v << 16n) | BigInt(g), 0n)),
);

/** Writes a 128-bit value as eight groups with optional zero padding and random case. */
const expandedV6 = fc
  .tuple(v6Value, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), fc.boolean())
  .map(([value, pad, upper]) => {
    const groups: string[] = [];
    for (let i = 7; i >= 0; i--) {
      const g = Number((value >> BigInt(i * 16)) & 0xffffn).toString(16);
      groups.push(pad[7 - i] ? g.padStart(4, '0') : g);
    }
    const text = groups.join(':');
    return { value, text: upper ? text.toUpperCase() : text };
  });

/**
 * ipaddr.js as an oracle, with one correction: it reads the deprecated IPv4-compatible form `::a.b.c.d` as
 * IPv4-mapped `::ffff:a.b.c.d`, while Go (and RFC 4291 §2.5.5.1) keep it as `::` plus 32 bits. Writing the
 * dotted tail as two hex groups first avoids that branch of ipaddr.js.
 */
function oracleV6(text: string): ipaddr.IPv6 {
  const m = /^(.*:)(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (!m) return ipaddr.IPv6.parse(text);
  const [a, b, c, d] = m.slice(2).map(Number);
  return ipaddr.IPv6.parse(`${m[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`);
}

function isMappedValue(v: bigint): boolean {
  return v >> 32n === 0xffffn;
}

describe('properties: addresses', () => {
  it('every IPv4 address round-trips and matches ipaddr.js', () => {
    fc.assert(
      fc.property(fc.ipV4(), (text) => {
        const p = parseIp(text);
        assert.ok(p.ok);
        assert.equal(p.ip.family, 'IPv4');
        assert.equal(p.ip.canonical, text);
        assert.deepEqual(p.issues, []);
        assert.deepEqual(Array.from(p.ip.bytes), ipaddr.IPv4.parse(text).toByteArray());
        assert.equal(parseGoIp(text)?.canonical, text);
        // parseIp reads clean IPv4 in one pass; the scanner (parseGoIp, and IPv4-mapped IPv6) builds the same address.
        assert.deepEqual(p.ip, parseGoIp(text));
        const mapped = parseIp(`::ffff:${text}`);
        assert.ok(mapped.ok);
        assert.deepEqual(mapped.ip, p.ip);
      }),
      RUNS,
    );
  });

  it('IPv4 octets with leading zeros are decimal and flagged', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 3 })), { minLength: 4, maxLength: 4 }), (octets) => {
        const text = octets.map(([n, zeros]) => '0'.repeat(zeros) + n).join('.');
        const p = parseIp(text);
        assert.ok(p.ok);
        assert.equal(p.ip.canonical, octets.map(([n]) => n).join('.'));
        const padded = octets.some(([, zeros]) => zeros > 0);
        assert.equal(p.issues.some((i) => i.kind === 'leading-zeros'), padded);
        assert.equal(parseGoIp(text) === undefined, padded);
      }),
      RUNS,
    );
  });

  it('every IPv6 canonical matches ipaddr.js toRFC5952String and round-trips', () => {
    fc.assert(
      fc.property(fc.ipV6(), (text) => {
        const p = parseIp(text);
        assert.ok(p.ok, text);
        const oracle = oracleV6(text);
        if (oracle.isIPv4MappedAddress()) {
          assert.equal(p.ip.family, 'IPv4');
          assert.equal(p.ip.canonical, oracle.toIPv4Address().toString());
        } else {
          assert.equal(p.ip.family, 'IPv6');
          assert.equal(p.ip.canonical, oracle.toRFC5952String());
          assert.deepEqual(Array.from(p.ip.bytes), oracle.toByteArray());
          assert.equal(p.issues.some((i) => i.kind === 'non-canonical'), text !== p.ip.canonical);
        }
        const again = parseIp(p.ip.canonical);
        assert.ok(again.ok);
        assert.equal(again.ip.canonical, p.ip.canonical);
        assert.deepEqual(again.issues, []);
      }),
      RUNS,
    );
  });

  it('any 128-bit value prints like ipaddr.js and parses back from any spelling', () => {
    fc.assert(
      fc.property(expandedV6, ({ value, text }) => {
        const ip = ipFromValue('IPv6', value);
        const bytes: number[] = [];
        for (let i = 15; i >= 0; i--) bytes.push(Number((value >> BigInt(i * 8)) & 0xffn));
        // ipFromValue takes the value in words; from the bytes the address is the same.
        assert.deepEqual(ip, ipFromBytes(Uint8Array.from(bytes)));
        if (!isMappedValue(value)) {
          assert.equal(ip.canonical, (ipaddr.fromByteArray(bytes) as ipaddr.IPv6).toRFC5952String());
        }
        const p = parseIp(text);
        assert.ok(p.ok, text);
        if (isMappedValue(value)) {
          assert.equal(p.ip.family, 'IPv4');
          assert.equal(p.ip.value, value & 0xffffffffn);
        } else {
          assert.equal(p.ip.value, value);
          assert.equal(p.ip.canonical, ip.canonical);
          assert.equal(p.issues.some((i) => i.kind === 'non-canonical'), text !== ip.canonical);
        }
        const back = parseIp(ip.canonical);
        assert.ok(back.ok);
        assert.equal(back.ip.canonical, isMappedValue(value) ? back.ip.canonical : ip.canonical);
      }),
      RUNS,
    );
  });

  it('no valid address or block is taken for a placeholder', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), fc.integer({ min: 0, max: 32 }), (text, prefix) => {
        assert.equal(isPlaceholder(text), false);
        assert.equal(isPlaceholder(`${text}/${prefix}`), false);
      }),
      RUNS,
    );
  });

  it('parsers never throw and agree on what is an address', () => {
    const alphabet = fc.constantFrom(...'0123456789abcdefABCDEFxX.:/%[]- ,<>{}$g'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: alphabet, maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
        const ip = parseIp(text);
        const cidr = parseCidr(text);
        const range = parseIpRange(text);
        if (ip.ok) {
          assert.equal(cidr.ok, false, 'an address is not a block');
          assert.ok(specialRangeOf(ip.ip).name.length > 0);
        } else {
          assert.ok(ip.problem.message.length > 0);
        }
        if (cidr.ok) {
          assert.equal(parseIp(cidr.cidr.canonical).ok, false);
          assert.ok(specialRangeOfCidr(cidr.cidr).name.length > 0);
        } else {
          assert.ok(cidr.problem.message.length > 0);
        }
        if (!range.ok) assert.ok(range.at.start >= 0 && range.at.start <= range.at.end && range.at.end <= text.length);
        const go = parseGoIp(text);
        if (go) assert.ok(ip.ok && !ip.issues.some((i) => i.kind === 'leading-zeros'));
      }),
      { numRuns: 5000 },
    );
  });
});

const familyArb = fc.constantFrom<Family>('IPv4', 'IPv6');

/** A block and an address near it, so that containment is often but not always true. */
const blockAndAddress = familyArb.chain((family) => {
  const bits = family === 'IPv4' ? 32 : 128;
  const max = (1n << BigInt(bits)) - 1n;
  return fc.tuple(fc.constant(family), fc.bigInt(0n, max), fc.integer({ min: 0, max: bits }), fc.integer({ min: 0, max: bits }), fc.bigInt(0n, max));
});

describe('properties: blocks', () => {
  it('contains agrees with a BigInt interval oracle', () => {
    fc.assert(
      fc.property(blockAndAddress, ([family, base, prefix, flipBits, noise]) => {
        const c = cidrOf(ipFromValue(family, base), prefix);
        const bits = c.bits;
        // Flip some low bits of the base: stays inside iff no bit at or above the prefix flipped.
        const mask = flipBits === 0 ? 0n : (1n << BigInt(flipBits)) - 1n;
        const ip = ipFromValue(family, base ^ (noise & mask));
        const lo = c.network.value;
        const hi = lo + (1n << BigInt(bits - prefix)) - 1n;
        assert.equal(contains(c, ip), lo <= ip.value && ip.value <= hi);
        assert.equal(lastAddress(c).value, hi);
        // The text on the bytes is the canonical text of the address worked out in BigInt (mapped IPv6 included).
        assert.equal(lastAddressText(c), ipFromValue(family, hi).canonical);
        assert.equal(addressCount(c), hi - lo + 1n);
        const other: Family = family === 'IPv4' ? 'IPv6' : 'IPv4';
        assert.equal(contains(c, ipFromValue(other, 0n)), false);
      }),
      RUNS,
    );
  });

  it('containsCidr and overlaps agree with a BigInt interval oracle', () => {
    fc.assert(
      fc.property(blockAndAddress, fc.integer({ min: 0, max: 128 }), ([family, base, prefixA, flipBits, noise], prefixB) => {
        const bits = family === 'IPv4' ? 32 : 128;
        const a = cidrOf(ipFromValue(family, base), prefixA);
        const mask = flipBits === 0 ? 0n : (1n << BigInt(flipBits)) - 1n;
        const b = cidrOf(ipFromValue(family, base ^ (noise & mask)), prefixB % (bits + 1));
        const span = (c: typeof a) => [c.network.value, c.network.value + addressCount(c) - 1n] as const;
        const [alo, ahi] = span(a);
        const [blo, bhi] = span(b);
        assert.equal(containsCidr(a, b), alo <= blo && bhi <= ahi);
        assert.equal(overlaps(a, b), alo <= bhi && blo <= ahi);
        assert.equal(overlaps(a, b), overlaps(b, a));
      }),
      RUNS,
    );
  });

  it('canonical blocks round-trip without issues, and nthAddress stays inside', () => {
    fc.assert(
      fc.property(blockAndAddress, fc.bigInt(0n, MAX128), ([family, base, prefix], n) => {
        const c = cidrOf(ipFromValue(family, base), prefix);
        const p = parseCidr(c.canonical);
        assert.ok(p.ok, c.canonical);
        assert.equal(p.cidr.canonical, c.canonical);
        // IPv4-mapped IPv6 blocks are folded into IPv4 by design; everything else parses back cleanly.
        if (!(family === 'IPv6' && prefix >= 96 && isMappedValue(c.network.value))) assert.deepEqual(p.issues, []);
        const count = addressCount(c);
        const nth = nthAddress(c, n % count);
        assert.ok(nth && contains(c, nth));
        assert.equal(nthAddress(c, count), undefined);
      }),
      RUNS,
    );
  });

  it('rangeToCidrs covers exactly the range with aligned blocks', () => {
    fc.assert(
      fc.property(familyArb, fc.bigInt(0n, MAX128), fc.bigInt(0n, 1n << 20n), (family, startRaw, length) => {
        const max = family === 'IPv4' ? 0xffffffffn : MAX128;
        const start = startRaw % (max + 1n);
        const end = start + length > max ? max : start + length;
        const blocks = rangeToCidrs(ipFromValue(family, start), ipFromValue(family, end));
        let next = start;
        for (const b of blocks) {
          assert.equal(b.network.value, next);
          assert.equal(b.address.value, b.network.value);
          next += addressCount(b);
        }
        assert.equal(next, end + 1n);
        assert.ok(blocks.length <= 2 * (family === 'IPv4' ? 32 : 128));
      }),
      { numRuns: 500 },
    );
  });
});

/** Text near IPv4 addresses and blocks: octets with and without leading zeros, odd separators, prefixes. */
const nearV4 = fc.oneof(
  fc.oneof(fc.constant(4), fc.integer({ min: 1, max: 6 })).chain((length) => fc.array(
    fc.oneof(
      fc.constantFrom('0', '00', '1', '01', '9', '10', '99', '100', '255', '256', '300', '999', '1000', '0255'),
      fc.nat(300).map(String),
    ),
    { minLength: length, maxLength: length },
  )).chain((octets) =>
    fc.tuple(
      fc.constant(octets),
      fc.constantFrom('.', '.', '.', '..', ':', ' '),
      fc.option(fc.oneof(fc.nat(40).map(String), fc.constantFrom('', '0', '00', '08', '032', '-1', 'x', '24 ', '/8')), { nil: undefined }),
      fc.constantFrom('', '', ' ', '\n', 'x', '%eth0', ':80', '::ffff:'),
      fc.boolean(),
    ),
  ).map(([octets, dot, prefix, extra, before]) => {
    const address = octets.join(dot);
    const body = prefix === undefined ? address : `${address}/${prefix}`;
    return before ? extra + body : body + extra;
  }),
  fc.ipV4().chain((ip) => fc.nat(32).map((p) => `${ip}/${p}`)),
  fc.string({ unit: fc.constantFrom(...'0123456789./:x '.split('')), maxLength: 20 }),
);

describe('properties: the clean IPv4 shortcut', () => {
  it('isCleanIpv4 is true exactly when parseIp reads an IPv4 address with no issue, and gives its value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), nearV4), (text) => {
        const p = parseIp(text);
        const expected = p.ok && p.ip.family === 'IPv4' && p.issues.length === 0;
        assert.equal(isCleanIpv4(text), expected, text);
        if (expected) assert.equal(BigInt(cleanIpv4Value(text)), p.ip.value);
      }),
      { numRuns: 5000 },
    );
  });

  it('clean IPv4 blocks and IPv4 values are built as the general path builds them', () => {
    fc.assert(
      fc.property(fc.nat(0xffffffff), fc.integer({ min: 0, max: 32 }), (value, prefix) => {
        const bytes = Uint8Array.of(value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255);
        assert.deepEqual(ipFromValue('IPv4', BigInt(value)), ipFromBytes(bytes));
        // The block's network, written cleanly, parses as cidrOf builds it from the scanned address.
        const network = cidrOf(ipFromBytes(bytes), prefix).network;
        const text = `${network.canonical}/${prefix}`;
        const p = parseCidr(text);
        assert.ok(p.ok && isCleanIpv4Cidr(text));
        assert.deepEqual(p.cidr, cidrOf(parseGoIp(network.canonical)!, prefix));
        assert.deepEqual(p.issues, []);
      }),
      { numRuns: 3000 },
    );
  });

  it('isCleanIpv4Cidr is true exactly when parseCidr reads an IPv4 block with no issue', () => {
    fc.assert(
      fc.property(nearV4, (text) => {
        const p = parseCidr(text);
        assert.equal(isCleanIpv4Cidr(text), p.ok && p.cidr.family === 'IPv4' && p.issues.length === 0, text);
      }),
      { numRuns: 5000 },
    );
  });

  it('cleanIpv4Value reads a slice in place', () => {
    const text = 'x=10.1.2.3/24';
    assert.equal(cleanIpv4Value(text, 2, 10), (10 * 256 ** 3) + (1 << 16) + (2 << 8) + 3);
    assert.equal(cleanIpv4Value(text, 2, 11), -1);
    assert.equal(cleanIpv4Value(text, 1, 10), -1);
  });
});

describe('properties: lists, counts and ports', () => {
  it('splitCommaList offsets slice back to the items', () => {
    const alphabet = fc.constantFrom(...'ab1:./ ,\t'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 30 }), (text) => {
        const items = splitCommaList(text);
        assert.equal(items.length, text.split(',').length);
        let prevEnd = 0;
        for (const [k, item] of items.entries()) {
          assert.equal(text.slice(item.start, item.end), item.text);
          assert.equal(item.text, text.split(',')[k].trim());
          assert.ok(item.start >= prevEnd);
          prevEnd = item.end;
        }
      }),
      RUNS,
    );
  });

  it('formatCount keeps the digits and groups them by three', () => {
    fc.assert(
      fc.property(fc.bigInt(0n, 1n << 130n), (n) => {
        const s = formatCount(n);
        assert.equal(s.replaceAll(',', ''), n.toString());
        assert.match(s, /^\d{1,3}(,\d{3})*$/);
      }),
      RUNS,
    );
  });

  it('parsePortNumber agrees with a decimal oracle', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789+- x'.split('')), maxLength: 8 }), (text) => {
        const p = parsePortNumber(text);
        const valid = /^\d+$/.test(text) && BigInt(text) <= 65535n;
        assert.equal(p.ok, valid);
        if (p.ok) assert.equal(p.port, Number(text));
      }),
      RUNS,
    );
  });

  it('parseDockerPortRange reads a single port as strconv.ParseInt(s, 10, 0) does', () => {
    // The oracle: Go's ParseInt on 64 bits, then go-connections' 0-65535 check.
    const oracle = (s: string): string => {
      if (s === '') return 'empty string specified for ports';
      const m = /^([+-]?)([0-9]+)$/.exec(s);
      if (!m) return `invalid start port '${s}': invalid syntax`;
      const v = BigInt(m[1] === '-' ? `-${m[2]}` : m[2]!);
      if (v > 2n ** 63n - 1n || v < -(2n ** 63n)) return `invalid start port '${s}': value out of range`;
      if (v < 0n || v > 65535n) return `invalid start port '${s}': value out of range (0–65535)`;
      return `ok ${v}`;
    };
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: fc.constantFrom(...'0123456789+x '.split('')), maxLength: 8 }), fc.nat(99999).map(String), fc.bigInt(0n, 2n ** 64n).map(String)), (text) => {
        const p = parseDockerPortRange(text);
        assert.equal(p.ok ? `ok ${p.start}` : p.message, oracle(text), text);
      }),
      { numRuns: 5000 },
    );
  });

  it('parseDockerPortSpec never throws and its offsets lie inside the input', () => {
    const alphabet = fc.constantFrom(...'0123456789:::[]/.-abcdfptu%TCPUDxX'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: alphabet, maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 })), (spec) => {
        const p = parseDockerPortSpec(spec);
        const inside = (part: { start: number; end: number } | undefined) => {
          if (part) assert.ok(0 <= part.start && part.start <= part.end && part.end <= spec.length, JSON.stringify({ spec, part }));
        };
        if (p.ok) {
          for (const part of [p.hostIp, p.hostPort, p.container, p.protocol]) {
            inside(part);
            if (part) assert.equal(spec.slice(part.start, part.end), part.text);
          }
          assert.ok(p.container.range.start <= p.container.range.end);
          assert.ok(p.container.range.end <= 65535);
        } else {
          inside(p);
          assert.ok(p.message.length > 0);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
