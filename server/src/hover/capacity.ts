// The address plan of one file in numbers: every CIDR in a known field with its size and, where the field
// says what it is for, the capacity in those terms (allocatable ClusterIPs, nodes × addresses per node).

import type { Span } from '../text/span';
import type { YamlFile } from '../yaml/parse';
import { renderPath } from '../yaml/nodes';
import { addressValues } from '../rules/address/fields';
import { addressCount, nthAddress, parseCidr, usableHostCount } from '../net/cidr';
import { roleOf } from './role';

export interface CapacityLine {
  readonly span: Span;
  readonly field: string;
  readonly cidr: string;
  readonly family: 'IPv4' | 'IPv6';
  readonly addresses: bigint;
  readonly usable: bigint;
  /** One sentence in the field's own terms, when the field has a role. */
  readonly meaning?: string;
}

export function capacitiesOf(file: YamlFile): CapacityLine[] {
  const out: CapacityLine[] = [];
  for (const value of addressValues(file)) {
    if (value.field.type !== 'cidr') continue;
    const parsed = parseCidr(value.text);
    if (!parsed.ok) continue;
    const cidr = parsed.cidr;
    const total = addressCount(cidr);
    const context = roleOf(value);
    let meaning: string | undefined;
    if (context.role === 'service') {
      let allocatable = cidr.family === 'IPv4' ? total - 2n : total - 1n;
      const cap = (1n << 64n) - 1n;
      if (allocatable > cap) allocatable = cap;
      if (allocatable < 0n) allocatable = 0n;
      const api = nthAddress(cidr, 1n)?.canonical;
      const dns = nthAddress(cidr, 10n)?.canonical;
      meaning = `${allocatable.toLocaleString('en-US')} allocatable ClusterIPs; kubernetes.default ${api ?? '-'}, cluster DNS ${dns ?? '-'}`;
    } else if (context.role === 'pod') {
      const mask = context.nodeMask ?? (cidr.family === 'IPv4' ? 24 : 64);
      meaning = mask >= cidr.prefix && mask <= cidr.bits
        ? `${(1n << BigInt(mask - cidr.prefix)).toLocaleString('en-US')} nodes × ${(1n << BigInt(cidr.bits - mask)).toLocaleString('en-US')} addresses per node (/${mask})`
        : `the node mask /${mask} does not fit inside /${cidr.prefix}`;
    }
    out.push({
      span: value.span,
      field: value.field.label ?? renderPath(value.path),
      cidr: cidr.canonical,
      family: cidr.family,
      addresses: total,
      usable: usableHostCount(cidr),
      ...(meaning ? { meaning } : {}),
    });
  }
  return out;
}
