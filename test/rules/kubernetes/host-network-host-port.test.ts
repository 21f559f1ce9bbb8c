import rule from '../../../server/src/rules/kubernetes/host-network-host-port';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    y`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: d}
      spec:
        template:
          spec:
            hostNetwork: true
            containers:
            - name: agent
              ports:
              - {containerPort: 9100, hostPort: 9100}
              - {containerPort: 9101}
    `,
    { name: 'without hostNetwork any hostPort goes', yaml: y`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        containers:
        - name: web
          ports: [{containerPort: 80, hostPort: 8080}]
    ` },
  ],
  invalid: [
    {
      // Found by the fuzz suite: the fix copied a containerPort that is out of range (NL224) into hostPort.
      name: 'fuzz: a containerPort out of range is not copied into hostPort',
      yaml: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostNetwork: true
          containers:
          - name: web
            ports:
            - containerPort: 65536
              hostPort: 8080
        #               ^^^^ error NL225: spec.containers[0].ports[0].hostPort: Invalid value: 8080: must match \`containerPort\` when \`hostNetwork\` is true
      `,
      fixes: [],
    },
    {
      name: 'hostPort and containerPort differ',
      yaml: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostNetwork: true
          containers:
          - name: web
            ports:
            - containerPort: 80
              hostPort: 8080
        #               ^^^^ error NL225: spec.containers[0].ports[0].hostPort: Invalid value: 8080: must match \`containerPort\` when \`hostNetwork\` is true
      `,
      output: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostNetwork: true
          containers:
          - name: web
            ports:
            - containerPort: 80
              hostPort: 80
        #               ^^^^ error NL225: spec.containers[0].ports[0].hostPort: Invalid value: 8080: must match \`containerPort\` when \`hostNetwork\` is true
      `,
    },
  ],
});
