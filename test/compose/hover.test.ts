// Compose hovers: what a binding publishes, and what a network subnet gives its containers.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt } from '../../server/src/analysis';

function hover(text: string, at: string) {
  return hoverAt({ uri: 'file:///w/compose.yaml', text }, text.indexOf(at) + 1);
}

describe('Compose hovers', () => {
  it('a binding without host IP publishes on both families', () => {
    const h = hover('services:\n  web:\n    image: nginx\n    ports: ["8080:80/udp"]\n', '8080');
    assert.ok(h);
    assert.match(h.markdown, /\*\*`8080:80\/udp`\*\* — Compose port mapping/);
    assert.match(h.markdown, /every address of the host: `0\.0\.0\.0` \(IPv4\) and `::` \(IPv6\)/);
    assert.match(h.markdown, /\| protocol \| udp \|/);
  });

  it('a bracketed IPv6 host IP, a host range for one container port, long syntax', () => {
    const text = 'services:\n  web:\n    image: nginx\n    ports:\n      - "[::1]:8000-9000:80"\n      - target: 443\n        host_ip: 127.0.0.1\n        published: 8443\n';
    assert.match(hover(text, '[::1]')!.markdown, /\| host address \| `::1` \(IPv6 only\) \|[\s\S]*one free port out of `8000-9000`/);
    const long = hover(text, 'target')!.markdown;
    assert.match(long, /\| host address \| `127\.0\.0\.1` \(IPv4 only\) \|/);
    assert.match(long, /\| host port \| `8443` \|/);
    assert.match(long, /\| container port \| `443` \|/);
  });

  it('a subnet: capacity, the default gateway, ip_range and an ignored IPv6 subnet', () => {
    const text = 'services:\n  web: {image: nginx}\nnetworks:\n  back:\n    ipam:\n      config:\n        - subnet: 172.28.0.0/24\n          ip_range: 172.28.0.128/25\n        - subnet: "fd00:1::/64"\n';
    const v4 = hover(text, '172.28.0.0/24')!.markdown;
    assert.match(v4, /\| addresses \| 256 \(2\^8\) \|/);
    assert.match(v4, /\| default gateway \| `172\.28\.0\.1` \(the first address; Docker's default\) \|/);
    assert.match(v4, /\| addresses for containers \| 253 \|/);
    assert.match(v4, /only from `172\.28\.0\.128\/25` \(ip_range\)/);
    assert.match(hover(text, 'fd00:1::/64')!.markdown, /ignored: network `back` does not set `enable_ipv6: true`/);
  });
});
