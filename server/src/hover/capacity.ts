// The address plan of one file in numbers: every CIDR in a known field with its size and, where the field
// says what it is for, the capacity in those terms (allocatable ClusterIPs, nodes × addresses per node).

import type { Span } from '../text/span';
import type { YamlFile } from '../yaml/parse';
import { renderPath } from '../yaml/nodes';
import { addressValues } from '../rules/address/fields';
import { addressCount, nthAddress, parseCidr, usableHostCount } from '../net/cidr';
import { formatCountWithPower } from '../net/format';
import { poolCapacities } from '../rules/cluster/cluster-hover';
import { allocatableClusterIps, perNodeSplit } from './facts';
import { roleOf } from './role';
import { localize } from '../l10n/localize';

export interface CapacityLine {
  readonly span: Span;
  readonly field: string;
  readonly cidr: string;
  readonly family: 'IPv4' | 'IPv6';
  readonly addresses: bigint;
  readonly usable: bigint;
  /** One sentence in the field's own terms, when the field has a role. */
  readonly meaning?: string;
  /** The same in a few words, for an inlay hint after the value (`256 nodes × 256`). */
  readonly hint?: string;
}

function short(n: bigint): string {
  return formatCountWithPower(n);
}

export function capacitiesOf(file: YamlFile): CapacityLine[] {
  const out: CapacityLine[] = [];
  for (const value of addressValues(file)) {
    if (value.field.type !== 'cidr') continue;
    const parsed = parseCidr(value.text);
    if (!parsed.ok) continue;
    const cidr = parsed.cidr;
    const total = addressCount(cidr);
    const context = roleOf(value, file);
    let meaning: string | undefined;
    let hint: string | undefined;
    if (context.role === 'service') {
      const allocatable = allocatableClusterIps(cidr).current;
      if (context.secondary) {
        meaning = localize('{0} allocatable ClusterIPs (secondary range)', allocatable.toLocaleString('en-US'));
      } else {
        const api = nthAddress(cidr, 1n)?.canonical;
        const dns = nthAddress(cidr, 10n)?.canonical;
        meaning = localize('{0} allocatable ClusterIPs; kubernetes.default {1}, cluster DNS {2}', allocatable.toLocaleString('en-US'), api ?? '-', dns ?? '-');
      }
      hint = localize('{0} ClusterIPs', short(allocatable));
    } else if (context.role === 'pod') {
      const mask = context.nodeMask ?? (cidr.family === 'IPv4' ? 24 : 64);
      const split = perNodeSplit(cidr, mask);
      const unit = context.unit === 'block' ? 'block' : 'node';
      if (unit === 'node') {
        meaning = split
          ? localize('{0} nodes × {1} addresses per node (/{2})', split.units.toLocaleString('en-US'), split.perUnit.toLocaleString('en-US'), mask)
          : localize('the node mask /{0} does not fit inside /{1}', mask, cidr.prefix);
        hint = split ? localize('{0} nodes × {1}', short(split.units), short(split.perUnit)) : localize('/{0} does not fit', mask);
      } else {
        meaning = split
          ? localize('{0} blocks × {1} addresses per block (/{2})', split.units.toLocaleString('en-US'), split.perUnit.toLocaleString('en-US'), mask)
          : localize('the block size /{0} does not fit inside /{1}', mask, cidr.prefix);
        hint = split ? localize('{0} blocks × {1}', short(split.units), short(split.perUnit)) : localize('/{0} does not fit', mask);
      }
    }
    out.push({
      span: value.span,
      field: value.field.label ?? renderPath(value.path),
      cidr: cidr.canonical,
      family: cidr.family,
      addresses: total,
      usable: usableHostCount(cidr),
      ...(meaning ? { meaning } : {}),
      ...(hint ? { hint } : {}),
    });
  }
  out.push(...poolCapacities(file));
  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}
