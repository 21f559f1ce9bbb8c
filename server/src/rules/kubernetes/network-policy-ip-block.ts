// NL228: a NetworkPolicy peer: it must name something, an ipBlock stands alone and needs a cidr, and each
// except entry must be a strict subset of that cidr.

import type { Fix } from '../../types';
import { asMap, asSeq, get, stringAt } from '../../yaml/nodes';
import { removeSeqItem } from '../../yaml/edits';
import { isTemplatedValue } from '../../yaml/template';
import { containsCidr, overlaps, parseCidr } from '../../net/cidr';
import { defineRule } from '../rule';
import { forbidden, invalid, required } from './k8s-validation';
import { networkPolicies, policyPeers } from './network-policy';
import { anchorOf, intact } from './service-spec';
import { localize } from '../../l10n/localize';

export default defineRule({
  code: 'NL228',
  name: 'network-policy-ip-block',
  group: 'kubernetes',
  severity: 'error',
  description: 'A NetworkPolicy peer must specify something; an ipBlock cannot be combined with selectors, needs a cidr, and every except entry must lie strictly inside that cidr (and so be of its family).',
  upstream: { tool: 'kube-apiserver', source: 'pkg/apis/networking/validation/validation.go ValidateNetworkPolicyPeer, ValidateIPBlock' },
  fixable: true,
  check(ctx) {
    for (const policy of networkPolicies(ctx.file)) {
      for (const peer of policyPeers(policy)) {
        const keys = peer.node.items.map((p) => String((p.key as { value?: unknown } | null)?.value ?? ''));
        const ipBlock = asMap(get(peer.node, 'ipBlock'));
        const selectors = keys.filter((k) => k === 'podSelector' || k === 'namespaceSelector');
        if (!ipBlock && selectors.length === 0) {
          if (!keys.includes('ipBlock') && intact(policy)) ctx.report({ span: anchorOf(peer.node), message: required(peer.path, 'must specify a peer') });
          continue;
        }
        if (!ipBlock) continue;
        if (selectors.length > 0) {
          ctx.report({ span: anchorOf(peer.node), message: forbidden(peer.path, 'may not specify both ipBlock and another peer') });
        }
        const path = [...peer.path, 'ipBlock'];
        const cidr = stringAt(get(ipBlock, 'cidr'), [...path, 'cidr']);
        if (!cidr || cidr.value === '') {
          if (cidr || intact(policy)) ctx.report({ span: cidr?.span ?? anchorOf(ipBlock), message: required([...path, 'cidr']) });
          continue;
        }
        if (isTemplatedValue(cidr.value)) continue;
        const outer = parseCidr(cidr.value);
        // An unparseable cidr has its own error (NL101); upstream checks no except entry then.
        if (!outer.ok) continue;
        const exceptSeq = asSeq(get(ipBlock, 'except'));
        exceptSeq?.items.forEach((node, i) => {
          const except = stringAt(node, [...path, 'except', i]);
          if (!except || isTemplatedValue(except.value)) return;
          const inner = parseCidr(except.value);
          if (!inner.ok) return;
          // Strict subset: the except network inside cidr, with a longer prefix (ParseCIDRSloppy masks host bits).
          if (containsCidr(outer.cidr, inner.cidr) && inner.cidr.prefix > outer.cidr.prefix) return;
          const edit = removeSeqItem(ctx.file.text, exceptSeq, i);
          // Dropping an entry that shares no address with cidr excludes nothing today; one that covers cidr would widen the policy.
          const disjoint = !overlaps(outer.cidr, inner.cidr);
          const fixes: Fix[] = edit ? [{ title: localize('Remove except entry {0}', except.value), edits: [edit], safe: disjoint }] : [];
          const why = inner.cidr.family !== outer.cidr.family ? ` (${inner.cidr.family} inside an ${outer.cidr.family} cidr)` :
            disjoint ? ` (outside ${outer.cidr.canonical})` : ` (not smaller than ${outer.cidr.canonical})`;
          ctx.report({ span: except.span, message: `${invalid(except.path, except.value, 'must be a strict subset of `cidr`')}${why}`, fixes });
        });
      }
    }
  },
});
