// NL222: an external IP or endpoint address in a range no endpoint can be in: unspecified, loopback,
// link-local or link-local multicast.

import { getIn, renderPath, stringAt } from '../../yaml/nodes';
import { cleanIpv4Value, parseIp } from '../../net/ip';
import { addressValues, type AddressValue } from '../address/fields';
import { atLeast, defineRule } from '../rule';
import { invalid, specialIpProblem } from './k8s-validation';

/** The first octets of the IPv4 ranges specialIpProblem names (0.0.0.0 is in 0/8). */
const SPECIAL_FIRST_OCTETS = new Set([0, 127, 169, 224]);

/** The fields ValidateNonSpecialIP guards: Service externalIPs, Endpoints addresses, EndpointSlice addresses. */
function guarded(v: AddressValue): boolean {
  const path = v.field.path;
  if (v.resource.kind === 'Service') return path[1] === 'externalIPs';
  if (v.resource.kind === 'Endpoints') return path[0] === 'subsets';
  if (v.resource.kind === 'EndpointSlice') return path[0] === 'endpoints';
  return false;
}

export default defineRule({
  code: 'NL222',
  name: 'non-special-ip',
  group: 'kubernetes',
  severity: 'error',
  description: 'Service externalIPs and Endpoints / EndpointSlice addresses may not be unspecified, loopback, link-local or link-local multicast addresses.',
  upstream: {
    tool: 'kube-apiserver',
    source: 'pkg/apis/core/validation/validation.go ValidateNonSpecialIP (ValidateService, validateEndpointAddress); pkg/apis/discovery/validation',
  },
  fixable: false,
  check(ctx) {
    const strict = atLeast(ctx.settings, 36);
    for (const v of addressValues(ctx.file)) {
      if (!guarded(v)) continue;
      // A cleanly written IPv4 address outside 0/8, 127/8, 169.254/16 and 224.0.0/24 has nothing to report: most
      // addresses of a big list are such, and need no parse.
      const clean = cleanIpv4Value(v.text);
      if (clean >= 0 && !SPECIAL_FIRST_OCTETS.has(Math.floor(clean / 2 ** 24))) continue;
      const parsed = parseIp(v.text);
      // Only a valid address gets this check; an invalid one already has its own error.
      if (!parsed.ok) continue;
      if (strict && parsed.issues.some((i) => i.kind === 'leading-zeros' || i.kind === 'ipv4-mapped')) continue;
      if (v.resource.kind === 'EndpointSlice') {
        // A slice checks the family first; an address of the wrong family is that error, not this one.
        const addressType = stringAt(getIn(v.resource.root, ['addressType']), ['addressType'])?.value;
        if (addressType !== parsed.ip.family) continue;
      }
      const problem = specialIpProblem(parsed.ip, v.text);
      if (problem) ctx.report({ span: v.span, message: invalid(renderPath(v.path), v.text, problem) });
    }
  },
});
