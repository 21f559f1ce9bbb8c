// NL221: externalTrafficPolicy and healthCheckNodePort only where they mean something, with valid values.

import { isSeq } from 'yaml';
import { DEFAULT_NODE_PORT_RANGE, type Fix } from '../../types';
import { get, stringAt } from '../../yaml/nodes';
import { replaceScalarValue } from '../../yaml/edits';
import { isTemplatedValue } from '../../yaml/template';
import { defineRule } from '../rule';
import { invalid, portNumberProblems, unsupported } from './k8s-validation';
import { numberAt } from './service-spec';
import { servicesOf } from './service';
import { localize } from '../../l10n/localize';

const POLICIES = ['Cluster', 'Local'];

export default defineRule({
  code: 'NL221',
  name: 'service-external-traffic-policy',
  group: 'kubernetes',
  severity: 'error',
  description: 'externalTrafficPolicy (Cluster or Local) applies only to externally reachable Services, and healthCheckNodePort only to a LoadBalancer with externalTrafficPolicy Local, inside the NodePort range.',
  upstream: {
    tool: 'kube-apiserver',
    source: 'pkg/apis/core/validation/validation.go validateServiceExternalTrafficPolicy; pkg/registry/core/service/storage/alloc.go (health-check node port)',
    note: 'A requested healthCheckNodePort is allocated from --service-node-port-range (setting netlens.nodePortRange); the wording of that allocation error is NetLens\'s, after the nodePort one.',
  },
  fixable: true,
  check(ctx) {
    for (const svc of servicesOf(ctx.file)) {
      const externalIPs = get(svc.spec, 'externalIPs');
      // pkg/api/service ExternallyAccessible: LoadBalancer, NodePort, or ClusterIP with external IPs.
      const accessible = svc.type === 'LoadBalancer' || svc.type === 'NodePort' ||
        (svc.type === 'ClusterIP' && isSeq(externalIPs) && externalIPs.items.length > 0);
      const policy = stringAt(get(svc.spec, 'externalTrafficPolicy'), ['spec', 'externalTrafficPolicy']);
      if (policy && !isTemplatedValue(policy.value) && policy.value !== '') {
        if (!accessible) {
          ctx.report({ span: policy.span, message: invalid(policy.path, policy.value, 'may only be set for externally-accessible services') });
        } else if (!POLICIES.includes(policy.value)) {
          const meant = POLICIES.find((p) => p.toLowerCase() === policy.value.toLowerCase());
          const fixes: Fix[] = meant ? [{ title: localize('Change to {0}', meant), edits: [replaceScalarValue(policy.node, meant)], safe: true }] : [];
          ctx.report({ span: policy.span, message: unsupported(policy.path, policy.value, POLICIES), fixes });
        }
      }
      const hc = numberAt(svc.spec, 'healthCheckNodePort', ['spec']);
      if (hc?.value.kind !== 'int' || hc.value.value === 0) continue;
      // pkg/api/service NeedsHealthCheck: LoadBalancer with externalTrafficPolicy Local.
      if (svc.type !== 'LoadBalancer' || policy?.value !== 'Local') {
        ctx.report({ span: hc.span, message: invalid(hc.path, hc.value.value, "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'") });
      } else {
        const problems = portNumberProblems(hc.value.value);
        for (const problem of problems) ctx.report({ span: hc.span, message: invalid(hc.path, hc.value.value, problem) });
        // A requested health-check port is allocated from the NodePort range, like a nodePort (alloc.go).
        const range = ctx.settings.nodePortRange ?? DEFAULT_NODE_PORT_RANGE;
        if (problems.length === 0 && (hc.value.value < range.start || hc.value.value > range.end)) {
          ctx.report({
            span: hc.span,
            message: invalid(hc.path, hc.value.value, `provided port is not in the valid range. The range of valid ports is ${range.start}-${range.end}`),
          });
        }
      }
    }
  },
});
