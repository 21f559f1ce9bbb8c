// Typed view of MetalLB IPAddressPools (metallb.io), with addresses parsed as MetalLB's config.ParseCIDR does.

import type { YamlFile } from '../../yaml/parse';
import { get, getIn, seqItems, stringAt, type Located } from '../../yaml/nodes';
import { resourcesOf, type Resource } from '../../yaml/resources';
import { isTemplatedValue } from '../../yaml/template';
import { cidrOf, type Cidr } from '../../net/cidr';
import { parseGoIp, type IpAddress } from '../../net/ip';
import { rangeToCidrs } from '../../net/range';

export const METALLB_GROUP = 'metallb.io';

export type MetalLbAddress =
  | { readonly ok: true; readonly value: Located<string>; readonly cidrs: readonly Cidr[]; readonly count: bigint; readonly hostBits?: Cidr; readonly mixed?: true }
  | { readonly ok: false; readonly value: Located<string>; readonly error: string };

/** Go's net.ParseCIDR: address (Go 1.17+ rules, no leading zeros) and a decimal prefix within the family's bits. */
function goParseCidr(text: string): { written: IpAddress; cidr: Cidr } | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const ip = parseGoIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (!ip || !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  const bits = ip.family === 'IPv4' ? 32 : 128;
  // Go reads "::ffff:1.2.3.4/120" with the IPv6 bit length; only plain IPv4 text has 32 bits.
  const v6Text = text.slice(0, slash).includes(':');
  const max = v6Text ? 128 : bits;
  if (prefix > max) return undefined;
  const effective = v6Text && ip.family === 'IPv4' ? prefix - 96 : prefix;
  if (effective < 0) return undefined;
  return { written: ip, cidr: cidrOf(ip, effective) };
}

/** MetalLB `config.ParseCIDR` with its error texts. */
export function parseMetalLbAddress(value: Located<string>): MetalLbAddress {
  const text = value.value;
  if (!text.includes('-')) {
    const parsed = goParseCidr(text);
    if (!parsed) return { ok: false, value, error: `invalid CIDR ${JSON.stringify(text)}` };
    const hostBits = parsed.written.value !== parsed.cidr.network.value ? parsed.cidr : undefined;
    return { ok: true, value, cidrs: [parsed.cidr], count: 1n << BigInt(parsed.cidr.bits - parsed.cidr.prefix), ...(hostBits ? { hostBits } : {}) };
  }
  const dash = text.indexOf('-');
  const startText = text.slice(0, dash);
  const endText = text.slice(dash + 1);
  const start = parseGoIp(startText.trim());
  if (!start) return { ok: false, value, error: `invalid IP range ${JSON.stringify(text)}: invalid start IP ${JSON.stringify(startText)}` };
  const end = parseGoIp(endText.trim());
  if (!end) return { ok: false, value, error: `invalid IP range ${JSON.stringify(text)}: invalid end IP ${JSON.stringify(endText)}` };
  // bytes.Compare on 16-byte forms: an IPv4 address (::ffff:a.b.c.d) sorts before most IPv6 addresses.
  const key = (ip: IpAddress): bigint => (ip.family === 'IPv4' ? (0xffffn << 32n) | ip.value : ip.value);
  if (key(start) > key(end)) {
    return { ok: false, value, error: `invalid IP range ${JSON.stringify(text)}: start IP ${JSON.stringify(start.canonical)} is after the end IP ${JSON.stringify(end.canonical)}` };
  }
  if (start.family !== end.family) return { ok: true, value, cidrs: [], count: 0n, mixed: true };
  return { ok: true, value, cidrs: rangeToCidrs(start, end), count: end.value - start.value + 1n };
}

export interface MetalLbPool {
  readonly resource: Resource;
  readonly name?: Located<string>;
  readonly namespace?: string;
  readonly addresses: readonly MetalLbAddress[];
}

export function metalLbPools(file: YamlFile): MetalLbPool[] {
  return resourcesOf(file)
    .filter((r) => r.group === METALLB_GROUP && r.kind === 'IPAddressPool')
    .map((resource) => {
      const name = stringAt(getIn(resource.root, ['metadata', 'name']), ['metadata', 'name']);
      const namespace = stringAt(getIn(resource.root, ['metadata', 'namespace']), ['metadata', 'namespace'])?.value;
      const list = get(get(resource.root, 'spec'), 'addresses');
      const addresses: MetalLbAddress[] = [];
      for (const item of seqItems(list, ['spec', 'addresses'])) {
        const value = stringAt(item.node, item.path);
        if (!value || isTemplatedValue(value.value)) continue;
        addresses.push(parseMetalLbAddress(value));
      }
      return { resource, ...(name ? { name } : {}), ...(namespace !== undefined ? { namespace } : {}), addresses };
    });
}
