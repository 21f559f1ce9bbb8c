// The upstream cases NetLens' Compose rules must agree with: each is an input from a test (or the examples) of
// compose-go, go-connections, moby or the compose-spec, turned into a Compose file when it was a bare value,
// with docker's verdict. Sources name repository, file and test (with the sub-case in quotes).
//
// Verdicts are what current docker compose (v5.x, go-connections v0.7, Go net/netip parsing) and Docker
// Engine 29.x do; where a test was written against an older wording (compose-go's own tests pin
// go-connections v0.4: "Invalid containerPort: 9999999") the note says so and the verdict carries today's text.
// `env` is the complete environment of the test (compose-go's mapping), so variables outside it are unset.

export type Verdict = 'accept' | { readonly reject: readonly string[]; readonly match?: 'exact' | 'contains' };

export interface UpstreamCase {
  readonly source: string;
  readonly input: string;
  readonly verdict: Verdict;
  readonly env?: Readonly<Record<string, string>>;
  readonly note?: string;
}

const GC = 'docker/go-connections nat/nat_test.go';
const GCP = 'docker/go-connections nat/parse_test.go';
const CG = 'compose-spec/compose-go';
const MOBY = 'moby/moby';
const SPEC = 'compose-spec/compose-spec';

/** A Compose file whose service `web` has these short-syntax ports. */
function ports(...specs: string[]): string {
  return `services:\n  web:\n    image: nginx\n    ports:\n${specs.map((s) => `      - ${JSON.stringify(s)}\n`).join('')}`;
}

/** Two services publishing one short-syntax mapping each. */
function twoServices(a: string, b: string): string {
  return `services:\n  a:\n    image: nginx\n    ports: [${JSON.stringify(a)}]\n  b:\n    image: nginx\n    ports: [${JSON.stringify(b)}]\n`;
}

/** A service value interpolated as `services.myservice.environment.TESTVAR`. */
function envValue(value: string): string {
  return `services:\n  myservice:\n    image: busybox\n    environment:\n      TESTVAR: ${JSON.stringify(value)}\n`;
}

function image(value: string): string {
  return `services:\n  web:\n    image: ${JSON.stringify(value)}\n`;
}

/** A network `net` with one ipam.config pool (fields given as YAML lines), joined by service `web`. */
function pool(fields: Record<string, string | Record<string, string>>, extra = ''): string {
  const lines = Object.entries(fields).map(([k, v]) =>
    typeof v === 'string' ? `          ${k}: ${JSON.stringify(v)}\n` : `          ${k}:\n${Object.entries(v).map(([a, b]) => `            ${a}: ${JSON.stringify(b)}\n`).join('')}`,
  );
  const [first, ...rest] = lines;
  return `services:\n  web:\n    image: nginx\n    networks: [net]\nnetworks:\n  net:\n${extra}    ipam:\n      config:\n        - ${first!.trimStart()}${rest.join('')}`;
}

/** A service `web` on network `net` with a static address (`ipv4_address` / `ipv6_address` / `link_local_ips`). */
function endpoint(attachment: string, network: string): string {
  return `services:\n  web:\n    image: busybox\n    networks:\n      net:\n${attachment}networks:\n  net:\n${network}`;
}

function extraHosts(...entries: string[]): string {
  return `services:\n  web:\n    image: busybox\n    extra_hosts:\n${entries.map((e) => `      - ${JSON.stringify(e)}\n`).join('')}`;
}

const TEMPLATE_ENV = { FOO: 'first', BAR: '', JSON: '{"json":2}' };
const INTERPOLATION_ENV = { USER: 'jenny', FOO: 'bar', count: '5', REQUIRED: 'true' };
const invalidFormat = (path: string, template: string) => `invalid interpolation format for ${path}.\nYou may need to escape any $ with another $.\n${template}`;
const required = (name: string, reason?: string) =>
  `error while interpolating services.myservice.environment.TESTVAR: required variable ${name} is missing a value${reason !== undefined ? `: ${reason}` : ''}`;

export const UPSTREAM_CASES: readonly UpstreamCase[] = [
  // go-connections: ParsePortSpec as compose-go's ParsePortConfig calls it for every short ports entry.
  { source: `${GC} TestParsePortSpecEmptyContainerPort "empty spec"`, input: ports(''), verdict: { reject: ['no port specified: <empty>'] } },
  { source: `${GC} TestParsePortSpecEmptyContainerPort "empty container port"`, input: ports('0.0.0.0:1234-1235:/tcp'), verdict: { reject: ['no port specified: 0.0.0.0:1234-1235:/tcp<empty>'] } },
  { source: `${GC} TestParsePortSpecEmptyContainerPort "empty container port and proto"`, input: ports('0.0.0.0:1234-1235:'), verdict: { reject: ['no port specified: 0.0.0.0:1234-1235:<empty>'] } },
  { source: `${GC} TestParsePortSpecFull`, input: ports('0.0.0.0:1234-1235:3333-3334/tcp'), verdict: 'accept' },
  { source: `${GC} TestPartPortSpecIPV6 "square angled IPV6 without host port"`, input: ports('[2001:4860:0:2001::68]::333'), verdict: 'accept' },
  { source: `${GC} TestPartPortSpecIPV6 "square angled IPV6 with host port"`, input: ports('[::1]:80:80'), verdict: 'accept' },
  { source: `${GC} TestPartPortSpecIPV6 "IPV6 without host port"`, input: ports('2001:4860:0:2001::68::333'), verdict: 'accept' },
  { source: `${GC} TestPartPortSpecIPV6 "IPV6 with host port"`, input: ports('::1:80:80'), verdict: 'accept' },
  { source: `${GC} TestPartPortSpecIPV6 ":: IPV6, without host port"`, input: ports('::::80'), verdict: 'accept' },
  { source: `${GC} TestParsePortSpecs (protocols)`, input: ports('1234/tcp', '2345/udp', '3456/sctp'), verdict: 'accept' },
  { source: `${GC} TestParsePortSpecs (host ports)`, input: ports('1234:1234/tcp', '2345:2345/udp', '3456:3456/sctp'), verdict: 'accept' },
  { source: `${GC} TestParsePortSpecs (host IP)`, input: ports('0.0.0.0:1234:1234/tcp', '0.0.0.0:2345:2345/udp', '0.0.0.0:3456:3456/sctp'), verdict: 'accept' },
  { source: `${GC} TestParsePortSpecs "localhost"`, input: ports('localhost:1234:1234/tcp'), verdict: { reject: ['invalid IP address: localhost'] } },
  { source: `${GC} TestParsePortSpecsWithRange (protocols)`, input: ports('1234-1236/tcp', '2345-2347/udp', '3456-3458/sctp'), verdict: 'accept' },
  { source: `${GC} TestParsePortSpecsWithRange (host ranges)`, input: ports('1234-1236:1234-1236/tcp', '2345-2347:2345-2347/udp', '3456-3458:3456-3458/sctp'), verdict: 'accept' },
  { source: `${GC} TestParsePortSpecsWithRange (host IP)`, input: ports('0.0.0.0:1234-1236:1234-1236/tcp', '0.0.0.0:2345-2347:2345-2347/udp', '0.0.0.0:3456-3458:3456-3458/sctp'), verdict: 'accept' },
  { source: `${GC} TestParsePortSpecsWithRange "localhost"`, input: ports('localhost:1234-1236:1234-1236/tcp'), verdict: { reject: ['invalid IP address: localhost'] } },
  { source: `${GC} TestParseNetworkOptsPrivateOnly`, input: ports('192.168.1.100::80'), verdict: 'accept' },
  { source: `${GC} TestParseNetworkOptsPublic`, input: ports('192.168.1.100:8080:80'), verdict: 'accept' },
  { source: `${GC} TestParseNetworkOptsPublicNoPort`, input: ports('192.168.1.100'), verdict: { reject: ['invalid containerPort: 192.168.1.100'] } },
  { source: `${GC} TestParseNetworkOptsNegativePorts`, input: ports('192.168.1.100:-1:-1'), verdict: { reject: ['invalid containerPort: -1'] } },
  { source: `${GC} TestParseNetworkOptsUdp`, input: ports('192.168.1.100::6000/udp'), verdict: 'accept' },
  { source: `${GC} TestParseNetworkOptsSctp`, input: ports('192.168.1.100::6000/sctp'), verdict: 'accept' },
  { source: `${GC} TestStringer "no host mapping"`, input: ports(':8080:6000/tcp'), verdict: 'accept' },
  { source: `${GC} TestStringer "no proto"`, input: ports('192.168.1.100:8080:6000'), verdict: 'accept' },
  { source: `${GC} TestStringer "no mapping, port, or proto"`, input: ports('::6000'), verdict: 'accept' },
  { source: `${GC} TestStringer "ipv4 mapping"`, input: ports('192.168.1.100:8080:6000/udp'), verdict: 'accept' },
  { source: `${GC} TestStringer "ipv6 mapping"`, input: ports('[::1]:8080:6000/udp'), verdict: 'accept' },
  { source: `${GC} TestStringer "ipv6 mapping without host port"`, input: ports('[::1]::6000/udp'), verdict: 'accept' },
  { source: `${GC} TestStringer "ipv6 legacy mapping"`, input: ports('::1:8080:6000/udp'), verdict: 'accept' },
  { source: `${GC} TestStringer "ipv6 legacy mapping without host port"`, input: ports('::::6000/udp'), verdict: 'accept' },
  { source: `${GC} TestParsePort "octal value" (0123 is decimal 123)`, input: ports('0123'), verdict: 'accept' },
  { source: `${GC} TestParsePort "max value"`, input: ports('65535'), verdict: 'accept' },
  { source: `${GC} TestParsePort "value out of range"`, input: ports('65536'), verdict: { reject: ['invalid containerPort: 65536'] } },
  { source: `${GC} TestParsePort "invalid value with number"`, input: ports('1asdf'), verdict: { reject: ['invalid containerPort: 1asdf'] } },
  { source: `${GCP} TestParsePortRange "single port range"`, input: ports('1234-1234'), verdict: 'accept' },
  { source: `${GCP} TestParsePortRange "two port range"`, input: ports('1234-1235'), verdict: 'accept' },
  { source: `${GCP} TestParsePortRange "large range"`, input: ports('8000-9000'), verdict: 'accept' },
  {
    source: `${GCP} TestParsePortRange "zero port"; ${MOBY} daemon/container.go validatePortBindings`,
    input: ports('0'),
    verdict: { reject: ['invalid port specification: "0/tcp"'] },
    note: 'go-connections parses it; Docker Engine 29.2 and later refuse container port 0 ("daemon: disallow container port 0").',
  },
  { source: `${GCP} TestParsePortRange "non-numeric port"`, input: ports('asdf'), verdict: { reject: ['invalid containerPort: asdf'] } },
  { source: `${GCP} TestParsePortRange "reversed range"`, input: ports('9000-8000'), verdict: { reject: ['invalid containerPort: 9000-8000'] } },
  { source: `${GCP} TestParsePortRange "range missing end"`, input: ports('8000-'), verdict: { reject: ['invalid containerPort: 8000-'] } },
  { source: `${GCP} TestParsePortRange "range missing start"`, input: ports('-9000'), verdict: { reject: ['invalid containerPort: -9000'] } },
  { source: `${GCP} TestParsePortRange "invalid range end"`, input: ports('8000-a'), verdict: { reject: ['invalid containerPort: 8000-a'] } },
  { source: `${GCP} TestParsePortRange "invalid range end port"`, input: ports('8000-9000a'), verdict: { reject: ['invalid containerPort: 8000-9000a'] } },
  { source: `${GCP} TestParsePortRange "range range start"`, input: ports('a-9000'), verdict: { reject: ['invalid containerPort: a-9000'] } },
  { source: `${GCP} TestParsePortRange "range range start port"`, input: ports('8000a-9000'), verdict: { reject: ['invalid containerPort: 8000a-9000'] } },
  { source: `${GCP} TestParsePortRange "range with trailing hyphen"`, input: ports('-8000-'), verdict: { reject: ['invalid containerPort: -8000-'] } },
  { source: `${GCP} TestParsePortRange "range without ports"`, input: ports('-'), verdict: { reject: ['invalid containerPort: -'] } },
  { source: `${GCP} TestParsePortNumber "whitespace only"`, input: ports('   '), verdict: { reject: ['invalid containerPort:    '] } },
  { source: `${GCP} TestParsePortNumber "leading/trailing spaces"`, input: ports('  42  '), verdict: { reject: ['invalid containerPort:   42  '] } },
  { source: `${GCP} TestParsePortNumber "too large port"`, input: ports('8080:70000'), verdict: { reject: ['invalid containerPort: 70000'] } },
  { source: `${GCP} TestParsePortNumber "trailing garbage"`, input: ports('1234abc:80'), verdict: { reject: ['invalid hostPort: 1234abc'] } },

  // compose-go: short syntax through ParsePortConfig and the ports transform.
  ...['80', '80:8080', '80-90:8080', '8080:80/tcp', '80:8080/udp', '80-81:8080-8081/tcp', '80-82:8080-8082/udp', '80-82:8080/udp', '80-80:8080/tcp', '1.1.1.1:80:80'].map(
    (v): UpstreamCase => ({ source: `${CG} types/types_test.go TestParsePortConfig ${JSON.stringify(v)}`, input: ports(v), verdict: 'accept' }),
  ),
  { source: `${CG} types/types_test.go TestParsePortConfig "9999999"`, input: ports('9999999'), verdict: { reject: ['invalid containerPort: 9999999'] }, note: 'compose-go pins go-connections v0.4 ("Invalid containerPort: 9999999"); docker compose ≥ 2.24 prints it lowercase.' },
  { source: `${CG} types/types_test.go TestParsePortConfig "80/xyz"`, input: ports('80/xyz'), verdict: { reject: ['invalid proto: xyz'] } },
  { source: `${CG} types/types_test.go TestParsePortConfig "tcp"`, input: ports('tcp'), verdict: { reject: ['invalid containerPort: tcp'] } },
  { source: `${CG} types/types_test.go TestParsePortConfig "udp"`, input: ports('udp'), verdict: { reject: ['invalid containerPort: udp'] } },
  { source: `${CG} types/types_test.go TestParsePortConfig ""`, input: ports(''), verdict: { reject: ['no port specified: <empty>'] } },
  { source: `${CG} transform/ports_test.go Test_transformPorts "[]string"`, input: ports('127.0.0.1:8080:80', '127.0.0.1:8081:81'), verdict: 'accept' },
  { source: `${CG} transform/ports_test.go Test_transformPorts "invalid IP"`, input: ports('127.0.1:8080:80'), verdict: { reject: ['invalid IP address: 127.0.1'] }, note: 'compose-go\'s test expects go-connections v0.4\'s "Invalid ip address: 127.0.1".' },
  { source: `${CG} transform/ports_test.go Test_transformPorts "ignore invalid IP"`, input: ports('${HOST_IP}:${HOST_PORT}:80'), verdict: 'accept', note: 'With HOST_IP and HOST_PORT unset the value is "::80": container port 80.' },
  { source: `${CG} transform/ports_test.go Test_portDefaults "default port"`, input: 'services:\n  foo:\n    image: alpine\n    ports:\n      - target: 80\n        published: 8080\n', verdict: 'accept' },
  { source: `${CG} loader/tests/ports_test.go TestPortsShortSyntax`, input: 'name: test\nservices:\n  foo:\n    image: alpine\n    ports:\n      - "80:8080"\n      - "90:8090/udp"\n      - 8600\n', verdict: 'accept' },
  { source: `${CG} loader/tests/ports_test.go TestPortsLongSyntax`, input: 'name: test\nservices:\n  foo:\n    image: alpine\n    ports:\n      - target: 80\n        published: 8080\n        protocol: tcp\n        mode: host\n', verdict: 'accept' },
  { source: `${CG} loader/tests/ports_test.go TestPortsRange`, input: 'name: test\nservices:\n  foo:\n    image: alpine\n    ports:\n      - "80-82:8080-8082"\n', verdict: 'accept' },
  { source: `${CG} loader/tests/ports_test.go TestNamedPort`, input: 'name: test\nservices:\n  foo:\n    image: alpine\n    ports:\n      - name: http\n        published: 8080\n        target: 80\n', verdict: 'accept' },
  { source: `${CG} loader/tests/ports_test.go TestAppProtocol`, input: 'name: test\nservices:\n  foo:\n    image: alpine\n    ports:\n      - published: 8080\n        target: 80\n        protocol: tcp\n        app_protocol: http\n', verdict: 'accept' },
  { source: `${CG} loader/loader_test.go TestLoadExpandedPortFormat`, input: 'name: load-expanded-port-format\nservices:\n  web:\n    image: busybox\n    ports:\n      - "80-82:8080-8082"\n      - "90-92:8090-8092/udp"\n      - "85:8500"\n      - 8600\n      - protocol: udp\n        target: 53\n        published: 10053\n      - mode: host\n        target: 22\n        published: 10022\n', verdict: 'accept' },
  { source: `${CG} override/uncity_test.go Test_PortsShortUnicity`, input: ports('9080:80', '9081:81', '9080:80', '5000', '6060:6060/udp', '9080:6060/udp'), verdict: 'accept', note: 'The repeated 9080:80 is merged silently; 9080/tcp and 9080/udp are different ports.' },
  {
    source: `${CG} override/uncity_test.go Test_PortsLongtUnicity; ${MOBY} daemon/libnetwork/portallocator RequestPortsInRange`,
    input: 'services:\n  test:\n    image: foo\n    ports:\n      - target: 80\n        host_ip: 127.0.0.1\n        published: "8080"\n        protocol: tcp\n        mode: host\n      - target: 81\n        published: "8080"\n        protocol: tcp\n      - target: 80\n        host_ip: 127.0.0.2\n        published: "8080"\n        protocol: tcp\n      - target: 81\n        published: "8080"\n        protocol: tcp\n',
    verdict: { reject: ['port is already allocated'], match: 'contains' },
    note: 'compose-go merges the two "target 81" entries; the Engine then refuses 8080 on 127.0.0.1 next to 8080 on every address.',
  },

  // compose-go: interpolation (template, interpolation and loader tests). `env` is the test's whole mapping.
  { source: `${CG} template/template_test.go TestEscaped`, input: image('$${foo}'), env: TEMPLATE_ENV, verdict: 'accept' },
  { source: `${CG} template/template_test.go TestSubstituteNoMatch`, input: image('foo'), env: TEMPLATE_ENV, verdict: 'accept' },
  ...['a $ string', '^REGEX$', '$}', '$'].map((t): UpstreamCase => ({ source: `${CG} template/template_test.go TestUnescaped ${JSON.stringify(t)}`, input: image(t), env: TEMPLATE_ENV, verdict: 'accept' })),
  ...['${', '${}', '${ }', '${ foo}', '${foo }', '${foo!}'].map((t): UpstreamCase => ({
    source: `${CG} template/template_test.go TestInvalid ${JSON.stringify(t)}`,
    input: image(t),
    env: TEMPLATE_ENV,
    verdict: { reject: [invalidFormat('services.web.image', t)] },
  })),
  { source: `${CG} template/template_test.go TestNonBraced`, input: image('$FOO-bar'), env: TEMPLATE_ENV, verdict: 'accept' },
  { source: `${CG} template/template_test.go TestNoValueNoDefault`, input: image('This ${missing} var'), env: TEMPLATE_ENV, verdict: 'accept' },
  { source: `${CG} template/template_test.go TestLazyDefaultDoesNotWarn`, input: image('${A:+${A},}B'), env: TEMPLATE_ENV, verdict: 'accept' },
  { source: `${CG} template/template_test.go TestNonAlphanumericDefault`, input: image('ok ${BAR:-/non:-alphanumeric}'), env: TEMPLATE_ENV, verdict: 'accept' },
  { source: `${CG} template/template_test.go TestDefaultsWithNestedExpansion`, input: image('ok ${UNSET_VAR-${FOO} ${FOO}}'), env: TEMPLATE_ENV, verdict: 'accept' },
  ...([
    ['not ok ${UNSET_VAR:?Mandatory Variable Unset}', 'UNSET_VAR', 'Mandatory Variable Unset'],
    ['not ok ${BAR:?Mandatory Variable Empty}', 'BAR', 'Mandatory Variable Empty'],
    ['not ok ${UNSET_VAR:?}', 'UNSET_VAR', undefined],
    ['not ok ${UNSET_VAR?Mandatory Variable Unset}', 'UNSET_VAR', 'Mandatory Variable Unset'],
    ['not ok ${UNSET_VAR?}', 'UNSET_VAR', undefined],
    ['not ok ${UNSET_VAR:?Mandatory Variable ${FOO}}', 'UNSET_VAR', 'Mandatory Variable first'],
  ] as const).map(([t, name, reason]): UpstreamCase => ({
    source: `${CG} template/template_test.go TestMandatoryVariableErrors ${JSON.stringify(t)}`,
    input: envValue(t),
    env: TEMPLATE_ENV,
    verdict: { reject: [required(name, reason)] },
  })),
  { source: `${CG} template/template_test.go TestDefaultsForMandatoryVariables "ok \${BAR?err}"`, input: image('ok ${BAR?err}'), env: TEMPLATE_ENV, verdict: 'accept' },
  { source: `${CG} template/template_test.go TestPrecedence "\${UNSET_VAR-myerror?msg}"`, input: image('${UNSET_VAR-myerror?msg}'), env: TEMPLATE_ENV, verdict: 'accept' },
  { source: `${CG} template/template_test.go TestPrecedence "\${UNSET_VAR?bar-baz}"`, input: envValue('${UNSET_VAR?bar-baz}'), env: TEMPLATE_ENV, verdict: { reject: [required('UNSET_VAR', 'bar-baz')] } },
  { source: `${CG} template/template_test.go TestValueWithCurlyBracesDefault`, input: image('ok ${JSON:-{"json":1}}'), env: TEMPLATE_ENV, verdict: 'accept' },
  { source: `${CG} interpolation/interpolation_test.go TestInterpolate`, input: 'services:\n  servicea:\n    image: "example:${USER}"\n    volumes: ["$FOO:/target"]\n    logging:\n      driver: "${FOO}"\n      options:\n        user: "$USER"\n', env: INTERPOLATION_ENV, verdict: 'accept' },
  { source: `${CG} interpolation/interpolation_test.go TestInvalidInterpolation`, input: 'services:\n  servicea:\n    image: "${"\n', env: INTERPOLATION_ENV, verdict: { reject: [invalidFormat('services.servicea.image', '${')] }, note: 'The test interpolates the services map alone, so its path lacks the "services." prefix.' },
  ...([
    ['{{{ ${FOO:-foo_} }}}'], ['{{{ ${FOO:-foo-bar-value} }}}'], ['{{{ ${FOO:-foo?bar?value} }}}'], ['{{{ ${FOO:-foo:?bar:?value} }}}'],
    ['{{{ ${FOO:-foo} ${BAR:-DEFAULT_VALUE} }}}'], ['{{{ ${BAR} }}}'], ['${FOO:-baz} }}}'], ['${FOO-baz} }}}'],
    ['{{{ ${FOO:?foo_} }}}', 'foo_'], ['{{{ ${FOO:?foo-bar-value} }}}', 'foo-bar-value'], ['{{{ ${FOO:?foo} ${BAR:-DEFAULT_VALUE} }}}', 'foo'],
    ['${FOO:?foo} ${BAR:?bar}', 'foo'], ['${FOO:?baz} }}}', 'baz'], ['${FOO?baz} }}}', 'baz'],
    ['${FOO:-${BAR:-${ZOT:-qix}}}'], ['${FOO:-${BAR:-x}_test_${BAR:-y}}'], ['${FOO:-${BAR:-x}_test}'], ['${FOO:-${BAR:-${ZOT:-x}}_test}'],
  ] as const).map(([t, reason]): UpstreamCase => ({
    source: `${CG} interpolation/interpolation_test.go TestValidUnexistentInterpolation ${JSON.stringify(t)}`,
    input: envValue(t),
    env: {},
    verdict: reason === undefined ? 'accept' : { reject: [required('FOO', reason)] },
    note: 'The test interpolates the services map alone; in a Compose file the path starts with "services.".',
  })),
  ...['{{{ ${FOO:-foo_} }}}', '{{{ ${FOO:-foo} ${BAR:-DEFAULT_VALUE} }}}', '{{{ ${BAR} }}}', '${FOO-baz} }}}', '{{{ ${FOO:-foo} ${USER:-bar} }}}', '{{{ ${USER} }}}'].map((t): UpstreamCase => ({
    source: `${CG} interpolation/interpolation_test.go TestValidExistentInterpolation ${JSON.stringify(t)}`,
    input: envValue(t),
    env: INTERPOLATION_ENV,
    verdict: 'accept',
  })),
  {
    source: `${CG} loader/loader_test.go TestLoadWithEnvironmentInterpolation`,
    input: '# This is a comment, so using variable syntax here ${SHOULD_NOT_BREAK} parsing\nname: load-with-environment-interpolation\nservices:\n  test:\n    image: busybox\n    labels:\n      - home1=$HOME\n      - home2=${HOME}\n      - nonexistent=$NONEXISTENT\n      - default=${NONEXISTENT-default}\nnetworks:\n  test:\n    driver: $HOME\nvolumes:\n  test:\n    driver: $HOME\n',
    env: { HOME: '/home/foo', FOO: 'foo' },
    verdict: 'accept',
  },
  {
    source: `${CG} loader/loader_test.go TestLoadWithInterpolationCastFull`,
    input: 'name: load-with-interpolation-cast-full\nservices:\n  web:\n    image: busybox\n    healthcheck:\n      retries: ${theint}\n      disable: $thebool\n    deploy:\n      replicas: $theint\n    ports:\n      - $theint\n      - "34567"\n      - target: $theint\n        published: "$theint"\n        x-foo-bar: true\n    ulimits:\n      nproc: $theint\n      nofile:\n        hard: $theint\n        soft: $theint\n    privileged: $thebool\n    read_only: $thebool\n    stdin_open: ${thebool}\n    tty: $thebool\nnetworks:\n  front:\n    external: $thebool\n    internal: $thebool\n    attachable: $thebool\n  back:\n',
    env: { theint: '555', thefloat: '3.14', thebool: 'true', theduration: '60s', thesize: '2gb' },
    verdict: 'accept',
    note: 'The fields of the test that NetLens does not read (configs, secrets, volumes) are left out.',
  },
  { source: `${CG} loader/loader_test.go TestInterpolateInt`, input: 'name: interpolate-int\nservices:\n  foo:\n    image: foo\n    scale: ${FOO_SCALE}\n', env: { FOO_SCALE: '2' }, verdict: 'accept' },
  { source: `${CG} loader/loader_test.go TestLoadLegacyBoolean`, input: 'name: load-legacy-boolean\nservices:\n  test:\n    image: busybox\n    init: yes # used to be a valid YAML bool, removed in YAML 1.2\n', verdict: 'accept', note: 'Accepted with the warning "\\"yes\\" for boolean is not supported by YAML 1.2, please use `true`".' },
  { source: `${CG} schema/using-variables.yaml TestValidateVariables`, input: 'services:\n  foo:\n    image: ${VARIABLE}\n    expose:\n      - ${VARIABLE}\n    extra_hosts:\n      - ${VARIABLE}\n    networks:\n      other-network:\n        ipv4_address: ${VARIABLE}\n        ipv6_address: ${VARIABLE}\n        mac_address: ${VARIABLE}\n    ports:\n      - ${VARIABLE}\nnetworks:\n  other-network:\n  network:\n    ipam:\n      driver: ${VARIABLE}\n      config:\n        - subnet: ${VARIABLE}\n          ip_range: ${VARIABLE}\n          gateway: ${VARIABLE}\n          aux_addresses:\n            host1: ${VARIABLE}\n  external-network:\n    external: ${VARIABLE}\n', verdict: 'accept', note: 'The schema test only validates the shape; with VARIABLE unknown, NetLens leaves every value alone.' },

  // compose-go: version, networks, extra_hosts, dns, network_mode.
  { source: `${CG} loader/testdata/compose-test-with-version.yaml TestComposeFileWithVersion`, input: 'version: "2"\nname: compose-test-with-version\nvolumes:\n  data:\n    driver: local\nnetworks:\n  front: {}\nservices:\n  web:\n    build: ./Dockerfile\n    networks:\n      - front\n      - default\n    volumes_from:\n      - other\n  other:\n    image: busybox:1.31.0-uclibc\n    command: top\n    volumes:\n      - /data\n', verdict: 'accept', note: 'Accepted with the warning "the attribute `version` is obsolete".' },
  {
    source: `${CG} loader/loader_test.go sampleYAML (TestLoad, consistency checks skipped)`,
    input: 'name: sample\nservices:\n  foo:\n    image: busybox\n    networks:\n      with_me:\n  bar:\n    image: busybox\n    environment:\n      - FOO=1\n    networks:\n      - with_ipam\nvolumes:\n  hello:\n    driver: default\n    driver_opts:\n      beep: boop\nnetworks:\n  default:\n    driver: bridge\n    driver_opts:\n      beep: boop\n  with_ipam:\n    ipam:\n      driver: default\n      config:\n        - subnet: 172.28.0.0/16\n      options:\n        foo: bar\n',
    verdict: { reject: ['service "foo" refers to undefined network with_me: invalid compose project'] },
    note: 'The test sets SkipConsistencyCheck; docker compose runs checkConsistency (loader/validate.go) and refuses it.',
  },
  { source: `${CG} loader/tests/networks_test.go TestServiceNetworks`, input: 'name: test\nservices:\n  foo:\n    image: alpine\n    networks:\n      some-network:\n        aliases:\n          - alias1\n          - alias3\n      other-network:\n        ipv4_address: 172.16.238.10\n        ipv6_address: "2001:3984:3989::10"\n        mac_address: "02:42:72:98:65:08"\n      other-other-network:\nnetworks:\n  some-network:\n  other-network:\n  other-other-network:\n', verdict: { reject: ['no configured subnet contains IP address 2001:3984:3989::10'] }, note: 'The loader test only loads the file; `up` fails in the Engine: Docker ≤ 29.0 with "user specified IP address is supported only when connecting to networks with user configured subnets", Docker ≥ 29.1 because other-network has no IPv6.' },
  { source: `${CG} loader/tests/networks_test.go TestTopLevelNetworks`, input: 'name: test\nservices:\n  foo:\n    image: alpine\nnetworks:\n  some-network:\n  other-network:\n    driver: overlay\n    driver_opts:\n      foo: "bar"\n      baz: 1\n    ipam:\n      driver: overlay\n      config:\n        - subnet: 172.28.0.0/16\n          ip_range: 172.28.5.0/24\n          gateway: 172.28.5.254\n          aux_addresses:\n            host1: 172.28.1.5\n            host2: 172.28.1.6\n            host3: 172.28.1.7\n        - subnet: "2001:3984:3989::/64"\n          gateway: "2001:3984:3989::1"\n    labels:\n      foo: bar\n  external-network:\n    external: true\n  other-external-network:\n    external:\n      name: my-cool-network\n    x-bar: baz\n    x-foo: bar\n', verdict: 'accept' },
  { source: `${CG} loader/tests/network_ipam_test.go TestNetworkIPAM`, input: 'name: test\nservices:\n  foo:\n    image: alpine\nnetworks:\n  net1:\n    ipam:\n      driver: default\n      options:\n        com.docker.network.ipam.foo: bar\n        com.docker.network.ipam.baz: "1"\n      config:\n        - subnet: 172.28.0.0/16\n          gateway: 172.28.0.1\n', verdict: 'accept' },
  { source: `${CG} loader/tests/network_mode_test.go TestNetworkMode`, input: 'name: test\nservices:\n  foo:\n    image: alpine\n    network_mode: "container:0cfeab0f748b"\n', verdict: 'accept' },
  { source: `${CG} loader/validate_test.go TestValidateNetworkMode "network_mode service"`, input: 'services:\n  myservice1:\n    image: scratch\n  myservice2:\n    image: scratch\n    network_mode: "service:myservice1"\n', verdict: 'accept' },
  { source: `${CG} loader/validate_test.go TestValidateNetworkMode "network_mode service fail"`, input: 'services:\n  myservice1:\n    image: scratch\n  myservice2:\n    image: scratch\n    network_mode: "service:nonexistentservice"\n', verdict: { reject: ["service \"nonexistentservice\" not found for network_mode 'service:nonexistentservice'"] } },
  { source: `${CG} loader/validate_test.go TestValidateNetworkMode "network_mode container"`, input: 'services:\n  myservice1:\n    image: scratch\n    container_name: mycontainer_name\n  myservice2:\n    image: scratch\n    network_mode: "container:mycontainer_name"\n', verdict: 'accept' },
  { source: `${CG} loader/validate_test.go TestValidateNetworkMode "network_mode & networks can't both be defined"`, input: 'services:\n  myservice1:\n    image: scratch\n    network_mode: host\n    networks:\n      mynetwork: {}\nnetworks:\n  mynetwork: {}\n', verdict: { reject: ['service myservice1 declares mutually exclusive `network_mode` and `networks`: invalid compose project'] } },
  { source: `${CG} loader/loader_test.go TestBadServiceConfig`, input: 'name: scratch\nservices:\n  redis:\n    image: redis:6.2.6-alpine\n    network_mode: bridge\n    networks:\n      gratheon: null\nnetworks:\n  gratheon:\n    name: scratch_gratheon\n', verdict: { reject: ['service redis declares mutually exclusive `network_mode` and `networks`: invalid compose project'] } },
  { source: `${CG} loader/tests/expose_test.go TestExpose`, input: 'name: test\nservices:\n  foo:\n    image: alpine\n    expose:\n      - "3000"\n      - 8000\n', verdict: 'accept' },
  { source: `${CG} loader/tests/extra_hosts_test.go TestExtraHostsMap`, input: 'name: test\nservices:\n  foo:\n    image: alpine\n    extra_hosts:\n      alpha: "50.31.209.229"\n      zulu: "162.242.195.82"\n', verdict: 'accept' },
  { source: `${CG} loader/tests/extra_hosts_test.go TestExtraHostsList`, input: extraHosts('alpha:50.31.209.229', 'zulu:127.0.0.2', 'zulu:ff02::1'), verdict: 'accept' },
  { source: `${CG} loader/tests/extra_hosts_test.go TestExtraHostsRepeated`, input: extraHosts('myhost=0.0.0.1,0.0.0.2'), verdict: 'accept' },
  { source: `${CG} loader/tests/extra_hosts_test.go TestExtraHostsLongSyntax`, input: 'name: test\nservices:\n  foo:\n    image: alpine\n    extra_hosts:\n      myhost:\n        - "0.0.0.1"\n        - "0.0.0.2"\n', verdict: 'accept' },
  ...(['=', ':'] as const).flatMap((sep): UpstreamCase[] => [
    ...['myhost' + sep + '192.168.0.1', 'myhost' + sep + '[192.168.0.1]', 'host.invalid' + sep + '10.0.2.1', 'anipv6host' + sep + '2003:ab34:e::1', 'anipv6host' + sep + '[2003:ab34:e::1]', 'ipv6local' + sep + '::1', 'ipv6local' + sep + '[::1]', 'host.docker.internal' + sep + 'host-gateway'].map(
      (e): UpstreamCase => ({ source: `${CG} types/hostList_test.go TestHostsList (separator ${JSON.stringify(sep)}) ${JSON.stringify(e)}`, input: extraHosts(e), verdict: 'accept' }),
    ),
  ]),
  { source: `${CG} types/hostList_test.go TestHostsList "multiple inputs"`, input: extraHosts('myhost=192.168.0.1', 'anipv6host=[2003:ab34:e::1]', 'host.docker.internal=host-gateway'), verdict: 'accept' },
  { source: `${CG} types/hostList_test.go TestHostsList "bad host, colon"`, input: extraHosts('::::1'), verdict: { reject: ["bad host name ''"] } },
  { source: `${CG} types/hostList_test.go TestHostsList "bad host, eq"`, input: extraHosts('=::1'), verdict: { reject: ["bad host name ''"] } },
  { source: `${CG} types/hostList_test.go TestHostsList "both ipv4 and ipv6"`, input: extraHosts('foo:127.0.0.2', 'foo:ff02::1'), verdict: 'accept' },
  { source: `${CG} types/hostList_test.go TestHostsList "list of values"`, input: extraHosts('foo=127.0.0.2,127.0.0.3'), verdict: 'accept' },
  { source: `${CG} loader/tests/dns_test.go TestDNS`, input: 'name: test\nservices:\n  list:\n    image: alpine\n    dns:\n      - 8.8.8.8\n      - 9.9.9.9\n  string:\n    image: alpine\n    dns: 8.8.8.8\n', verdict: 'accept' },
  { source: `${CG} loader/tests/dns_test.go TestDNSOmitEmpty`, input: 'name: test\nservices:\n  foo:\n    image: alpine\n    dns: ${UNSET_VAR}\n', env: {}, verdict: 'accept' },

  // moby: the Engine's checks.
  ...([
    ['IP version mismatch', { subnet: '10.10.10.0/24', ip_range: '2001:db8::/32', gateway: '2001:db8::1', aux_addresses: { DefaultGatewayIPv4: '2001:db8::1' } }, '', ['invalid ip-range 2001:db8::/32: parent subnet is an IPv4 block', 'invalid gateway 2001:db8::1: parent subnet is an IPv4 block', 'invalid auxiliary address DefaultGatewayIPv4: parent subnet is an IPv4 block']],
    ['IPv6 subnet is discarded with no error when IPv6 is disabled', { subnet: '2001:db8::/32' }, '', undefined],
    ['IPRange bigger than its subnet', { subnet: '10.10.10.0/24', ip_range: '10.0.0.0/8' }, '', ['invalid ip-range 10.0.0.0/8: CIDR block is bigger than its parent subnet 10.10.10.0/24']],
    ['Out of range prefix & addresses', { subnet: '10.0.0.0/8', ip_range: '192.168.0.1/24', gateway: '192.168.0.1', aux_addresses: { DefaultGatewayIPv4: '192.168.0.1' } }, '', ['invalid ip-range 192.168.0.1/24: it should be 192.168.0.0/24', "invalid ip-range 192.168.0.1/24: parent subnet 10.0.0.0/8 doesn't contain ip-range", "invalid gateway 192.168.0.1: parent subnet 10.0.0.0/8 doesn't contain this address", "invalid auxiliary address DefaultGatewayIPv4: parent subnet 10.0.0.0/8 doesn't contain this address"]],
    ['Subnet with host fragment set', { subnet: '10.10.10.0/8' }, '', ['invalid subnet 10.10.10.0/8: it should be 10.0.0.0/8']],
    ['IPRange with host fragment set', { subnet: '10.0.0.0/8', ip_range: '10.10.10.0/16' }, '', ['invalid ip-range 10.10.10.0/16: it should be 10.10.0.0/16']],
    ['Valid IPAM', { subnet: '10.0.0.0/8', ip_range: '10.10.0.0/16', gateway: '10.10.0.1', aux_addresses: { DefaultGatewayIPv4: '10.10.0.1' } }, '', undefined],
  ] as const).map(([name, fields, extra, errors]): UpstreamCase => ({
    source: `${MOBY} daemon/network_test.go TestValidateIPAM "${name}"`,
    input: pool(fields as Record<string, string | Record<string, string>>, extra),
    verdict: errors ? { reject: errors } : 'accept',
  })),
  { source: `${MOBY} daemon/network_test.go TestValidateIPAM "Empty IPAM is valid"`, input: 'services:\n  web:\n    image: nginx\n    networks: [net]\nnetworks:\n  net: {}\n', verdict: 'accept' },
  {
    source: `${MOBY} daemon/container_operations_test.go TestEndpointIPAMInfoWithOutOfRangeAddrs "valid config"`,
    input: endpoint('        ipv4_address: 192.168.100.10\n        ipv6_address: "2a01:d2:af:420b:25c1:1816:bb33:855c"\n        link_local_ips: ["169.254.169.254", "fe80::42:a8ff:fe33:6230"]\n', '    enable_ipv6: true\n    ipam:\n      config:\n        - subnet: 192.168.100.0/24\n        - subnet: "2a01:d2:af:420b:25c1:1816:bb33::/112"\n'),
    verdict: 'accept',
  },
  {
    source: `${MOBY} daemon/container_operations_test.go TestEndpointIPAMInfoWithOutOfRangeAddrs "static addresses out of range"`,
    input: endpoint('        ipv4_address: 192.168.100.10\n        ipv6_address: "2a01:d2:af:420b:25c1:1816:bb33:855c"\n', '    enable_ipv6: true\n    ipam:\n      config:\n        - subnet: 192.168.255.0/24\n        - subnet: "2001:db8::/112"\n'),
    verdict: { reject: ['no configured subnet contains IP address 192.168.100.10', 'no configured subnet contains IP address 2a01:d2:af:420b:25c1:1816:bb33:855c'] },
  },
  {
    source: `${MOBY} daemon/container_operations_test.go TestEndpointIPAMConfigWithInvalidConfig "invalid IP addresses"`,
    input: endpoint('        ipv4_address: "2001::1"\n        ipv6_address: 1.2.3.4\n', '    enable_ipv6: true\n    ipam:\n      config:\n        - subnet: 1.2.3.0/24\n        - subnet: "2001::/64"\n'),
    verdict: { reject: ['invalid IPv4 address: 2001::1', 'invalid IPv6 address: 1.2.3.4'] },
  },
  {
    source: `${MOBY} daemon/container_operations_test.go TestEndpointIPAMConfigWithInvalidConfig "ipv6 address with a zone"`,
    input: endpoint('        ipv6_address: "fe80::1cc0:3e8c:119f:c2e1%ens18"\n', '    enable_ipv6: true\n    ipam:\n      config:\n        - subnet: "fe80::/64"\n'),
    verdict: { reject: ['invalid IPv6 address: fe80::1cc0:3e8c:119f:c2e1%ens18'] },
  },
  {
    source: `${MOBY} daemon/container_operations_test.go TestEndpointIPAMConfigWithInvalidConfig "ipv6-mapped ipv4 address"`,
    input: endpoint('        ipv6_address: "::ffff:192.168.100.10"\n', '    enable_ipv6: true\n    ipam:\n      config:\n        - subnet: "2001:db8::/64"\n'),
    verdict: { reject: ['invalid IPv6 address: ::ffff:192.168.100.10'] },
  },
  {
    source: `${MOBY} daemon/container_operations_test.go TestEndpointIPAMConfigWithInvalidConfig "unspecified address is invalid"`,
    input: endpoint('        ipv4_address: 0.0.0.0\n        ipv6_address: "::"\n        link_local_ips: ["0.0.0.0", "::"]\n', '    enable_ipv6: true\n    ipam:\n      config:\n        - subnet: 10.0.0.0/24\n        - subnet: "2001:db8::/64"\n'),
    verdict: { reject: ['invalid IPv4 address: 0.0.0.0', 'invalid IPv6 address: ::', 'invalid link-local IP address: 0.0.0.0', 'invalid link-local IP address: ::'] },
  },
  {
    source: `${MOBY} daemon/container_operations_test.go TestEndpointIPAMConfigWithInvalidConfig "empty link-local"; docker/compose pkg/compose/create.go parseEndpointIPAM`,
    input: endpoint('        link_local_ips: [""]\n', '    ipam:\n      config:\n        - subnet: 10.0.0.0/24\n'),
    verdict: 'accept',
    note: 'The Engine refuses an empty link-local address, but docker compose skips empty entries before calling it.',
  },
  {
    source: `${MOBY} integration-cli/docker_cli_network_unix_test.go TestDockerNetworkValidateIP (valid)`,
    input: endpoint('        ipv4_address: 172.28.99.88\n        ipv6_address: "2001:db8:1234::9988"\n', '    enable_ipv6: true\n    ipam:\n      config:\n        - subnet: 172.28.0.0/16\n        - subnet: "2001:db8:1234::/64"\n'),
    verdict: 'accept',
  },
  {
    source: `${MOBY} integration-cli/docker_cli_network_unix_test.go TestDockerNetworkValidateIP "--ip mynet_ip"`,
    input: endpoint('        ipv4_address: mynet_ip\n        ipv6_address: "2001:db8:1234::9999"\n', '    enable_ipv6: true\n    ipam:\n      config:\n        - subnet: 172.28.0.0/16\n        - subnet: "2001:db8:1234::/64"\n'),
    verdict: { reject: ['parse IP'], match: 'contains' },
  },
  {
    source: `${MOBY} integration-cli/docker_cli_network_unix_test.go TestDockerNetworkValidateIP "--ip6 mynet_ip6"`,
    input: endpoint('        ipv4_address: 172.28.99.99\n        ipv6_address: mynet_ip6\n', '    enable_ipv6: true\n    ipam:\n      config:\n        - subnet: 172.28.0.0/16\n        - subnet: "2001:db8:1234::/64"\n'),
    verdict: { reject: ['parse IP'], match: 'contains' },
  },
  {
    source: `${MOBY} integration-cli/docker_cli_network_unix_test.go TestDockerNetworkValidateIP "--ip6 172.28.99.99"`,
    input: endpoint('        ipv6_address: 172.28.99.99\n', '    enable_ipv6: true\n    ipam:\n      config:\n        - subnet: 172.28.0.0/16\n        - subnet: "2001:db8:1234::/64"\n'),
    verdict: { reject: ['invalid IPv6 address'], match: 'contains' },
  },
  {
    source: `${MOBY} integration-cli/docker_cli_network_unix_test.go TestDockerNetworkValidateIP "--ip6 ::ffff:172.28.99.99"`,
    input: endpoint('        ipv6_address: "::ffff:172.28.99.99"\n', '    enable_ipv6: true\n    ipam:\n      config:\n        - subnet: 172.28.0.0/16\n        - subnet: "2001:db8:1234::/64"\n'),
    verdict: { reject: ['invalid IPv6 address'], match: 'contains' },
  },
  {
    source: `${MOBY} integration-cli/docker_cli_network_unix_test.go TestDockerNetworkUnsupportedRequiredIP (network without subnets)`,
    input: endpoint('        ipv4_address: 172.28.99.88\n', '    driver: bridge\n'),
    verdict: { reject: ['no configured subnet contains IP address 172.28.99.88'] },
    note: 'Docker ≥ 29.1 accepts a static address on a network without configured subnets only when it falls in the subnet the Engine allocates, which a file cannot tell; NetLens warns instead of failing.',
  },
  {
    source: `${MOBY} integration-cli/docker_cli_network_unix_test.go TestDockerNetworkIPAMMultipleNetworks (bridge networks)`,
    input: 'services:\n  web:\n    image: busybox\n    networks: [test1, test2, test3]\nnetworks:\n  test1:\n    ipam:\n      config:\n        - subnet: 192.168.0.0/16\n  test2:\n    ipam:\n      config:\n        - subnet: 192.169.0.0/16\n  test3: {}\n',
    verdict: 'accept',
  },
  {
    source: `${MOBY} integration-cli/docker_cli_network_unix_test.go TestDockerNetworkIPAMMultipleNetworks (test7, a driver with several subnets)`,
    input: 'services:\n  web:\n    image: busybox\n    networks: [test7]\nnetworks:\n  test7:\n    driver: dummy\n    ipam:\n      config:\n        - subnet: 192.172.0.0/16\n          gateway: 192.172.0.100\n          ip_range: 192.172.1.0/24\n          aux_addresses: {a: 192.172.1.5, b: 192.172.1.6}\n        - subnet: 192.173.0.0/16\n          gateway: 192.173.0.100\n          aux_addresses: {c: 192.173.1.5, d: 192.173.1.6}\n',
    verdict: 'accept',
  },
  {
    source: `${MOBY} integration-cli/docker_cli_network_unix_test.go TestDockerNetworkIPAMMultipleNetworks (comment: bridge network doesn't support multiple subnets); daemon/libnetwork/drivers/bridge/bridge_linux.go processIPAM`,
    input: 'services:\n  web:\n    image: busybox\n    networks: [test6]\nnetworks:\n  test6:\n    ipam:\n      config:\n        - subnet: 192.170.0.0/16\n        - subnet: 192.171.0.0/16\n',
    verdict: { reject: ["bridge driver doesn't support multiple subnets"] },
  },
  {
    source: `${MOBY} daemon/libnetwork/libnetwork_linux_test.go TestBridgeRequiresIPAM; drivers/bridge/bridge_linux.go CreateNetwork`,
    input: 'services:\n  web:\n    image: busybox\n    networks: [net]\nnetworks:\n  net:\n    enable_ipv4: false\n    enable_ipv6: false\n',
    verdict: { reject: ['IPv4 or IPv6 must be enabled'] },
  },
  {
    source: `${MOBY} daemon/libnetwork/ipams/defaultipam/address_space.go allocateSubnetL (ipamapi.ErrPoolOverlap), allocator_test.go "invalid pool request"`,
    input: 'services:\n  web:\n    image: busybox\n    networks: [a, b]\nnetworks:\n  a:\n    ipam:\n      config:\n        - subnet: 10.1.0.0/16\n  b:\n    ipam:\n      config:\n        - subnet: 10.1.2.0/24\n',
    verdict: { reject: ['invalid pool request: Pool overlaps with other one on this address space'] },
  },
  {
    source: `${MOBY} daemon/libnetwork/ipams/defaultipam/address_space.go allocateSubnetL (an ip_range skips the overlap check, moby#46756)`,
    input: 'services:\n  web:\n    image: busybox\n    networks: [a, b]\nnetworks:\n  a:\n    ipam:\n      config:\n        - subnet: 10.1.0.0/16\n          ip_range: 10.1.1.0/24\n  b:\n    ipam:\n      config:\n        - subnet: 10.1.0.0/16\n          ip_range: 10.1.2.0/24\n',
    verdict: 'accept',
  },
  { source: `${MOBY} daemon/pkg/opts/hosts_test.go TestValidateExtraHosts (valid)`, input: extraHosts('myhost:192.168.0.1', 'thathost:10.0.2.1', 'anipv6host:2003:ab34:e::1', 'ipv6local:::1'), verdict: 'accept' },
  { source: `${MOBY} daemon/pkg/opts/hosts_test.go TestValidateExtraHosts "myhost:192.notanipaddress.1"`, input: extraHosts('myhost:192.notanipaddress.1'), verdict: { reject: ['invalid IP address in add-host: "192.notanipaddress.1"'] } },
  { source: `${MOBY} daemon/pkg/opts/hosts_test.go TestValidateExtraHosts "thathost-nosemicolon10.0.0.1"`, input: extraHosts('thathost-nosemicolon10.0.0.1'), verdict: { reject: ['invalid additional host, missing IP: thathost-nosemicolon10.0.0.1'] }, note: 'The Engine says "bad format for add-host"; compose-go (types/hostList.go) refuses it first.' },
  { source: `${MOBY} daemon/pkg/opts/hosts_test.go TestValidateExtraHosts "anipv6host:::::1"`, input: extraHosts('anipv6host:::::1'), verdict: { reject: ['invalid IP address in add-host: "::::1"'] } },
  { source: `${MOBY} daemon/pkg/opts/hosts_test.go TestValidateExtraHosts "ipv6local:::0::"`, input: extraHosts('ipv6local:::0::'), verdict: { reject: ['invalid IP address in add-host: "::0::"'] } },
  { source: `${MOBY} daemon/container_unix_test.go TestContainerWarningHostAndPublishPorts "host-mode networking with ports mapped"`, input: 'services:\n  web:\n    image: busybox\n    network_mode: host\n    ports: ["8989:8080"]\n', verdict: 'accept', note: 'Accepted with the warning "Published ports are discarded when using host network mode".' },
  { source: `${MOBY} daemon/libnetwork/portallocator/portallocator_test.go TestPortAllocation (same address)`, input: twoServices('192.168.0.1:80:80', '192.168.0.1:80:81'), verdict: { reject: ['Bind for 192.168.0.1:80 failed: port is already allocated'] } },
  { source: `${MOBY} daemon/libnetwork/portallocator/portallocator_test.go TestPortAllocation (another interface)`, input: twoServices('192.168.0.1:80:80', '192.168.0.2:80:80'), verdict: 'accept' },
  { source: `${MOBY} daemon/libnetwork/portallocator/portallocator_test.go TestRequestPortForMultipleIPs (127.0.0.1 and ::, twice)`, input: 'services:\n  a:\n    image: nginx\n    ports: ["127.0.0.1:10000:80", "[::]:10000:80"]\n  b:\n    image: nginx\n    ports: ["127.0.0.1:10000:80", "[::]:10000:80"]\n', verdict: { reject: ['port is already allocated'], match: 'contains' } },
  { source: `${MOBY} daemon/libnetwork/portallocator/portallocator_test.go TestMixUnspecAndSpecificAddrs (ephemeral ports)`, input: twoServices('127.0.0.1::80/udp', '80/udp'), verdict: 'accept' },
  { source: `${MOBY} portallocator RequestPortsInRange (no host IP binds 0.0.0.0 and ::)`, input: twoServices('80:80', '[::]:80:80'), verdict: { reject: ['Bind for :::80 failed: port is already allocated'] } },
  { source: `${MOBY} portallocator RequestPortsInRange (0.0.0.0 and :: are separate, IPV6_V6ONLY)`, input: twoServices('0.0.0.0:80:80', '[::]:80:80'), verdict: 'accept' },
  { source: `${MOBY} portallocator RequestPortsInRange (a specific address and its family's wildcard)`, input: twoServices('127.0.0.1:80:80', '0.0.0.0:80:80'), verdict: { reject: ['Bind for 0.0.0.0:80 failed: port is already allocated'] } },
  { source: `${MOBY} portallocator RequestPortsInRange (tcp and udp are separate)`, input: twoServices('53:53/tcp', '53:53/udp'), verdict: 'accept' },
  { source: `${MOBY} daemon/container.go validatePortBindings (published "abc")`, input: 'services:\n  web:\n    image: nginx\n    ports:\n      - target: 80\n        published: abc\n', verdict: { reject: ['invalid port specification: "abc"'] } },

  // The compose-spec's own examples.
  { source: `${SPEC} 05-services.md ports (short syntax examples)`, input: ports('3000', '3000-3005', '8000:8000', '9090-9091:8080-8081', '49100:22', '8000-9000:80', '127.0.0.1:8001:8001', '127.0.0.1:5000-5010:5000-5010', '::1:6000:6000', '[::1]:6001:6001', '6060:6060/udp'), verdict: 'accept', note: 'All in one service: 8000-9000:80 is a pool Docker picks a free port from, so it does not clash with 8000:8000.' },
  { source: `${SPEC} 05-services.md ports (long syntax example)`, input: 'services:\n  web:\n    image: nginx\n    ports:\n      - name: web\n        target: 80\n        host_ip: 127.0.0.1\n        published: "8080"\n        protocol: tcp\n        app_protocol: http\n        mode: host\n\n      - name: web-secured\n        target: 443\n        host_ip: 127.0.0.1\n        published: "8083-9000"\n        protocol: tcp\n        app_protocol: https\n        mode: host\n', verdict: 'accept' },
  { source: `${SPEC} 05-services.md expose`, input: 'services:\n  web:\n    image: nginx\n    expose:\n      - "3000"\n      - "8000"\n      - "8080-8085/tcp"\n', verdict: 'accept' },
  { source: `${SPEC} 05-services.md extra_hosts (short syntax, =)`, input: extraHosts('somehost=162.242.195.82', 'otherhost=50.31.209.229', 'myhostv6=::1'), verdict: 'accept' },
  { source: `${SPEC} 05-services.md extra_hosts (brackets)`, input: extraHosts('myhostv6=[::1]'), verdict: 'accept' },
  { source: `${SPEC} 05-services.md extra_hosts (short syntax, :)`, input: extraHosts('somehost:162.242.195.82', 'myhostv6:::1'), verdict: 'accept' },
  { source: `${SPEC} 05-services.md extra_hosts (long syntax)`, input: 'services:\n  web:\n    image: busybox\n    extra_hosts:\n      somehost: "162.242.195.82"\n      otherhost: "50.31.209.229"\n      myhostv6: "::1"\n', verdict: 'accept' },
  { source: `${SPEC} 05-services.md dns (single value)`, input: 'services:\n  web:\n    image: busybox\n    dns: 8.8.8.8\n', verdict: 'accept' },
  { source: `${SPEC} 05-services.md dns (list)`, input: 'services:\n  web:\n    image: busybox\n    dns:\n      - 8.8.8.8\n      - 9.9.9.9\n', verdict: 'accept' },
  {
    source: `${SPEC} 05-services.md ipv4_address, ipv6_address`,
    input: 'services:\n  frontend:\n    image: example/webapp\n    networks:\n      front-tier:\n        ipv4_address: 172.16.238.10\n        ipv6_address: 2001:3984:3989::10\n\nnetworks:\n  front-tier:\n    ipam:\n      driver: default\n      config:\n        - subnet: "172.16.238.0/24"\n        - subnet: "2001:3984:3989::/64"\n',
    verdict: { reject: ['no configured subnet contains IP address 2001:3984:3989::10'] },
    note: 'The example lacks enable_ipv6: true; Docker ≥ 29.1 refuses the IPv6 address on a network without IPv6 (older Engines dropped it silently).',
  },
  { source: `${SPEC} 05-services.md ipv4_address, ipv6_address (with enable_ipv6)`, input: 'services:\n  frontend:\n    image: example/webapp\n    networks:\n      front-tier:\n        ipv4_address: 172.16.238.10\n        ipv6_address: 2001:3984:3989::10\n\nnetworks:\n  front-tier:\n    enable_ipv6: true\n    ipam:\n      driver: default\n      config:\n        - subnet: "172.16.238.0/24"\n        - subnet: "2001:3984:3989::/64"\n', verdict: 'accept' },
  { source: `${SPEC} 05-services.md link_local_ips`, input: 'services:\n  app:\n    image: busybox\n    command: top\n    networks:\n      app_net:\n        link_local_ips:\n          - 57.123.22.11\n          - 57.123.22.13\nnetworks:\n  app_net:\n    driver: bridge\n', verdict: 'accept' },
  { source: `${SPEC} 05-services.md network_mode`, input: 'services:\n  web:\n    image: busybox\n    network_mode: "host"\n', verdict: 'accept' },
  { source: `${SPEC} 06-networks.md basic example`, input: 'services:\n  frontend:\n    image: example/webapp\n    networks:\n      - front-tier\n      - back-tier\n\nnetworks:\n  front-tier:\n  back-tier:\n', verdict: 'accept' },
  { source: `${SPEC} 06-networks.md advanced example`, input: 'services:\n  proxy:\n    build: ./proxy\n    networks:\n      - frontend\n  app:\n    build: ./app\n    networks:\n      - frontend\n      - backend\n  db:\n    image: postgres\n    networks:\n      - backend\n\nnetworks:\n  frontend:\n    driver: custom-driver-1\n  backend:\n    driver: custom-driver-2\n    driver_opts:\n      foo: "1"\n      bar: "2"\n', verdict: 'accept' },
  { source: `${SPEC} 06-networks.md default network`, input: 'services:\n  some-service:\n    image: foo\n    networks:\n      default: {}\n\nnetworks:\n  default: {}\n', verdict: 'accept' },
  { source: `${SPEC} 06-networks.md default network customised`, input: 'services:\n  some-service:\n    image: foo\nnetworks:\n  default:\n    name: a_network\n    driver_opts:\n      com.docker.network.bridge.host_binding_ipv4: 127.0.0.1\n', verdict: 'accept' },
  { source: `${SPEC} 06-networks.md attachable`, input: 'services:\n  web:\n    image: busybox\nnetworks:\n  mynet1:\n    driver: overlay\n    attachable: true\n', verdict: 'accept' },
  { source: `${SPEC} 06-networks.md enable_ipv4`, input: 'services:\n  web:\n    image: busybox\nnetworks:\n  ip6net:\n    enable_ipv4: false\n    enable_ipv6: true\n', verdict: 'accept' },
  { source: `${SPEC} 06-networks.md enable_ipv6`, input: 'services:\n  web:\n    image: busybox\nnetworks:\n  ip6net:\n    enable_ipv6: true\n', verdict: 'accept' },
  { source: `${SPEC} 06-networks.md external`, input: 'services:\n  proxy:\n    image: example/proxy\n    networks:\n      - outside\n      - default\n  app:\n    image: example/app\n    networks:\n      - default\n\nnetworks:\n  outside:\n    external: true\n', verdict: 'accept' },
  { source: `${SPEC} 06-networks.md ipam`, input: 'services:\n  web:\n    image: busybox\n    networks: [mynet1]\nnetworks:\n  mynet1:\n    ipam:\n      driver: default\n      config:\n        - subnet: 172.28.0.0/16\n          ip_range: 172.28.5.0/24\n          gateway: 172.28.5.254\n          aux_addresses:\n            host1: 172.28.1.5\n            host2: 172.28.1.6\n            host3: 172.28.1.7\n      options:\n        foo: bar\n        baz: "0"\n', verdict: 'accept' },
  { source: `${SPEC} 06-networks.md name with external`, input: 'services:\n  web:\n    image: busybox\n    networks: [network1]\nnetworks:\n  network1:\n    external: true\n    name: "${NETWORK_ID}"\n', verdict: 'accept' },
  { source: `${SPEC} 12-interpolation.md $$`, input: 'services:\n  web:\n    build: .\n    command: "$$VAR_NOT_INTERPOLATED_BY_COMPOSE"\n', verdict: 'accept' },
  { source: `${SPEC} 12-interpolation.md keys are not interpolated`, input: 'services:\n  foo:\n    image: busybox\n    labels:\n      "$VAR_NOT_INTERPOLATED_BY_COMPOSE": "BAR"\n', verdict: 'accept' },
  { source: `${SPEC} 12-interpolation.md values are interpolated`, input: 'services:\n  foo:\n    image: busybox\n    labels:\n      - "$VAR_INTERPOLATED_BY_COMPOSE=BAR"\n', verdict: 'accept' },
  { source: `${SPEC} 04-version-and-name.md name and COMPOSE_PROJECT_NAME`, input: 'services:\n  foo:\n    image: busybox\n    environment:\n      - COMPOSE_PROJECT_NAME\n    command: echo "I\'m running ${COMPOSE_PROJECT_NAME}"\n', verdict: 'accept' },
];
