// NL214: a LoadBalancer-only field on a Service of another type.

import { isSeq, type Pair } from 'yaml';
import type { Fix } from '../../types';
import { asMap, get, pairOf, stringAt } from '../../yaml/nodes';
import { defineRule } from '../rule';
import { forbidden } from './k8s-validation';
import { removePair } from './pair-edits';
import { keySpan } from './service-spec';
import { servicesOf } from './service';
import { localize } from '../../l10n/localize';

export const LB_SOURCE_RANGES_ANNOTATION = 'service.beta.kubernetes.io/load-balancer-source-ranges';
const ONLY_LB = "may only be used when `type` is 'LoadBalancer'";

export default defineRule({
  code: 'NL214',
  name: 'service-load-balancer-only',
  group: 'kubernetes',
  severity: 'error',
  description: 'loadBalancerSourceRanges (or its annotation), allocateLoadBalancerNodePorts and loadBalancerClass are only allowed on a LoadBalancer Service.',
  upstream: {
    tool: 'kube-apiserver',
    source: 'pkg/apis/core/validation/validation.go ValidateService, validateLoadBalancerClassField',
    note: 'Upstream spells the source-ranges path with a capital L: spec.LoadBalancerSourceRanges.',
  },
  fixable: true,
  check(ctx) {
    for (const svc of servicesOf(ctx.file)) {
      if (svc.type === 'LoadBalancer') continue;
      const spec = asMap(svc.spec);
      const report = (map: ReturnType<typeof asMap>, pair: Pair<unknown, unknown>, path: string): void => {
        const span = keySpan(pair);
        if (!span) return;
        const edit = map ? removePair(ctx.file.text, map, pair) : undefined;
        const fixes: Fix[] = edit ? [{ title: localize('Remove the field'), edits: [edit], safe: true }] : [];
        ctx.report({ span, message: forbidden(path, ONLY_LB), fixes });
      };
      const ranges = pairOf(svc.spec, 'loadBalancerSourceRanges');
      const hasRanges = ranges && isSeq(ranges.value) && ranges.value.items.length > 0;
      if (ranges && hasRanges) {
        report(spec, ranges, 'spec.LoadBalancerSourceRanges');
      } else {
        // The annotation is read only when the field is empty, and is refused even when empty itself.
        const annotations = asMap(get(get(svc.resource.root, 'metadata'), 'annotations'));
        const annotation = pairOf(annotations, LB_SOURCE_RANGES_ANNOTATION);
        if (annotation) report(annotations, annotation, `metadata.annotations[${LB_SOURCE_RANGES_ANNOTATION}]`);
      }
      const allocate = pairOf(svc.spec, 'allocateLoadBalancerNodePorts');
      if (allocate && allocate.value !== null && stringAt(allocate.value, []) !== undefined) report(spec, allocate, 'spec.allocateLoadBalancerNodePorts');
      const lbClass = pairOf(svc.spec, 'loadBalancerClass');
      if (lbClass && lbClass.value !== null && stringAt(lbClass.value, []) !== undefined) report(spec, lbClass, 'spec.loadBalancerClass');
    }
  },
});
