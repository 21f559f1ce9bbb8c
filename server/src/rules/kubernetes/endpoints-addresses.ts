// NL231: an Endpoints subset without addresses, or an address without an ip.

import { asMap, asSeq, get, seqItems } from '../../yaml/nodes';
import { resourcesOf } from '../../yaml/resources';
import { defineRule } from '../rule';
import { invalid, required } from './k8s-validation';
import { anchorOf, intact } from './service-spec';

export default defineRule({
  code: 'NL231',
  name: 'endpoints-addresses',
  group: 'kubernetes',
  severity: 'error',
  description: 'Each subset of an Endpoints object needs addresses or notReadyAddresses, and each address an ip.',
  upstream: { tool: 'kube-apiserver', source: 'pkg/apis/core/validation/validation.go validateEndpointSubsets, validateEndpointAddress' },
  fixable: false,
  check(ctx) {
    for (const r of resourcesOf(ctx.file, ['kubernetes'])) {
      if (r.kind !== 'Endpoints' || r.group !== '' || !intact(r)) continue;
      for (const subset of seqItems(get(r.root, 'subsets'), ['subsets'])) {
        const map = asMap(subset.node);
        if (!map) continue;
        const ready = asSeq(get(map, 'addresses'))?.items.length ?? 0;
        const notReady = asSeq(get(map, 'notReadyAddresses'))?.items.length ?? 0;
        if (ready === 0 && notReady === 0) {
          ctx.report({ span: anchorOf(map), message: required(subset.path, 'must specify `addresses` or `notReadyAddresses`') });
        }
        for (const list of ['addresses', 'notReadyAddresses'] as const) {
          for (const address of seqItems(get(map, list), [...subset.path, list])) {
            const node = asMap(address.node);
            // A present ip is the address rules' (NL100, NL222); a missing one is an empty string upstream.
            if (!node || get(node, 'ip') !== undefined) continue;
            ctx.report({ span: anchorOf(node), message: `${invalid([...address.path, 'ip'], '', 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)')} (ip is missing)` });
          }
        }
      }
    }
  },
});
