// One bundled language server per describe block, for the protocol tests.

import { after, before } from 'node:test';
import { TestClient } from './client';

/**
 * Starts the bundled server before the tests of the enclosing `describe` (handing the client to `started`) and
 * stops it after them.
 */
export function serverForSuite(started: (client: TestClient) => void, options: Parameters<typeof TestClient.start>[0] = {}): void {
  let client: TestClient | undefined;
  before(async () => {
    client = await TestClient.start(options);
    started(client);
  });
  after(async () => {
    await client?.stop();
  });
}
