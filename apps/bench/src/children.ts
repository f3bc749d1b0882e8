import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';

/** Messages the benchmark's child servers exchange with it over IPC. */
export type ChildMessage =
  | { type: 'ready'; port: number }
  | { type: 'failed'; message: string }
  | { type: 'recording' }
  | { type: 'profiling' }
  | { type: 'profiled' }
  | { type: 'recorded'; statements: string[] }
  | { type: 'counted'; total: number }
  | {
      type: 'memory';
      usage: NodeJS.MemoryUsage;
      spaces: { name: string; used: number; size: number }[];
      files: { filename: string; bytes: number }[];
      snapshot: string | null;
    };

const ROOT = join(__dirname, '..', '..', '..');
// The children run compiled, as `npm run start:prod` runs the API: the in-memory TypeScript
// loader the parent uses would keep the compiler (about 50 MB resident) in every server measured.
const CHILDREN_TSCONFIG = join(ROOT, 'apps', 'bench', 'tsconfig.children.json');
const DIST = join(ROOT, 'dist');
// The `@rapor/*` aliases in dist/, as the API's production entry point resolves them.
const REGISTER_PATHS = join(DIST, 'apps', 'api', 'src', 'register-paths.js');

/** Compiles the child servers and what they import into dist/ (incremental: fast when nothing changed). */
export function buildChildren(): void {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', CHILDREN_TSCONFIG], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * The child's side of ChildServer.start: listens on a free port of 127.0.0.1, says `ready`, and
 * on SIGTERM (or when the benchmark goes away) stops listening, runs `close`, and exits.
 */
export function serveAsChild(server: Server, close: () => Promise<unknown>): void {
  const send = (m: ChildMessage) => process.send?.(m);
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    send({ type: 'ready', port: typeof address === 'object' && address ? address.port : -1 });
  });
  const stop = () => server.close(() => void close().finally(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
}

/** A server running in its own process (its own event loop and heap, so its RSS is its own). */
export class ChildServer {
  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
    readonly port: number,
    readonly logFile: string,
  ) {}

  /** Forks `script` (a .ts file of this folder, compiled by buildChildren), sends it `setup`, and waits for it to listen. */
  static async start(
    name: string,
    script: string,
    options: { env: NodeJS.ProcessEnv; setup?: unknown; logFile: string; timeoutMs?: number; nodeOptions?: string[] },
  ): Promise<ChildServer> {
    const log = openSync(options.logFile, 'a');
    const execArgv = [...(options.nodeOptions ?? []), '-r', REGISTER_PATHS];
    const compiled = join(DIST, 'apps', 'bench', 'src', script.replace(/\.ts$/, '.js'));
    const child = fork(compiled, [], { execArgv, env: options.env, stdio: ['ignore', log, log, 'ipc'] });
    closeSync(log);
    let timer: NodeJS.Timeout | undefined;
    const port = await new Promise<number>((resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${name} did not start within ${options.timeoutMs ?? 120_000} ms (see ${options.logFile})`)),
        options.timeoutMs ?? 120_000,
      );
      child.on('message', (m: ChildMessage) => {
        if (m.type === 'ready') resolve(m.port);
        if (m.type === 'failed') reject(new Error(`${name} failed to start: ${m.message} (see ${options.logFile})`));
      });
      child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before listening (see ${options.logFile})`)));
      if (options.setup !== undefined) child.send(options.setup as object);
    })
      .catch((error: unknown) => {
        child.kill('SIGKILL');
        throw error;
      })
      .finally(() => clearTimeout(timer));
    child.removeAllListeners('message');
    child.removeAllListeners('exit');
    return new ChildServer(name, child, port, options.logFile);
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Sends a message and waits for the answer of type `answer`. */
  ask<T extends ChildMessage['type']>(message: object, answer: T, timeoutMs = 30_000): Promise<Extract<ChildMessage, { type: T }>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} did not answer ${answer}`)), timeoutMs);
      const onMessage = (m: ChildMessage) => {
        if (m.type !== answer) return;
        clearTimeout(timer);
        this.child.off('message', onMessage);
        resolve(m as Extract<ChildMessage, { type: T }>);
      };
      this.child.on('message', onMessage);
      this.child.send(message);
    });
  }

  /** Resident set size now, from /proc (Linux); null elsewhere. */
  rssBytes(): number | null {
    return procStatusKb(this.pid, 'VmRSS');
  }

  /** The highest resident set size the process has had (Linux's VmHWM); null elsewhere. */
  peakRssBytes(): number | null {
    return procStatusKb(this.pid, 'VmHWM');
  }

  /** The last lines of the child's log, for error reports. */
  logTail(lines = 20): string {
    if (!existsSync(this.logFile)) return '';
    return readFileSync(this.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  }

  /** Stops the child (SIGTERM, then SIGKILL after 10 s). */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

function procStatusKb(pid: number, field: string): number | null {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${field}:`));
    return line ? Number(line.replace(/\D+/g, '')) * 1024 : null;
  } catch {
    return null;
  }
}

/** Samples a child's RSS every `intervalMs` while `work` runs; returns the work's result and the peak seen. */
export async function sampleRss<T>(
  server: ChildServer,
  work: () => Promise<T>,
  intervalMs = 100,
): Promise<{ result: T; peakRss: number | null }> {
  let peak: number | null = server.rssBytes();
  const timer = setInterval(() => {
    const rss = server.rssBytes();
    if (rss !== null) peak = Math.max(peak ?? 0, rss);
  }, intervalMs);
  try {
    const result = await work();
    const last = server.rssBytes();
    if (last !== null) peak = Math.max(peak ?? 0, last);
    return { result, peakRss: peak };
  } finally {
    clearInterval(timer);
  }
}
