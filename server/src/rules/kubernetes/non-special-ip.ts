// NL222: an external IP or endpoint address in a range no endpoint can be in: unspecified, loopback,
// link-local or link-local multicast.

import { getIn, renderPath, stringAt } from '../../yaml/nodes';
import { cleanIpv4Value, parseIp, type Family } from '../../net/ip';
import { addressValues, type AddressValue } from '../address/fields';
import { atLeast, defineRule } from '../rule';
import { invalid, specialIpProblem, specialIpv4Problem } from './k8s-validation';

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
      // A cleanly written IPv4 address (most addresses of a big list) is judged by its value, without a parse.
      const clean = cleanIpv4Value(v.text);
      let family: Family = 'IPv4';
      let problem: string | undefined;
      if (clean >= 0) {
        problem = specialIpv4Problem(clean, v.text);
      } else {
        const parsed = parseIp(v.text);
        // Only a valid address gets this check; an invalid one already has its own error.
        if (!parsed.ok) continue;
        if (strict && parsed.issues.some((i) => i.kind === 'leading-zeros' || i.kind === 'ipv4-mapped')) continue;
        family = parsed.ip.family;
        problem = specialIpProblem(parsed.ip, v.text);
      }
      if (!problem) continue;
      if (v.resource.kind === 'EndpointSlice') {
        // A slice checks the family first; an address of the wrong family is that error, not this one.
        const addressType = stringAt(getIn(v.resource.root, ['addressType']), ['addressType'])?.value;
        if (addressType !== family) continue;
      }
      ctx.report({ span: v.span, message: invalid(renderPath(v.path), v.text, problem) });
    }
  },
});
