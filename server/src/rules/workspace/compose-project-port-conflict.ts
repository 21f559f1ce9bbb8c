// NL609: two files of one Compose project (compose.yaml and compose.override.yaml, merged by docker compose)
// bind the same host port: the container that starts second fails. Conflicts inside one file are NL408's.

import { defineRule } from '../rule';
import type { RelatedLocation } from '../../types';
import { mergedProject, publishes, runTogether } from '../../workspace/compose-project';
import { blockingAddress, sharedPort } from '../compose/port-allocator';

export default defineRule({
  code: 'NL609',
  name: 'compose-project-port-conflict',
  group: 'workspace',
  severity: 'error',
  description: 'A port binding conflicts with one in another file of the same Compose project (compose.yaml plus compose.override.yaml).',
  upstream: {
    tool: 'docker compose / Docker Engine',
    source: 'compose-go cli/options.go (default files and override), override/merge.go; moby portallocator RequestPortsInRange',
    note: 'docker compose merges compose.override.yaml over compose.yaml unless -f names the files.',
  },
  fixable: false,
  check(ctx) {
    const project = mergedProject(ctx.workspace);
    if (!project) return;
    const uri = ctx.file.source.uri;
    const live = [...project.services.values()].filter(publishes).flatMap((s) => s.bindings.filter((b) => b.hostPorts).map((b) => ({ b, s })));
    // Candidates by a sweep over host ports per protocol (a project of thousands of services is no quadratic walk);
    // each binding's candidates are then taken in the project's order.
    type Live = (typeof live)[number];
    const push = <K,>(map: Map<K, Live[]>, key: K, value: Live): void => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    const byProtocol = new Map<string, Live[]>();
    for (const x of live) push(byProtocol, x.b.protocol, x);
    const candidates = new Map<Live, Live[]>();
    for (const list of byProtocol.values()) {
      list.sort((x, y) => x.b.hostPorts!.start - y.b.hostPorts!.start);
      for (let i = 0; i < list.length; i++) {
        const a = list[i]!;
        for (let j = i + 1; j < list.length && list[j]!.b.hostPorts!.start <= a.b.hostPorts!.end; j++) {
          const b = list[j]!;
          if (a.b.uri === uri && b.b.uri !== uri) push(candidates, a, b);
          if (b.b.uri === uri && a.b.uri !== uri) push(candidates, b, a);
        }
      }
    }
    const order = new Map(live.map((x, i) => [x, i]));
    for (const entry of live) {
      const { b: self, s: selfService } = entry;
      if (self.uri !== uri) continue;
      let message: string | undefined;
      const related: RelatedLocation[] = [];
      for (const { b: other, s: otherService } of (candidates.get(entry) ?? []).sort((x, y) => order.get(x)! - order.get(y)!)) {
        if (other.uri === uri || !runTogether(selfService, otherService)) continue;
        const port = sharedPort(self, other);
        if (port === undefined) continue;
        const address = blockingAddress(self.hostIp, other.hostIp);
        if (address === undefined) continue;
        message ??= `Bind for ${address}:${port} failed: port is already allocated (service ${other.service} in ${ctx.workspace.display(other.uri)} binds it too; docker compose merges the two files)`;
        related.push({ uri: other.uri, span: other.span, message: `service ${other.service} also binds ${address}:${port}/${other.protocol}` });
      }
      if (message) ctx.report({ span: self.span, message, related });
    }
  },
});
