// NL230: an EndpointSlice's addressType and its addresses: a supported type, 1 to 100 addresses per
// endpoint, each of the slice's family (or a fully qualified domain name in an FQDN slice).

import type { Fix } from '../../types';
import { asMap, asSeq, get, pairOf, renderPath, seqItems, stringAt } from '../../yaml/nodes';
import { replaceScalarValue } from '../../yaml/edits';
import { isTemplatedValue } from '../../yaml/template';
import { resourcesOf } from '../../yaml/resources';
import { parseIp } from '../../net/ip';
import { defineRule } from '../rule';
import { dnsLabelProblems, dnsSubdomainProblems, invalid, required, unsupported } from './k8s-validation';
import { anchorOf, intact, keySpan, kindSpan } from './service-spec';
import { localize } from '../../l10n/localize';

const ADDRESS_TYPES = ['FQDN', 'IPv4', 'IPv6'];
const MAX_ADDRESSES = 100;

/** apimachinery IsFullyQualifiedDomainName, returning the value it complains about and why. */
function fqdnProblem(name: string): { value: string; problem: string } | undefined {
  const trimmed = name.endsWith('.') ? name.slice(0, -1) : name;
  const sub = dnsSubdomainProblems(trimmed);
  if (sub.length > 0) return { value: trimmed, problem: sub.join(',') };
  const labels = trimmed.split('.');
  if (labels.length < 2) return { value: trimmed, problem: 'should be a domain with at least two segments separated by dots' };
  for (const label of labels) {
    const errs = dnsLabelProblems(label);
    if (errs.length > 0) return { value: label, problem: errs.join(',') };
  }
  return undefined;
}

export default defineRule({
  code: 'NL230',
  name: 'endpoint-slice-addresses',
  group: 'kubernetes',
  severity: 'error',
  description: 'An EndpointSlice\'s addressType is IPv4, IPv6 or FQDN, and each endpoint has 1 to 100 addresses of that type.',
  upstream: {
    tool: 'kube-apiserver',
    source: 'pkg/apis/discovery/validation/validation.go ValidateEndpointSlice, validateEndpoints',
    note: 'The family wording is that of 1.32 and earlier (IsValidIPv4Address / IsValidIPv6Address); unparseable addresses get the generic IP message (NL100).',
  },
  fixable: true,
  check(ctx) {
    for (const slice of resourcesOf(ctx.file, ['kubernetes'])) {
      if (slice.kind !== 'EndpointSlice' || slice.group !== 'discovery.k8s.io') continue;
      const type = stringAt(get(slice.root, 'addressType'), ['addressType']);
      if (type && isTemplatedValue(type.value)) continue;
      if (!type || type.value === '') {
        if (!type && !intact(slice)) continue;
        const at = type?.span ?? kindSpan(slice.root);
        if (at) ctx.report({ span: at, message: required('addressType') });
        continue;
      }
      if (!ADDRESS_TYPES.includes(type.value)) {
        const meant = ADDRESS_TYPES.find((t) => t.toLowerCase() === type.value.toLowerCase());
        const fixes: Fix[] = meant ? [{ title: localize('Change to {0}', meant), edits: [replaceScalarValue(type.node, meant)], safe: true }] : [];
        const note = type.value === 'IP' ? ' (the deprecated "IP" type is refused on create)' : '';
        ctx.report({ span: type.span, message: `${unsupported('addressType', type.value, ADDRESS_TYPES)}${note}`, fixes });
        continue;
      }
      for (const endpoint of seqItems(get(slice.root, 'endpoints'), ['endpoints'])) {
        const map = asMap(endpoint.node);
        if (!map) continue;
        const addressesPath = [...endpoint.path, 'addresses'];
        const seq = asSeq(get(map, 'addresses'));
        const count = seq?.items.length ?? 0;
        if (count === 0) {
          if (!seq && !intact(slice)) continue;
          const pair = pairOf(map, 'addresses');
          ctx.report({ span: (pair && keySpan(pair)) ?? anchorOf(map), message: required(addressesPath, 'must contain at least 1 address') });
          continue;
        }
        if (count > MAX_ADDRESSES) {
          const pair = pairOf(map, 'addresses')!;
          ctx.report({ span: keySpan(pair)!, message: `${renderPath(addressesPath)}: Too many: ${count}: must have at most ${MAX_ADDRESSES} items` });
        }
        seq!.items.forEach((node, i) => {
          const address = stringAt(node, [...addressesPath, i]);
          if (!address || isTemplatedValue(address.value)) return;
          if (type.value === 'FQDN') {
            const p = fqdnProblem(address.value);
            if (p) ctx.report({ span: address.span, message: invalid(address.path, p.value, p.problem) });
            return;
          }
          const ip = parseIp(address.value);
          // An address that is no IP at all is the address rules' (NL100); here only the family.
          if (!ip.ok || ip.ip.family === type.value) return;
          ctx.report({ span: address.span, message: invalid(address.path, address.value, `must be a valid ${type.value} address`) });
        });
      }
    }
  },
});
