// `npm start` serves the repository with Vite: its root must lead to the demos, not a 404.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the dev server of npm start', () => {
  let server;
  let origin;
  before(async () => {
    server = await createServer({ root: ROOT, configFile: `${ROOT}vite.config.ts`, logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
    await server.listen();
    const address = server.httpServer.address();
    origin = `http://127.0.0.1:${address.port}`;
  });
  after(() => server?.close());

  it('redirects / to the demo index, which answers', async () => {
    const root = await fetch(`${origin}/`, { redirect: 'manual' });
    assert.equal(root.status, 302);
    assert.equal(root.headers.get('location'), '/demo/');
    const demo = await fetch(`${origin}/demo/`);
    assert.equal(demo.status, 200);
    assert.match(await demo.text(), /<door-emergency-steps/);
  });
});
