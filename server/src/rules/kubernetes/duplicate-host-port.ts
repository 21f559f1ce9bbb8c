// NL226: two ports of one pod bind the same host port, protocol and host address.

import { renderPath } from '../../yaml/nodes';
import { defineRule } from '../rule';
import { effectiveProtocol } from './service-spec';
import { intOf, podPortsOf } from './pod-ports';

/** An empty host IP, 0.0.0.0 or :: binds every address, so it collides with any other host IP. */
function wildcard(ip: string): boolean {
  return ip === '' || ip === '0.0.0.0' || ip === '::';
}

export default defineRule({
  code: 'NL226',
  name: 'duplicate-host-port',
  group: 'kubernetes',
  severity: 'warning',
  description: 'Two ports of the same pod claim the same host port and protocol on overlapping host addresses; the API server accepts it, but only one can own the binding.',
  upstream: {
    tool: 'kubelet / kube-scheduler',
    source: 'not checked by the API server (k8s-rules.md §6 pod-hostport-conflict-unvalidated)',
    note: 'The scheduler\'s NodePorts filter and the runtime\'s host-port mapping treat the pod\'s own ports as one set; the second binding does not get the traffic.',
  },
  fixable: false,
  check(ctx) {
    for (const pod of podPortsOf(ctx.file)) {
      const seen: { port: number; protocol: string; ip: string; path: string }[] = [];
      // Ordinary init containers have exited before the others start; sidecars run beside them.
      const running = pod.containers.filter((c) => c.list === 'containers' || c.sidecar);
      // In source order, so the second of two clashing ports is the one reported.
      const ports = running.flatMap((c) => c.ports).sort((a, b) => a.anchor.start - b.anchor.start);
      for (const port of ports) {
        let host = intOf(port.hostPort) ?? 0;
        // With hostNetwork a Pod's hostPort defaults to its containerPort.
        if (host === 0 && pod.hostNetwork) host = intOf(port.containerPort) ?? 0;
        if (host === 0 || (!port.hostPort && !pod.hostNetwork)) continue;
        const protocol = effectiveProtocol(port.protocol);
        const ip = port.hostIP?.value ?? '';
        const clash = seen.find((s) => s.port === host && s.protocol === protocol && (s.ip === ip || wildcard(s.ip) || wildcard(ip)));
        const span = port.hostPort?.span ?? port.containerPort?.span ?? port.anchor;
        if (clash) {
          const where = ip === '' ? 'all host addresses' : ip;
          ctx.report({
            span,
            message: `${renderPath([...port.path, 'hostPort'])}: host port ${host}/${protocol} on ${where} is already bound by ${clash.path}; the API server accepts the pod, but only one of the two bindings can receive traffic`,
          });
        } else {
          seen.push({ port: host, protocol, ip, path: renderPath(port.path) });
        }
      }
    }
  },
});
