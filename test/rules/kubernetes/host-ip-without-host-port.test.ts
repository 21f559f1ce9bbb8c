import rule from '../../../server/src/rules/kubernetes/host-ip-without-host-port';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    y`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        containers:
        - name: web
          ports: [{containerPort: 80, hostPort: 8080, hostIP: 127.0.0.1}]
    `,
  ],
  invalid: [
    {
      name: 'hostIP alone',
      yaml: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: web
            ports:
            - containerPort: 80
              hostIP: 127.0.0.1
        #             ^^^^^^^^^ warning NL227: spec.containers[0].ports[0].hostIP: "127.0.0.1" is ignored without a hostPort (hostIP only chooses the host address a hostPort is bound to)
      `,
      output: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: web
            ports:
            - containerPort: 80
        #             ^^^^^^^^^ warning NL227: spec.containers[0].ports[0].hostIP: "127.0.0.1" is ignored without a hostPort (hostIP only chooses the host address a hostPort is bound to)
      `,
    },
  ],
});
