// Rule table for NL408 compose-port-conflict: host ports claimed twice, with Docker's address-family rules.

import rule from '../../../server/src/rules/compose/compose-port-conflict';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFile } from '../../../server/src/analysis';
import { newMappings } from '../../../server/src/rules/compose/port-entries';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      // compose expands a range into one mapping per container port before it merges them (found in review: the
      // range was taken for a second allocation of 8000 and 8001).
      name: 'a range whose mappings earlier entries already have is merged into them, not allocated again',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports: ["8000:80", "8001:81", "8000-8001:80-81"]
      `,
    },
    {
      name: '0.0.0.0 and :: are separate sockets; different addresses; tcp and udp; ephemeral and pooled ports',
      file: 'compose.yaml',
      yaml: y`
        services:
          v4:
            image: a
            ports: ["0.0.0.0:80:80", "127.0.0.1:5432:5432", "53:53/udp", "8000-9000:80", "3000"]
          v6:
            image: b
            ports: ["[::]:80:80", "127.0.0.2:5432:5432", "53:53/tcp", "8000-9000:80", "3000"]
      `,
    },
    {
      name: 'host network mode discards ports; services in different profiles never run together',
      file: 'compose.yaml',
      yaml: y`
        services:
          host:
            image: a
            network_mode: host
            ports: ["80:80"]
          web:
            image: b
            ports: ["80:80"]
          dev:
            image: c
            profiles: [dev]
            ports: ["8080:80"]
          prod:
            image: d
            profiles: [prod]
            ports: ["8080:80"]
      `,
    },
    {
      name: 'entries compose merges are not a conflict (NL407)',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports: ["8080:80", "8080:80"]
      `,
    },
  ],
  invalid: [
    {
      name: 'a range partly merged into an earlier entry still allocates its new mappings',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports: ["8000:80", "8000-8001:80-81"]
            #                  ^^^^^^^^^^^^^^^^^ error NL408: Bind for 0.0.0.0:8001 failed: port is already allocated
          api:
            image: api
            ports: ["8001:80"]
            #       ^^^^^^^^^ error NL408: Bind for 0.0.0.0:8001 failed: port is already allocated
      `,
    },
    {
      name: 'no host IP binds 0.0.0.0 and ::, so it clashes with either; both bindings are reported',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports: ["8080:80"]
            #       ^^^^^^^^^ error NL408: Bind for :::8080 failed: port is already allocated
          api:
            image: api
            ports: ["[::]:8080:3000"]
            #       ^^^^^^^^^^^^^^^^ error NL408: Bind for :::8080 failed: port is already allocated
      `,
    },
    {
      name: 'a specific address clashes with its family\'s wildcard; the message names the address holding the port',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            ports:
              - "127.0.0.1:80:80"
              # ^^^^^^^^^^^^^^^^^ error NL408: Bind for 0.0.0.0:80 failed: port is already allocated
          proxy:
            image: traefik
            ports:
              - target: 8000
                published: 80
              #            ^^ error NL408: Bind for 127.0.0.1:80 failed: port is already allocated
      `,
    },
    {
      name: 'ranges overlap on one port; one service with two mappings to one host port',
      file: 'compose.yaml',
      yaml: y`
        services:
          a:
            image: a
            ports: ["8000-8010:8000-8010", "9000:80", "9000:81"]
            #       ^^^^^^^^^^^^^^^^^^^^^ error NL408: Bind for 0.0.0.0:8005 failed: port is already allocated
            #                              ^^^^^^^^^ error NL408: Bind for 0.0.0.0:9000 failed: port is already allocated
            #                                         ^^^^^^^^^ error NL408: Bind for 0.0.0.0:9000 failed: port is already allocated
          b:
            image: b
            ports: ["8005:80"]
            #       ^^^^^^^^^ error NL408: Bind for 0.0.0.0:8005 failed: port is already allocated
      `,
    },
    {
      name: 'interpolated host ports, as compose resolves them',
      file: 'compose.yaml',
      settings: { composeEnv: { API_PORT: '8080' } },
      yaml: y`
        services:
          web:
            image: nginx
            ports: ["\${WEB_PORT:-8080}:80"]
            #       ^^^^^^^^^^^^^^^^^^^^^^ error NL408: Bind for 0.0.0.0:8080 failed: port is already allocated
          api:
            image: api
            ports: ["\${API_PORT}:80"]
            #       ^^^^^^^^^^^^^^^^ error NL408: Bind for 0.0.0.0:8080 failed: port is already allocated
      `,
    },
  ],
});

describe('NL408 compose-port-conflict: related locations', () => {
  it('each binding points at the other', () => {
    const text = 'services:\n  a:\n    image: a\n    ports: ["80:80"]\n  b:\n    image: b\n    ports: ["80:81"]\n';
    const found = analyzeFile({ uri: 'file:///w/compose.yaml', text }).filter((f) => f.code === 'NL408');
    assert.equal(found.length, 2);
    const [a, b] = found;
    assert.deepEqual(a!.related.map((r) => text.slice(r.span.start, r.span.end)), ['"80:81"']);
    assert.deepEqual(b!.related.map((r) => text.slice(r.span.start, r.span.end)), ['"80:80"']);
    assert.match(a!.related[0]!.message, /service b also binds 0\.0\.0\.0:80\/tcp/);
  });
});

describe('compose-go EnforceUnicity, mapping by mapping (newMappings)', () => {
  const range = { keys: ['a', 'b', 'c'], hostPorts: { start: 8000, end: 8002 }, containerPorts: { start: 80, end: 82 } };
  it('keeps a binding whose mappings are all new, and drops one whose mappings are all taken', () => {
    assert.deepEqual(newMappings(range, new Set()), [range]);
    assert.deepEqual(newMappings(range, new Set(['a', 'b', 'c'])), []);
  });
  it('narrows a binding to the runs of its new mappings, ports alike, and remembers its keys', () => {
    const seen = new Set(['b']);
    assert.deepEqual(newMappings(range, seen), [
      { keys: ['a'], hostPorts: { start: 8000, end: 8000 }, containerPorts: { start: 80, end: 80 } },
      { keys: ['c'], hostPorts: { start: 8002, end: 8002 }, containerPorts: { start: 82, end: 82 } },
    ]);
    assert.deepEqual([...seen].sort(), ['a', 'b', 'c']);
  });
  it('a host range for one container port (Docker picks one of them) keeps its range', () => {
    const dynamic = { keys: ['d'], hostPorts: { start: 9000, end: 9010 }, containerPorts: { start: 90, end: 90 } };
    assert.deepEqual(newMappings(dynamic, new Set()), [dynamic]);
  });
});
