// Rule table for NL609 compose-project-port-conflict: A port binding conflicts with one in another file of the same Compose project (compose.yaml plus compose.override.yaml).

import rule from '../../../server/src/rules/workspace/compose-project-port-conflict';
import { workspaceTester, y } from '../../workspace/tester';

workspaceTester(rule, {
  valid: [
    {
      // compose expands the range into one mapping per container port, then merges each with the base file's (found
      // in review: the range was taken for a second allocation, three errors).
      name: "a range in the override whose mappings the base file has is merged into them",
      files: {
        'app/compose.yaml': y`
          services:
            web:
              image: nginx:1.27
              ports: ["8000:80", "8001:81"]
        `,
        'app/compose.override.yaml': y`
          services:
            web:
              ports: ["8000-8001:80-81"]
        `,
      },
    },
    {
      name: "the same mapping in both files is merged",
      files: {
        'app/compose.yaml': y`
          services:
            web:
              image: nginx:1.27
              ports:
                - "8080:80"
        `,
        'app/compose.override.yaml': y`
          services:
            web:
              image: nginx:1.27
              ports:
                - "8080:80"
        `,
      },
    },
    {
      name: "!override replaces the base ports",
      files: {
        'app/compose.yaml': y`
          services:
            web:
              image: nginx:1.27
              ports:
                - "8080:80"
        `,
        'app/compose.override.yaml': y`
          services:
            web:
              ports: !override
                - "8080:8080"
        `,
      },
    },
    {
      name: "different host ports",
      files: {
        'app/compose.yaml': y`
          services:
            web:
              image: nginx:1.27
              ports:
                - "8080:80"
        `,
        'app/compose.override.yaml': y`
          services:
            admin:
              image: nginx:1.27
              ports:
                - "8081:8080"
        `,
      },
    },
    {
      name: "disjoint profiles",
      files: {
        'app/compose.yaml': y`
          services:
            web:
              image: nginx:1.27
              profiles: [prod]
              ports:
                - "8080:80"
        `,
        'app/compose.override.yaml': y`
          services:
            admin:
              image: nginx:1.27
              profiles: [debug]
              ports:
                - "8080:8080"
        `,
      },
    },
    {
      name: "the override puts the service on the host network",
      files: {
        'app/compose.yaml': y`
          services:
            web:
              image: nginx:1.27
              ports:
                - "8080:80"
            admin:
              image: nginx:1.27
              ports:
                - "8080:8080"
        `,
        'app/compose.override.yaml': y`
          services:
            admin:
              network_mode: host
        `,
      },
    },
    {
      name: "docker-compose.prod.yml is not merged by default",
      files: {
        'app/compose.yaml': y`
          services:
            web:
              image: nginx:1.27
              ports:
                - "8080:80"
        `,
        'app/docker-compose.prod.yml': y`
          services:
            admin:
              image: nginx:1.27
              ports:
                - "8080:8080"
        `,
      },
    },
    {
      name: "different folders are different projects",
      files: {
        'a/compose.yaml': y`
          services:
            web:
              image: nginx:1.27
              ports:
                - "8080:80"
        `,
        'b/compose.override.yaml': y`
          services:
            admin:
              image: nginx:1.27
              ports:
                - "8080:8080"
        `,
      },
    },
    {
      name: "different host addresses",
      files: {
        'app/compose.yaml': y`
          services:
            web:
              image: nginx:1.27
              ports:
                - "127.0.0.1:8080:80"
        `,
        'app/compose.override.yaml': y`
          services:
            admin:
              image: nginx:1.27
              ports:
                - "[::1]:8080:8080"
        `,
      },
    },
  ],
  invalid: [
    {
      name: "two services on one host port",
      files: {
        'app/compose.yaml': y`
          services:
            web:
              image: nginx:1.27
              ports:
                - "8080:80"
                # ^^^^^^^^^ error NL609: Bind for 0.0.0.0:8080 failed: port is already allocated (service admin in app/compose.override.yaml binds it too; docker compose merges the two files)
        `,
        'app/compose.override.yaml': y`
          services:
            admin:
              image: nginx:1.27
              ports:
                - "8080:8080"
                # ^^^^^^^^^^^ error NL609: Bind for 0.0.0.0:8080 failed: port is already allocated (service web in app/compose.yaml binds it too; docker compose merges the two files)
        `,
      },
    },
    {
      name: "one service extended with a second mapping of the same host port",
      files: {
        'app/docker-compose.yml': y`
          services:
            web:
              image: nginx:1.27
              ports:
                - "8080:80"
                # ^^^^^^^^^ error NL609: Bind for 0.0.0.0:8080 failed: port is already allocated (service web in app/docker-compose.override.yml binds it too; docker compose merges the two files)
        `,
        'app/docker-compose.override.yml': y`
          services:
            web:
              ports:
                - "8080:8080"
                # ^^^^^^^^^^^ error NL609: Bind for 0.0.0.0:8080 failed: port is already allocated (service web in app/docker-compose.yml binds it too; docker compose merges the two files)
        `,
      },
    },
    {
      name: "a specific address against the wildcard",
      files: {
        'app/compose.yaml': y`
          services:
            web:
              image: nginx:1.27
              ports:
                - "127.0.0.1:5432:5432"
                # ^^^^^^^^^^^^^^^^^^^^^ error NL609: Bind for 0.0.0.0:5432 failed: port is already allocated (service db in app/compose.override.yaml binds it too; docker compose merges the two files)
        `,
        'app/compose.override.yaml': y`
          services:
            db:
              image: nginx:1.27
              ports:
                - "5432:5432"
                # ^^^^^^^^^^^ error NL609: Bind for 127.0.0.1:5432 failed: port is already allocated (service web in app/compose.yaml binds it too; docker compose merges the two files)
        `,
      },
    },
  ],
});
