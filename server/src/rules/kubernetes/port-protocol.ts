// NL223: a port protocol other than TCP, UDP or SCTP (the case matters), wherever a port has one.

import type { Fix } from '../../types';
import { asMap, get, seqItems, stringAt, type FieldPath, type Located } from '../../yaml/nodes';
import { replaceScalarValue } from '../../yaml/edits';
import { isTemplatedValue } from '../../yaml/template';
import { podSpecOf, resourcesOf } from '../../yaml/resources';
import { defineRule } from '../rule';
import { PROTOCOLS, unsupported } from './k8s-validation';
import { localize } from '../../l10n/localize';

interface Protocol {
  readonly value: Located<string>;
  /** Whether an empty string is defaulted to TCP (core objects) rather than refused (pointer fields). */
  readonly emptyDefaults: boolean;
}

function protocolsIn(node: unknown, path: FieldPath, emptyDefaults: boolean, out: Protocol[]): void {
  for (const item of seqItems(node, path)) {
    const value = stringAt(get(item.node, 'protocol'), [...item.path, 'protocol']);
    if (value) out.push({ value, emptyDefaults });
  }
}

export default defineRule({
  code: 'NL223',
  name: 'port-protocol',
  group: 'kubernetes',
  severity: 'error',
  description: 'A port protocol must be exactly TCP, UDP or SCTP: in Services, containers, Endpoints, EndpointSlices and NetworkPolicies.',
  upstream: {
    tool: 'kube-apiserver',
    source: 'pkg/apis/core/validation (validateServicePort, validateContainerPorts, validateEndpointPort); networking ValidateNetworkPolicyPort; discovery validatePorts',
  },
  fixable: true,
  check(ctx) {
    for (const r of resourcesOf(ctx.file, ['kubernetes'])) {
      const found: Protocol[] = [];
      if (r.kind === 'Service' && r.group === '') protocolsIn(get(get(r.root, 'spec'), 'ports'), ['spec', 'ports'], true, found);
      if (r.kind === 'Endpoints' && r.group === '') {
        for (const s of seqItems(get(r.root, 'subsets'), ['subsets'])) protocolsIn(get(s.node, 'ports'), [...s.path, 'ports'], true, found);
      }
      if (r.kind === 'EndpointSlice') protocolsIn(get(r.root, 'ports'), ['ports'], false, found);
      if (r.kind === 'NetworkPolicy') {
        for (const dir of ['ingress', 'egress'] as const) {
          for (const rule of seqItems(get(get(r.root, 'spec'), dir), ['spec', dir])) protocolsIn(get(rule.node, 'ports'), [...rule.path, 'ports'], false, found);
        }
      }
      const pod = podSpecOf(r);
      if (pod) {
        for (const list of ['containers', 'initContainers'] as const) {
          for (const c of seqItems(get(pod.node, list), [...pod.path, list])) {
            if (asMap(c.node)) protocolsIn(get(c.node, 'ports'), [...c.path, 'ports'], true, found);
          }
        }
      }
      for (const { value, emptyDefaults } of found) {
        if ((PROTOCOLS as readonly string[]).includes(value.value) || isTemplatedValue(value.value)) continue;
        if (value.value === '' && emptyDefaults) continue;
        const meant = PROTOCOLS.find((p) => p === value.value.trim().toUpperCase());
        const fixes: Fix[] = meant ? [{ title: localize('Change to {0}', meant), edits: [replaceScalarValue(value.node, meant)], safe: true }] : [];
        ctx.report({ span: value.span, message: unsupported(value.path, value.value, PROTOCOLS), fixes });
      }
    }
  },
});
