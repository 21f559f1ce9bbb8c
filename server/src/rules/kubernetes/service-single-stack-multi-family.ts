// NL204: ipFamilyPolicy SingleStack with two families or two cluster IPs.

import type { Scalar } from 'yaml';
import { renderPath } from '../../yaml/nodes';
import { replaceScalarValue } from '../../yaml/edits';
import { defineRule } from '../rule';
import { servicesOf } from './service';

export default defineRule({
  code: 'NL204',
  name: 'service-single-stack-multi-family',
  group: 'kubernetes',
  severity: 'error',
  description: 'A SingleStack Service lists two IP families or two cluster IPs; the API server refuses to allocate it.',
  upstream: {
    tool: 'kube-apiserver',
    source: 'pkg/registry/core/service/storage/alloc.go initIPFamilyFields',
    note: 'Checked at allocation, not by validation, so it fails on create (and on a server-side dry run).',
  },
  fixable: true,
  check(ctx) {
    for (const svc of servicesOf(ctx.file)) {
      const policy = svc.ipFamilyPolicy;
      if (!policy || policy.value !== 'SingleStack' || svc.type === 'ExternalName') continue;
      let what: string | undefined;
      if (svc.ipFamilies.length > 1) what = 'IP families';
      else if (svc.clusterIPs.length > 1 && svc.clusterIPs[0]?.value !== 'None') what = 'cluster IPs';
      if (!what) continue;
      const node = policy.node as Scalar;
      ctx.report({
        span: policy.span,
        message: `${renderPath(policy.path)}: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple ${what} are specified`,
        fixes: [
          { title: 'Change to PreferDualStack', edits: [replaceScalarValue(node, 'PreferDualStack')], safe: false },
          { title: 'Change to RequireDualStack', edits: [replaceScalarValue(node, 'RequireDualStack')], safe: false },
        ],
      });
    }
  },
});
