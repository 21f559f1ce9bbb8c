// The exact text of address hovers: every row kind, each way a range is named (block and RFC, block alone, RFC
// alone, several ranges), counts with and without a power of two, and the service and pod rows.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addressFacts } from '../../server/src/hover/hover';
import type { CidrContext } from '../../server/src/hover/facts';

/** A hover as the reader sees it: the title line, a blank line, then a two-column table. */
function table(title: string, rows: readonly (readonly [string, string])[]): string {
  return [title, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}

const cases: [text: string, context: CidrContext | undefined, title: string, rows: [string, string][]][] = [
  ['8.8.8.8', undefined, '**`8.8.8.8`** — IPv4 address', [['family', 'IPv4'], ['range', 'global unicast']]],
  ['10.0.0.010', undefined, '**`10.0.0.010`** — IPv4 address', [['family', 'IPv4'], ['canonical', '`10.0.0.10`'], ['range', 'private-use (RFC 1918) (`10.0.0.0/8`)']]],
  ['127.0.0.1', undefined, '**`127.0.0.1`** — IPv4 address', [['family', 'IPv4'], ['range', 'loopback (`127.0.0.0/8`, RFC 1122)']]],
  ['2001:db8::1', undefined, '**`2001:db8::1`** — IPv6 address', [['family', 'IPv6'], ['range', 'documentation (RFC 3849) (`2001:db8::/32`)']]],
  ['2001:DB8::1', undefined, '**`2001:DB8::1`** — IPv6 address', [['family', 'IPv6'], ['canonical', '`2001:db8::1`'], ['range', 'documentation (RFC 3849) (`2001:db8::/32`)']]],
  ['4000::1', undefined, '**`4000::1`** — IPv6 address', [['family', 'IPv6'], ['range', 'reserved by IETF (`4000::/3`, RFC 4291)']]],
  ['::ffff:10.0.0.1', undefined, '**`::ffff:10.0.0.1`** — IPv4 address', [['family', 'IPv4'], ['canonical', '`10.0.0.1`'], ['range', 'private-use (RFC 1918) (`10.0.0.0/8`)']]],
  ['10.244.0.0/16', undefined, '**`10.244.0.0/16`** — IPv4 CIDR', [['family', 'IPv4'], ['first – last', '`10.244.0.0` – `10.244.255.255`'], ['addresses', '65,536 (2^16)'], ['usable hosts', '65,534'], ['range', 'private-use (RFC 1918) (`10.0.0.0/8`)']]],
  ['8.8.8.0/24', undefined, '**`8.8.8.0/24`** — IPv4 CIDR', [['family', 'IPv4'], ['first – last', '`8.8.8.0` – `8.8.8.255`'], ['addresses', '256 (2^8)'], ['usable hosts', '254'], ['range', 'global unicast']]],
  ['192.0.0.0/16', undefined, '**`192.0.0.0/16`** — IPv4 CIDR', [['family', 'IPv4'], ['first – last', '`192.0.0.0` – `192.0.255.255`'], ['addresses', '65,536 (2^16)'], ['usable hosts', '65,534'], ['range', 'several ranges (`192.0.0.0/16`): global unicast, IETF protocol assignments, documentation (RFC 5737)']]],
  ['0.0.0.0/0', undefined, '**`0.0.0.0/0`** — IPv4 CIDR', [['family', 'IPv4'], ['first – last', '`0.0.0.0` – `255.255.255.255`'], ['addresses', '4,294,967,296 (2^32)'], ['usable hosts', '4,294,967,294'], ['range', 'several ranges (`0.0.0.0/0`): global unicast, "this network", private-use (RFC 1918), shared address space / CGNAT (RFC 6598), loopback, link-local, private-use (RFC 1918), IETF protocol assignments, documentation (RFC 5737), AS112-v4, AMT, deprecated 6to4 relay anycast, private-use (RFC 1918), direct delegation AS112 service, benchmarking (RFC 2544), documentation (RFC 5737), documentation (RFC 5737), multicast, reserved for future use']]],
  ['2001::/22', undefined, '**`2001::/22`** — IPv6 CIDR', [['family', 'IPv6'], ['first – last', '`2001::` – `2001:3ff:ffff:ffff:ffff:ffff:ffff:ffff`'], ['addresses', '81,129,638,414,606,681,695,789,005,144,064 (2^106)'], ['usable hosts', '81,129,638,414,606,681,695,789,005,144,064 (2^106)'], ['range', 'several ranges (`2001::/22`): global unicast, IETF protocol assignments']]],
  ['fe00::/8', undefined, '**`fe00::/8`** — IPv6 CIDR', [['family', 'IPv6'], ['first – last', '`fe00::` – `feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff`'], ['addresses', '1,329,227,995,784,915,872,903,807,060,280,344,576 (2^120)'], ['usable hosts', '1,329,227,995,784,915,872,903,807,060,280,344,576 (2^120)'], ['range', 'several ranges (`fe00::/8`): link-local, site-local (deprecated, RFC 3879), reserved by IETF']]],
  ['10.0.0.5/31', undefined, '**`10.0.0.5/31`** — IPv4 CIDR', [['family', 'IPv4'], ['network', '`10.0.0.4/31`'], ['first – last', '`10.0.0.4` – `10.0.0.5`'], ['addresses', '2 (2^1)'], ['usable hosts', '2 (2^1)'], ['range', 'private-use (RFC 1918) (`10.0.0.0/8`)']]],
  ['10.0.0.5/32', undefined, '**`10.0.0.5/32`** — IPv4 CIDR', [['family', 'IPv4'], ['first – last', '`10.0.0.5` – `10.0.0.5`'], ['addresses', '1 (2^0)'], ['usable hosts', '1 (2^0)'], ['range', 'private-use (RFC 1918) (`10.0.0.0/8`)']]],
  ['2001:db8:4f::/48', undefined, '**`2001:db8:4f::/48`** — IPv6 CIDR', [['family', 'IPv6'], ['first – last', '`2001:db8:4f::` – `2001:db8:4f:ffff:ffff:ffff:ffff:ffff`'], ['addresses', '1,208,925,819,614,629,174,706,176 (2^80)'], ['usable hosts', '1,208,925,819,614,629,174,706,176 (2^80)'], ['range', 'documentation (RFC 3849) (`2001:db8::/32`)']]],
  ['fd00::/108', undefined, '**`fd00::/108`** — IPv6 CIDR', [['family', 'IPv6'], ['first – last', '`fd00::` – `fd00::f:ffff`'], ['addresses', '1,048,576 (2^20)'], ['usable hosts', '1,048,576 (2^20)'], ['range', 'unique local (ULA, RFC 4193) (`fc00::/7`)']]],
  ['10.96.0.0/12', {role: 'service'}, '**`10.96.0.0/12`** — IPv4 CIDR', [['family', 'IPv4'], ['first – last', '`10.96.0.0` – `10.111.255.255`'], ['addresses', '1,048,576 (2^20)'], ['usable hosts', '1,048,574'], ['range', 'private-use (RFC 1918) (`10.0.0.0/8`)'], ['allocatable ClusterIPs', '1,048,574'], ['`kubernetes.default`', '`10.96.0.1` (index 1)'], ['cluster DNS (kubeadm)', '`10.96.0.10` (index 10)']]],
  ['fd00:10:96::/108', {role: 'service'}, '**`fd00:10:96::/108`** — IPv6 CIDR', [['family', 'IPv6'], ['first – last', '`fd00:10:96::` – `fd00:10:96::f:ffff`'], ['addresses', '1,048,576 (2^20)'], ['usable hosts', '1,048,576 (2^20)'], ['range', 'unique local (ULA, RFC 4193) (`fc00::/7`)'], ['allocatable ClusterIPs', '1,048,575'], ['before 1.34 (bitmap allocator)', '65,535 (IPv6 ranges are capped at 65,536 slots)'], ['`kubernetes.default`', '`fd00:10:96::1` (index 1)'], ['cluster DNS (kubeadm)', '`fd00:10:96::a` (index 10)']]],
  ['fd00:10:96::/64', {role: 'service',secondary: true}, '**`fd00:10:96::/64`** — IPv6 CIDR', [['family', 'IPv6'], ['first – last', '`fd00:10:96::` – `fd00:10:96:0:ffff:ffff:ffff:ffff`'], ['addresses', '18,446,744,073,709,551,616 (2^64)'], ['usable hosts', '18,446,744,073,709,551,616 (2^64)'], ['range', 'unique local (ULA, RFC 4193) (`fc00::/7`)'], ['allocatable ClusterIPs', '18,446,744,073,709,551,615'], ['before 1.34 (bitmap allocator)', '65,535 (IPv6 ranges are capped at 65,536 slots)'], ['`kubernetes.default`, cluster DNS', 'from the first (primary) range of the list']]],
  ['10.244.0.0/16', {role: 'pod'}, '**`10.244.0.0/16`** — IPv4 CIDR', [['family', 'IPv4'], ['first – last', '`10.244.0.0` – `10.244.255.255`'], ['addresses', '65,536 (2^16)'], ['usable hosts', '65,534'], ['range', 'private-use (RFC 1918) (`10.0.0.0/8`)'], ['node mask', '/24'], ['nodes × addresses per node', '256 (2^8) × 256 (2^8)']]],
  ['10.244.0.0/16', {role: 'pod',nodeMask: 26,nodeMaskSource: 'kube-controller-manager --node-cidr-mask-size-ipv4'}, '**`10.244.0.0/16`** — IPv4 CIDR', [['family', 'IPv4'], ['first – last', '`10.244.0.0` – `10.244.255.255`'], ['addresses', '65,536 (2^16)'], ['usable hosts', '65,534'], ['range', 'private-use (RFC 1918) (`10.0.0.0/8`)'], ['node mask', '/26 (kube-controller-manager --node-cidr-mask-size-ipv4)'], ['nodes × addresses per node', '1,024 (2^10) × 64 (2^6)']]],
  ['fd00:10:244::/56', {role: 'pod',unit: 'block'}, '**`fd00:10:244::/56`** — IPv6 CIDR', [['family', 'IPv6'], ['first – last', '`fd00:10:244::` – `fd00:10:244:ff:ffff:ffff:ffff:ffff`'], ['addresses', '4,722,366,482,869,645,213,696 (2^72)'], ['usable hosts', '4,722,366,482,869,645,213,696 (2^72)'], ['range', 'unique local (ULA, RFC 4193) (`fc00::/7`)'], ['block size', '/64'], ['blocks × addresses per block', '256 (2^8) × 18,446,744,073,709,551,616 (2^64)']]],
  ['10.244.0.0/16', {role: 'pod',nodeMask: 8}, '**`10.244.0.0/16`** — IPv4 CIDR', [['family', 'IPv4'], ['first – last', '`10.244.0.0` – `10.244.255.255`'], ['addresses', '65,536 (2^16)'], ['usable hosts', '65,534'], ['range', 'private-use (RFC 1918) (`10.0.0.0/8`)'], ['node mask', '/8 does not fit inside /16']]],
  ['10.0.0.1-10.0.0.254', undefined, '**`10.0.0.1-10.0.0.254`** — IPv4 address range', [['first – last', '`10.0.0.1` – `10.0.0.254`'], ['addresses', '254'], ['range', 'private-use (RFC 1918)']]],
  ['2001:db8::1-2001:db8::ff', undefined, '**`2001:db8::1-2001:db8::ff`** — IPv6 address range', [['first – last', '`2001:db8::1` – `2001:db8::ff`'], ['addresses', '255'], ['range', 'documentation (RFC 3849)']]],
];

describe('address hover text', () => {
  for (const [text, context, title, rows] of cases) {
    it(`${text}${context ? ` as ${JSON.stringify(context)}` : ''}`, () => {
      assert.equal(addressFacts(text, context), table(title, rows));
    });
  }
  it('no hover for text that is no address, block or range', () => {
    for (const text of ['', '10.0.0', '10.0.0.0/33', 'web', '10.0.0.9-10.0.0.1']) assert.equal(addressFacts(text), undefined, text);
  });
});
