// Interpolation as compose-go does it (template_test.go's cases), the `.env` parser, and how the analysis uses
// the `.env` text beside a Compose file: ranges stay on the source text, unknown variables are left alone.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { composeEnvironment, interpolate, parseDotEnv } from '../../server/src/yaml/interpolate';
import { analyzeFile, hoverAt } from '../../server/src/analysis';

const env = composeEnvironment(undefined, { FOO: 'first', BAR: '', JSON: '{"json":2}' }, true);
const value = (t: string): string | undefined => {
  const r = interpolate(t, env);
  return r.kind === 'literal' || r.kind === 'resolved' ? r.value : undefined;
};

describe('interpolate (compose-go template/template_test.go)', () => {
  const cases: [string, string][] = [
    ['$${foo}', '${foo}'],
    ['foo', 'foo'],
    ['a $ string', 'a $ string'],
    ['^REGEX$', '^REGEX$'],
    ['$}', '$}'],
    ['$', '$'],
    ['$FOO-bar', 'first-bar'],
    ['This ${missing} var', 'This  var'],
    ['This ${BAR} var', 'This  var'],
    ['This $FOO var', 'This first var'],
    ['ok ${missing:-def}', 'ok def'],
    ['ok ${missing-def}', 'ok def'],
    ['${A:+${A},}B', 'B'],
    ['ok ${BAR:-def}', 'ok def'],
    ['ok ${BAR-def}', 'ok '],
    ['ok ${UNSET_VAR:+presence_value}', 'ok '],
    ['ok ${FOO:+presence_value}', 'ok presence_value'],
    ['ok ${BAR+presence_value}', 'ok presence_value'],
    ['ok ${BAR:+presence_value}', 'ok '],
    ['ok ${BAR:-/non:-alphanumeric}', 'ok /non:-alphanumeric'],
    ['+ok ${UNSET:-${BAR-defaultValue}}', '+ok '],
    [':?ok ${BAR:-defaultValue}', ':?ok defaultValue'],
    ['ok ${UNSET_VAR-${FOO} ${FOO}}', 'ok first first'],
    ['ok ${BAR+$FOO ${FOO:+second}}', 'ok first second'],
    ['ok ${BAR?err}', 'ok '],
    ['${UNSET_VAR-myerror?msg}', 'myerror?msg'],
    ['ok ${missing:-{"json":1}}', 'ok {"json":1}'],
    ['ok ${JSON-{"json":1}}', 'ok {"json":2}'],
    ['ok ${SUBDOMAIN:-redis}.${FOO:?}', 'ok redis.first'],
  ];
  for (const [template, expected] of cases) {
    it(`${template} -> ${expected}`, () => assert.equal(value(template), expected));
  }

  for (const template of ['${', '${}', '${ }', '${ foo}', '${foo }', '${foo!}']) {
    it(`${template} is an invalid template`, () => {
      const r = interpolate(template, env);
      assert.equal(r.kind, 'error');
      assert.equal(r.kind === 'error' && r.error.kind, 'invalid-template');
    });
  }

  it('required variables fail with compose-go\'s text, and the range is the failing ${...}', () => {
    const r = interpolate('${FOO:?foo} ${BAR:?empty}', env);
    assert.deepEqual(r, { kind: 'error', error: { kind: 'required', detail: 'required variable BAR is missing a value: empty', start: 12, end: 25 } });
  });

  it('an unknown variable makes the value unresolved; its default is used when there is one', () => {
    const open = composeEnvironment(undefined, {});
    assert.deepEqual(interpolate('${HOST_IP}:80', open), { kind: 'unresolved', unknown: ['HOST_IP'], uses: [] });
    assert.deepEqual(interpolate('${PORT:-8080}', open), { kind: 'resolved', value: '8080', uses: [{ name: 'PORT', how: 'default' }] });
    assert.equal(interpolate('${TOKEN:?required}', open).kind, 'unresolved');
  });
});

describe('parseDotEnv (compose-go dotenv/parser.go)', () => {
  it('reads export, quotes, escapes, comments, YAML-style keys and expansions', () => {
    const text = '\uFEFF# comment\nexport A=1\nB="x\\ny ${A}"\nC=\'lit $A\'\nD=foo #comment\nE: yaml\nF=${NOPE}\nG=${NOPE:-d}\nH="\\$A"\n  I = spaced  \n';
    assert.deepEqual(Object.fromEntries(parseDotEnv(text, () => undefined)), { A: '1', B: 'x\ny 1', C: 'lit $A', D: 'foo', E: 'yaml', G: 'd', H: '$A', I: 'spaced' });
  });

  it('the process environment (settings) wins over .env and feeds its expansions', () => {
    const e = composeEnvironment('PORT=8080\nURL=http://localhost:${PORT}\n', { PORT: '9090' });
    assert.deepEqual(e.lookup('PORT'), { known: true, value: '9090', from: 'settings' });
    assert.deepEqual(e.lookup('URL'), { known: true, value: 'http://localhost:9090', from: '.env' });
  });
});

describe('the analysis with a .env beside the file', () => {
  const text = 'services:\n  web:\n    image: nginx\n    ports:\n      - "${HOST_PORT}:80"\n      - "${ADMIN_PORT}:9000"\n';

  it('resolves variables from .env; an error on an interpolated value covers the whole scalar', () => {
    const findings = analyzeFile({ uri: 'file:///app/compose.yaml', text, dotEnv: 'HOST_PORT=70000\n' });
    const nl401 = findings.filter((f) => f.code === 'NL401');
    assert.deepEqual(nl401.map((f) => [text.slice(f.span.start, f.span.end), f.message]), [['"${HOST_PORT}:80"', 'invalid hostPort: 70000']]);
  });

  it('without .env the same values are left alone', () => {
    assert.deepEqual(analyzeFile({ uri: 'file:///app/compose.yaml', text }).filter((f) => f.severity === 'error'), []);
  });

  it('the hover shows the resolved value and where it came from', () => {
    const hover = hoverAt({ uri: 'file:///app/compose.yaml', text, dotEnv: 'HOST_PORT=8080\n' }, text.indexOf('HOST_PORT'));
    assert.ok(hover);
    assert.match(hover.markdown, /\| host port \| `8080` \|/);
    assert.match(hover.markdown, /`\$\{HOST_PORT\}:80` → `8080:80` \(`HOST_PORT` from `\.env`\)/);
    const unknown = hoverAt({ uri: 'file:///app/compose.yaml', text }, text.indexOf('ADMIN_PORT'));
    assert.match(unknown!.markdown, /depends on `ADMIN_PORT`, not set in `\.env` or settings/);
  });
});
