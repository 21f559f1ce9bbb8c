// kubeadm's host[:port] parsing (cmd/kubeadm/app/util/endpoint.go ParseHostPort) and the apimachinery name checks it uses.

import { goSplitHostPort } from '../../net/ports';
import { parseIp } from '../../net/ip';

const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN = new RegExp(`^${DNS1123_LABEL}(\\.${DNS1123_LABEL})*$`);
const WILDCARD_SUBDOMAIN = new RegExp(`^\\*\\.${DNS1123_LABEL}(\\.${DNS1123_LABEL})*$`);

/** apimachinery `IsDNS1123Subdomain` errors (empty when valid). */
export function dns1123SubdomainErrors(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 253) errs.push('must be no more than 253 characters');
  if (!DNS1123_SUBDOMAIN.test(value)) {
    errs.push("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
  }
  return errs;
}

/** apimachinery `IsWildcardDNS1123Subdomain` errors (empty when valid). */
export function wildcardSubdomainErrors(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 253) errs.push('must be no more than 253 characters');
  if (!WILDCARD_SUBDOMAIN.test(value)) {
    errs.push("a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
  }
  return errs;
}

/** kubeadm `ParsePort` (netutils.ParsePort with allowZero, then 1..65535). */
export function kubeadmPortOk(port: string): boolean {
  if (!/^\d+$/.test(port)) return false;
  const n = Number(port);
  return n >= 1 && n <= 65535;
}

/** kubeadm `ParseHostPort`: `host`, `host:port` or `[ipv6]:port`; the host is an IP (sloppy) or an RFC 1123 subdomain. */
export function parseHostPort(hostport: string): { ok: true; host: string; port: string } | { ok: false; error: string } {
  const split = goSplitHostPort(hostport);
  const host = split.ok ? split.host : hostport;
  const port = split.ok ? split.port : '';
  if (port !== '' && !kubeadmPortOk(port)) {
    return { ok: false, error: `hostport ${hostport}: port ${port} must be a valid number between 1 and 65535, inclusive` };
  }
  if (parseIp(host).ok) return { ok: true, host, port };
  if (dns1123SubdomainErrors(host).length === 0) return { ok: true, host, port };
  return { ok: false, error: `hostport ${hostport}: host '${host}' must be a valid IP address or a valid RFC-1123 DNS subdomain` };
}

/** Ports people write after an IPv6 address when they forget the brackets. */
const API_PORTS = new Set(['443', '6443', '8443', '9443', '16443']);

/**
 * `2001:db8::1:6443` is one valid IPv6 address to kubeadm, so the port silently disappears. When the last group
 * is a usual API server port, this returns the bracketed form that was probably meant.
 */
export function bracketsMeant(value: string): string | undefined {
  if (value.startsWith('[') || !value.includes('::')) return undefined;
  const colon = value.lastIndexOf(':');
  const last = value.slice(colon + 1);
  if (!API_PORTS.has(last)) return undefined;
  const host = value.slice(0, colon);
  const ip = parseIp(host.endsWith(':') ? `${host}:` : host);
  if (!ip.ok || ip.ip.family !== 'IPv6') return undefined;
  return `[${ip.ip.canonical}]:${last}`;
}
