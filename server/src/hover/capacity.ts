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
        meaning = `${allocatable.toLocaleString('en-US')} allocatable ClusterIPs (secondary range)`;
      } else {
        const api = nthAddress(cidr, 1n)?.canonical;
        const dns = nthAddress(cidr, 10n)?.canonical;
        meaning = `${allocatable.toLocaleString('en-US')} allocatable ClusterIPs; kubernetes.default ${api ?? '-'}, cluster DNS ${dns ?? '-'}`;
      }
      hint = `${short(allocatable)} ClusterIPs`;
    } else if (context.role === 'pod') {
      const mask = context.nodeMask ?? (cidr.family === 'IPv4' ? 24 : 64);
      const split = perNodeSplit(cidr, mask);
      const unit = context.unit === 'block' ? 'block' : 'node';
      meaning = split
        ? `${split.units.toLocaleString('en-US')} ${unit}s × ${split.perUnit.toLocaleString('en-US')} addresses per ${unit} (/${mask})`
        : `the ${unit === 'node' ? 'node mask' : 'block size'} /${mask} does not fit inside /${cidr.prefix}`;
      hint = split ? `${short(split.units)} ${unit}s × ${short(split.perUnit)}` : `/${mask} does not fit`;
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
