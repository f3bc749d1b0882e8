import { drainAndClose } from '../apps/api/src/server';
import { startTestApp } from './support/app';
import { createTestDatabase, type TestDatabase } from './support/database';

// Shutdown finishes the work in flight before the pool closes (SIGTERM under load).
describe('shutdown under load', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('answers every request already received, then refuses new connections', async () => {
    // A pool of 2 and 40 requests at once: most wait for a connection when shutdown starts.
    const t = await startTestApp(db, { DATABASE_POOL_SIZE: '2' });
    await t.app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}/graphql`;
    const ask = () =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ provinces { code regions { code name } } }' }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { data?: { provinces: unknown[] }; errors?: unknown[] } }));
    let received = 0;
    t.app.getHttpServer().on('request', () => received++);
    const inFlight = Array.from({ length: 40 }, ask);
    // Shut down once the server holds all 40 (most still waiting for a connection of the pool).
    while (received < 40) await new Promise((r) => setTimeout(r, 2));
    await drainAndClose(t.app as Parameters<typeof drainAndClose>[0]);
    const answers = await Promise.all(inFlight);
    expect(answers.filter((a) => a.status !== 200 || a.body.errors || a.body.data?.provinces.length !== 38)).toEqual([]);
    await expect(ask()).rejects.toThrow();
  });
});
