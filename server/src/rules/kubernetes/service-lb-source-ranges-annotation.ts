// NL215: the load-balancer-source-ranges annotation holds something other than a comma list of CIDRs.

import type { Scalar } from 'yaml';
import { asMap, get, pairOf, stringAt } from '../../yaml/nodes';
import { subSpan } from '../../yaml/scalar-source';
import { isTemplatedValue } from '../../yaml/template';
import { splitCommaList } from '../../net/list';
import { parseCidr } from '../../net/cidr';
import { isSeq } from 'yaml';
import { defineRule } from '../rule';
import { invalid } from './k8s-validation';
import { LB_SOURCE_RANGES_ANNOTATION } from './service-load-balancer-only';
import { servicesOf } from './service';

export default defineRule({
  code: 'NL215',
  name: 'service-lb-source-ranges-annotation',
  group: 'kubernetes',
  severity: 'error',
  description: 'The service.beta.kubernetes.io/load-balancer-source-ranges annotation must be a comma-separated list of CIDRs (it is read only when spec.loadBalancerSourceRanges is empty).',
  upstream: { tool: 'kube-apiserver', source: 'pkg/apis/core/validation/validation.go ValidateService' },
  fixable: false,
  check(ctx) {
    for (const svc of servicesOf(ctx.file)) {
      const ranges = get(svc.spec, 'loadBalancerSourceRanges');
      if (isSeq(ranges) && ranges.items.length > 0) continue;
      const annotations = asMap(get(get(svc.resource.root, 'metadata'), 'annotations'));
      const pair = pairOf(annotations, LB_SOURCE_RANGES_ANNOTATION);
      const value = pair ? stringAt(pair.value, []) : undefined;
      if (!value || isTemplatedValue(value.value) || value.value.trim() === '') continue;
      for (const item of splitCommaList(value.value)) {
        const parsed = parseCidr(item.text);
        if (parsed.ok || parsed.problem.kind === 'template') continue;
        ctx.report({
          span: subSpan(value.node as Scalar, item.start, item.end),
          message: `${invalid(`metadata.annotations[${LB_SOURCE_RANGES_ANNOTATION}]`, item.text, 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)')} (${parsed.problem.message})`,
        });
      }
    }
  },
});
