// Rule table for NL001 yaml-syntax: what every YAML decoder rejects. Messages are those of the `yaml` parser, with its error code.

import rule from '../../../server/src/rules/yaml/yaml-syntax';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'anchors, aliases and merge keys',
      yaml: y`
        x-common: &common
          image: nginx
          restart: always
        services:
          a:
            <<: *common
          b:
            <<: *common
      `,
      file: 'compose.yaml',
    },
    {
      name: 'block scalars, explicit document markers, directives',
      yaml: y`
        %YAML 1.2
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: cfg}
        data:
          nginx.conf: |
            server {
              listen [::]:80;
            }
          note: >
            folded
            text
        ...
      `,
    },
    {
      name: 'an empty file and a file of comments',
      yaml: '# nothing here yet\n',
    },
    {
      name: 'a byte order mark and non-ASCII comments',
      yaml: '\uFEFFapiVersion: v1 # ünïcødé 🚀\nkind: Service\nmetadata: {name: s}\n',
    },
    {
      name: 'quoted IPv6 addresses and ports are plain data',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIPs: ["fd00::a"]
          externalIPs:
          - "2001:db8::1"
          - 2001:db8::2
      `,
    },
  ],
  invalid: [
    {
      // Found by the fuzz suite: the parser points at the first half of the emoji; a range never splits a character.
      name: 'fuzz: an error at an astral character covers the whole character',
      yaml: y`
        a: !🙂 b
        #   ^^ error NL001: Tags and anchors must be separated from the next token by white space (MISSING_CHAR)
      `,
    },
    {
      name: 'a compact nested mapping (a label written on one line)',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata:
          name: s
          labels: app: web
          #       ^ error NL001: Nested mappings are not allowed in compact mappings (BLOCK_AS_IMPLICIT_KEY)
      `,
    },
    {
      name: 'a duplicate key',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata:
          name: s
          name: t
         #^ error NL001: Map keys must be unique (DUPLICATE_KEY)
      `,
    },
    {
      name: 'a tab used for indentation',
      yaml: y`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          labels:
          	app: x
         #^ error NL001: Tabs are not allowed as indentation (TAB_AS_INDENT)
      `,
    },
    {
      name: 'an unquoted IPv6 address ending in "::" is not a plain string',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        controllerManager:
          extraArgs:
          - name: cluster-cidr
            value: 10.244.0.0/16,fd00:10:244::
            #      ^ error NL001: Nested mappings are not allowed in compact mappings (BLOCK_AS_IMPLICIT_KEY)
      `,
    },
    {
      name: 'a second colon in a plain value',
      file: 'compose.yaml',
      yaml: y`
        services:
          web:
            image: nginx
            network_mode: host: true
            #             ^ error NL001: Nested mappings are not allowed in compact mappings (BLOCK_AS_IMPLICIT_KEY)
      `,
    },
  ],
});
