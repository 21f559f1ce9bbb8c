// Typed view of Calico IPPools (projectcalico.org/v3 through calicoctl or the Calico API server, crd.projectcalico.org/v1 raw).

import { isScalar } from 'yaml';
import type { Span } from '../../text/span';
import type { YamlFile } from '../../yaml/parse';
import type { Severity } from '../../types';
import { get, getIn, stringAt, type Located } from '../../yaml/nodes';
import { resourcesOf, type Resource } from '../../yaml/resources';
import { isTemplatedValue } from '../../yaml/template';
import { cidrOf, parseCidr, type Cidr } from '../../net/cidr';
import { parseIp, type IpAddress } from '../../net/ip';

export const CALICO_GROUPS = ['projectcalico.org', 'crd.projectcalico.org'];

export interface CalicoPool {
  readonly resource: Resource;
  readonly name: string;
  readonly cidr?: Located<string>;
  /** `cnet.ParseCIDROrIP`: a CIDR, or a bare IP read as /32 or /128. */
  readonly parsed?: { readonly written: IpAddress; readonly cidr: Cidr };
  readonly blockSize?: { readonly value: number; readonly span: Span };
  readonly disabled: boolean;
  readonly ipipMode?: Located<string>;
  readonly vxlanMode?: Located<string>;
}

/**
 * Calico's checks run in calicoctl and the Calico API server (projectcalico.org/v3); a crd.projectcalico.org
 * object applied with kubectl skips them, and Calico IPAM then misbehaves instead: a warning there.
 */
export function calicoSeverity(pool: CalicoPool): Severity {
  return pool.resource.group === 'projectcalico.org' ? 'error' : 'warning';
}

export function calicoPools(file: YamlFile): CalicoPool[] {
  return resourcesOf(file)
    .filter((r) => CALICO_GROUPS.includes(r.group) && r.kind === 'IPPool')
    .map((resource) => {
      const spec = get(resource.root, 'spec');
      const name = stringAt(getIn(resource.root, ['metadata', 'name']), ['metadata', 'name'])?.value ?? '';
      const cidr = stringAt(get(spec, 'cidr'), ['spec', 'cidr']);
      let parsed: CalicoPool['parsed'];
      if (cidr && !isTemplatedValue(cidr.value)) {
        const p = parseCidr(cidr.value);
        // Go's net.ParseCIDR (cnet) refuses leading zeros that the Kubernetes parser reads.
        if (p.ok && !p.issues.some((i) => i.kind === 'leading-zeros')) parsed = { written: p.cidr.address, cidr: p.cidr };
        else if (p.ok) parsed = undefined;
        else {
          const ip = parseIp(cidr.value);
          if (ip.ok) parsed = { written: ip.ip, cidr: cidrOf(ip.ip, ip.ip.family === 'IPv4' ? 32 : 128) };
        }
      }
      const bs = get(spec, 'blockSize');
      const blockSize = isScalar(bs) && typeof bs.value === 'number' && Number.isInteger(bs.value) && bs.range
        ? { value: bs.value, span: { start: bs.range[0], end: bs.range[1] } }
        : undefined;
      const disabled = getIn(spec, ['disabled']);
      const ipipMode = stringAt(get(spec, 'ipipMode'), ['spec', 'ipipMode']);
      const vxlanMode = stringAt(get(spec, 'vxlanMode'), ['spec', 'vxlanMode']);
      return {
        resource,
        name,
        ...(cidr ? { cidr } : {}),
        ...(parsed ? { parsed } : {}),
        ...(blockSize ? { blockSize } : {}),
        disabled: isScalar(disabled) && disabled.value === true,
        ...(ipipMode ? { ipipMode } : {}),
        ...(vxlanMode ? { vxlanMode } : {}),
      };
    });
}

/** The block size Calico uses: the written one, else 26 (IPv4) or 122 (IPv6). */
export function effectiveBlockSize(pool: CalicoPool): number | undefined {
  if (pool.blockSize) return pool.blockSize.value;
  if (!pool.parsed) return undefined;
  return pool.parsed.cidr.family === 'IPv4' ? 26 : 122;
}

/** calicoctl's error format: `error with field IPPool.Spec.CIDR = '10.0.0.1/24' (reason)`. */
export function calicoError(field: string, value: string | number, reason: string): string {
  return `error with field ${field} = '${value}' (${reason})`;
}

/** The message for a pool: calicoctl's text, and for a raw CRD what skipping the check means. */
export function poolMessage(pool: CalicoPool, message: string): string {
  return pool.resource.group === 'projectcalico.org'
    ? message
    : `${message}; kubectl stores crd.projectcalico.org objects without this check, so Calico IPAM meets the problem at run time`;
}
