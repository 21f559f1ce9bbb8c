// NL232: the ports of Endpoints subsets and EndpointSlices: names (required when an Endpoints subset has
// several, unique DNS labels in a slice) and port numbers.

import { asMap, get, seqItems, stringAt, type FieldPath } from '../../yaml/nodes';
import { isTemplatedValue } from '../../yaml/template';
import { resourcesOf } from '../../yaml/resources';
import { defineRule } from '../rule';
import { decodeError, dnsLabelProblems, duplicate, invalid, portNumberProblems, required } from './k8s-validation';
import { anchorOf, intact, numberAt } from './service-spec';

export default defineRule({
  code: 'NL232',
  name: 'endpoint-port',
  group: 'kubernetes',
  severity: 'error',
  description: 'Endpoints ports need names when a subset has several and numbers from 1 to 65535; EndpointSlice port names are unique lowercase RFC 1123 labels.',
  upstream: {
    tool: 'kube-apiserver',
    source: 'pkg/apis/core/validation/validation.go validateEndpointPort; pkg/apis/discovery/validation/validation.go validatePorts',
  },
  fixable: false,
  check(ctx) {
    for (const r of resourcesOf(ctx.file, ['kubernetes'])) {
      if (r.kind === 'Endpoints' && r.group === '') {
        for (const subset of seqItems(get(r.root, 'subsets'), ['subsets'])) {
          const ports = seqItems(get(subset.node, 'ports'), [...subset.path, 'ports']);
          for (const item of ports) {
            const node = asMap(item.node);
            if (!node) continue;
            const name = stringAt(get(node, 'name'), [...item.path, 'name']);
            if (name && isTemplatedValue(name.value)) continue;
            if (ports.length > 1 && (!name || name.value === '')) {
              if (name || intact(r)) ctx.report({ span: name?.span ?? anchorOf(node), message: required([...item.path, 'name']) });
            } else if (name && name.value !== '') {
              for (const problem of dnsLabelProblems(name.value)) ctx.report({ span: name.span, message: invalid(name.path, name.value, problem) });
            }
            const port = numberAt(node, 'port', item.path);
            if (port && port.value.kind !== 'int') {
              ctx.report({ span: port.span, message: decodeError(r, 'EndpointPort', port.path, port.value) });
              continue;
            }
            if (!port && !intact(r)) continue;
            const value = port?.value.kind === 'int' ? port.value.value : 0;
            for (const problem of portNumberProblems(value)) ctx.report({ span: port?.span ?? anchorOf(node), message: invalid([...item.path, 'port'] as FieldPath, value, problem) });
          }
        }
      }
      if (r.kind === 'EndpointSlice' && r.group === 'discovery.k8s.io') {
        const seen = new Set<string>();
        for (const item of seqItems(get(r.root, 'ports'), ['ports'])) {
          const node = asMap(item.node);
          if (!node) continue;
          const name = stringAt(get(node, 'name'), [...item.path, 'name']);
          if (name && isTemplatedValue(name.value)) continue;
          const value = name?.value ?? '';
          if (value !== '') for (const problem of dnsLabelProblems(value)) ctx.report({ span: name!.span, message: invalid(name!.path, value, problem) });
          // An absent name is the empty name, and counts for uniqueness too.
          if (seen.has(value)) ctx.report({ span: name?.span ?? anchorOf(node), message: duplicate([...item.path, 'name'], value) });
          seen.add(value);
        }
      }
    }
  },
});
