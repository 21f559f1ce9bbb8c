// Localization: the Japanese bundle covers every string NetLens localizes (literal `localize(...)` calls in the
// server, `vscode.l10n.t(...)` in the client, rule descriptions, the keys passed as values), placeholders
// survive translation, package.json's contributions all go through package.nls*.json, the core reads the bundle
// exactly as @vscode/l10n does, and English stays the default, byte for byte.

import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as l10n from '@vscode/l10n';
import fc from 'fast-check';
import { RULES } from '../../server/src/rules/registry';
import {
  bundleTranslator, configureLocalization, currentLocale, explained, format, localize, resolveLocale, translationOf, type L10nBundle,
} from '../../server/src/l10n/localize';
import { analyzeFile, completionsAt, hoverAt, refactoringsAt } from '../../server/src/analysis';

const ROOT = join(__dirname, '..', '..');
const JA = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.ja.json'), 'utf8')) as Record<string, string>;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** String literals passed first to `call(`: the keys a bundle must have. */
function literalKeys(dirs: readonly string[], call: RegExp): Map<string, string> {
  const keys = new Map<string, string>();
  const literal = new RegExp(`${call.source}\\(\\s*('(?:[^'\\\\]|\\\\.)*'|"(?:[^"\\\\]|\\\\.)*")`, 'g');
  for (const file of dirs.flatMap((d) => files(join(ROOT, d)))) {
    for (const m of readFileSync(file, 'utf8').matchAll(literal)) {
      const key = (JSON.parse(m[1]!.startsWith("'") ? `"${m[1]!.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"` : m[1]!)) as string;
      if (!keys.has(key)) keys.set(key, relative(ROOT, file));
    }
  }
  return keys;
}

/** Keys that reach `localize` as values rather than literals: special-range names, node mask sources, CLI counts. */
function dynamicKeys(): string[] {
  const special = readFileSync(join(ROOT, 'server', 'src', 'net', 'special.ts'), 'utf8');
  // Proper names (`Teredo`, `AS112-v4`, `6to4`) read the same in Japanese and need no entry.
  const names = [...special.matchAll(/^\s*\['[^']+', '((?:[^'\\]|\\.)*)'/gm)].map((m) => m[1]!.replace(/\\'/g, "'")).filter((n) => !/^[A-Za-z0-9-]+$/.test(n));
  const counts = ['file', 'error', 'warning', 'hint', 'problem'].flatMap((w) => [`{0} ${w}`, `{0} ${w}s`]);
  return [...new Set([...names, ...counts, 'kube-controller-manager default', 'kube-controller-manager flags', 'k3s default', 'Calico default'])];
}

const placeholders = (s: string): string[] => [...s.matchAll(/{(\d+)}/g)].map((m) => m[1]!).sort();

afterEach(() => configureLocalization(undefined));

describe('the Japanese bundle', () => {
  it('translates every literal localize() key of the server and vscode.l10n.t() key of the client', () => {
    const keys = new Map([...literalKeys(['server/src'], /\blocalize/), ...literalKeys(['client/src'], /\bl10n\.t/)]);
    assert.ok(keys.size > 150, `found ${keys.size} keys`);
    const missing = [...keys].filter(([k]) => !JA[k]).map(([k, file]) => `${file}: ${JSON.stringify(k)}`);
    assert.deepEqual(missing, [], 'add these to l10n/bundle.l10n.ja.json');
  });

  it('translates every rule description (the explanation shown above the upstream message)', () => {
    const missing = RULES.filter((r) => !JA[r.description]).map((r) => `${r.code}: ${JSON.stringify(r.description)}`);
    assert.deepEqual(missing, [], 'add these to l10n/bundle.l10n.ja.json');
  });

  it('translates the keys passed as values', () => {
    assert.deepEqual(dynamicKeys().filter((k) => !JA[k]), []);
  });

  it('keeps every placeholder of the English text', () => {
    const wrong = Object.entries(JA).filter(([en, ja]) => placeholders(en).join() !== placeholders(ja).join()).map(([en, ja]) => `${en} → ${ja}`);
    assert.deepEqual(wrong, []);
  });

  it('is Japanese, and keeps code, field names and addresses as written', () => {
    const notJapanese = Object.entries(JA).filter(([en, ja]) => ja === en && en !== "{0} CIDR").map(([en]) => en);
    assert.deepEqual(notJapanese, []);
    for (const [en, ja] of Object.entries(JA)) {
      for (const code of en.match(/`[^`]+`/g) ?? []) {
        // `{0}` and similar stay; English prose in backticks is code and must survive translation.
        assert.ok(ja.includes(code), `${JSON.stringify(code)} kept in ${ja}`);
      }
    }
  });
});

describe('package.nls', () => {
  const pkg = readFileSync(join(ROOT, 'package.json'), 'utf8');
  const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
  const nlsJa = JSON.parse(readFileSync(join(ROOT, 'package.nls.ja.json'), 'utf8')) as Record<string, string>;

  it('has every %key% of package.json, in English and Japanese, and no key package.json does not use', () => {
    const used = [...pkg.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    assert.ok(used.length > 10);
    assert.deepEqual(used.filter((k) => !(k in nls)), [], 'missing in package.nls.json');
    assert.deepEqual(used.filter((k) => !(k in nlsJa)), [], 'missing in package.nls.ja.json');
    assert.deepEqual(Object.keys(nls).filter((k) => !used.includes(k)), [], 'unused in package.nls.json');
    assert.deepEqual(Object.keys(nlsJa).sort(), Object.keys(nls).sort());
  });

  it('leaves no setting, command or walkthrough text outside package.nls', () => {
    const contributes = (JSON.parse(pkg) as { contributes: Record<string, unknown> }).contributes;
    const raw: string[] = [];
    const walk = (value: unknown, where: string): void => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          if (typeof v === 'string' && ['description', 'markdownDescription', 'title'].includes(k) && !/^%.+%$/.test(v) && v !== 'NetLens') raw.push(`${where}.${k}: ${v}`);
          else walk(v, `${where}.${k}`);
        }
      }
    };
    walk(contributes, 'contributes');
    assert.deepEqual(raw, [], 'write these as "%key%" with the text in package.nls.json and package.nls.ja.json');
  });

  it('keeps the Japanese setting descriptions\' code spans and setting links', () => {
    for (const [key, en] of Object.entries(nls)) {
      for (const code of en.match(/`[^`]+`|\(command:[^)]+\)/g) ?? []) assert.ok(nlsJa[key]!.includes(code), `${key}: ${code}`);
    }
  });
});

describe('localize', () => {
  it('is English by default, and English is the text as written', () => {
    assert.equal(currentLocale(), 'en');
    assert.equal(localize('Write {0} without brackets', '::1'), 'Write ::1 without brackets');
    assert.equal(localize('Write the arguments as a list of {name, value}'), 'Write the arguments as a list of {name, value}');
    assert.equal(explained(RULES[0]!.description, 'upstream text'), 'upstream text');
    assert.equal(translationOf('family'), undefined);
  });

  it('reads a bundle exactly as @vscode/l10n does', () => {
    l10n.config({ contents: JA as l10n.l10nJsonFormat });
    const mine = bundleTranslator(JA as L10nBundle);
    const args = ['a', 2, 'c', 'd'];
    for (const key of [...Object.keys(JA), 'not in the bundle {0}', 'braces {name, value} stay', '{9} missing']) {
      assert.equal(mine(key, args), l10n.t(key, ...args), key);
      assert.equal(mine(key, []), l10n.t(key), key);
    }
    assert.equal(format('{0}-{1} {0}', ['x', 1]), 'x-1 x');
  });

  it('fills placeholders as the regular expression of @vscode/l10n finds them, whatever the braces around them', () => {
    // The placeholders @vscode/l10n finds (`{` then one or more characters other than `}`, then `}`), filled
    // from the arguments by index; an index with no argument, or a key that is no index, stays as written.
    const reference = (template: string, args: readonly (string | number)[]): string =>
      args.length === 0 ? template : template.replace(/{([^}]+)}/g, (match, key: string) => {
        const value = /^\d+$/.test(key) ? args[Number(key)] : undefined;
        return value === undefined ? match : String(value);
      });
    for (const [template, want] of [['{0}{1}', 'ab'], ['{{0}}', '{{0}}'], ['{ {0}}', '{ {0}}'], ['}{0}', '}a'], ['{}{0}', '{}a'], ['{x}{0}', '{x}a'], ['{9}', '{9}'], ['{0', '{0'], ['0}', '0}'], ['{01}', 'b']] as const) {
      assert.equal(format(template, ['a', 'b']), want, template);
    }
    fc.assert(
      fc.property(fc.stringMatching(/^[{}01a ]{0,16}$/), fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.nat(20)), { maxLength: 3 }), (template, args) => {
        assert.equal(format(template, args), reference(template, args));
      }),
      { numRuns: 2000 },
    );
  });

  it('resolves the locales people have: VS Code tags and POSIX LANG values', () => {
    const available = ['ja'];
    for (const [given, want] of [['ja', 'ja'], ['ja-JP', 'ja'], ['ja_JP.UTF-8', 'ja'], ['JA_jp.utf8@euro', 'ja'], ['en', undefined], ['en_US.UTF-8', undefined],
      ['C', undefined], ['C.UTF-8', undefined], ['POSIX', undefined], ['fr', undefined], ['', undefined], [undefined, undefined]] as const) {
      assert.equal(resolveLocale(given, available), want, String(given));
    }
  });
});

describe('the core in Japanese', () => {
  const useJapanese = (): void => configureLocalization({ locale: 'ja', translate: bundleTranslator(JA as L10nBundle) });
  const service = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ipFamilyPolicy: preferdualstack\n  ports: [{port: 80}]\n';

  it('puts the rule\'s explanation above the upstream message, which stays verbatim', () => {
    const english = analyzeFile({ uri: 'file:///ja/a.yaml', text: service });
    useJapanese();
    const japanese = analyzeFile({ uri: 'file:///ja/b.yaml', text: service });
    assert.equal(japanese.length, english.length);
    const [en, ja] = [english.find((f) => f.code === 'NL203')!, japanese.find((f) => f.code === 'NL203')!];
    assert.equal(ja.message, `${JA[RULES.find((r) => r.code === 'NL203')!.description]}\n${en.message}`);
    assert.match(ja.message, /spec\.ipFamilyPolicy: Unsupported value: "preferdualstack"/);
    assert.equal(ja.fixes[0]!.title, 'PreferDualStack に変更');
    assert.deepEqual(ja.fixes[0]!.edits, en.fixes[0]!.edits, 'the same edits');
    assert.deepEqual(ja.span, en.span);
  });

  it('says hovers, completions and the refactoring in Japanese', () => {
    const kubeadm = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  serviceSubnet: 10.96.0.0/12\n';
    const hoverIn = (uri: string): string => hoverAt({ uri, text: kubeadm }, kubeadm.indexOf('10.96') + 2)!.markdown;
    // The same hover in English first: hover texts are kept per language, never served in the one before.
    const english = hoverIn('file:///en/k.yaml');
    assert.doesNotMatch(english, /アドレス数/);
    useJapanese();
    const hover = { markdown: hoverIn('file:///ja/k.yaml') };
    assert.match(hover.markdown, /IPv4 CIDR/);
    assert.match(hover.markdown, /\| アドレス数 \| 1,048,576 \(2\^20\) \|/);
    assert.match(hover.markdown, /割り当て可能な ClusterIP/);
    configureLocalization(undefined);
    assert.equal(hoverIn('file:///en/k2.yaml'), english);
    useJapanese();
    const text = 'apiVersion: v1\nkind: Service\nspec:\n  ipFamilyPolicy: ';
    const items = completionsAt({ uri: 'file:///ja/s.yaml', text }, text.length);
    assert.deepEqual(items.map((i) => i.label), ['SingleStack', 'PreferDualStack', 'RequireDualStack']);
    assert.match(items[1]!.documentation, /デュアルスタック/);
    assert.match(items[0]!.detail, /既定値/);
    const svc = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80}]\n';
    assert.deepEqual(refactoringsAt({ uri: 'file:///ja/r.yaml', text: svc }, { start: 16, end: 16 }).map((r) => r.title),
      ['この Service をデュアルスタックにする（PreferDualStack）', 'この Service をデュアルスタックにする（RequireDualStack）']);
  });
});
