// NL409: `ports` on a service with `network_mode: host`: the container already uses the host's network
// stack, and the Engine drops the port bindings with only a warning.

import { isMap, type YAMLMap } from 'yaml';
import { pairOf } from '../../yaml/nodes';
import { defineRule } from '../rule';
import { composeFile, composeServices, keySpan, networkMode } from './compose';

export default defineRule({
  code: 'NL409',
  name: 'compose-port-host-network',
  group: 'compose',
  severity: 'warning',
  description: 'Ports published by a service with network_mode: host, which the Engine discards.',
  upstream: {
    tool: 'Docker Engine',
    source: 'moby daemon/daemon_unix.go verifyPlatformContainerSettings (warning); compose-spec 05-services.md ports note',
    note: 'All Engine versions warn and discard; the spec calls it a runtime error, but neither compose nor the Engine refuses it.',
  },
  fixable: false,
  check(ctx) {
    const compose = composeFile(ctx.file, ctx.settings);
    for (const service of composeServices(ctx.file)) {
      const mode = networkMode(compose, service);
      if (mode?.text !== 'host' || !isMap(service.node)) continue;
      const ports = pairOf(service.node as YAMLMap, 'ports');
      const list = ports?.value as { items?: unknown[] } | null | undefined;
      if (!ports || !list?.items || list.items.length === 0) continue;
      const span = keySpan(ports);
      if (!span) continue;
      ctx.report({
        span,
        message: 'Published ports are discarded when using host network mode',
        related: [{ uri: ctx.file.source.uri, span: mode.span, message: 'the service uses the host network stack' }],
        tags: ['unnecessary'],
      });
    }
  },
});
