// The real API in a child process of the benchmark: the composition root of apps/api, built
// with createApp and its per-statement hook (the query counter), listening on 127.0.0.1 on a
// free port. Configured from the environment exactly like `npm run start:prod`.
import 'reflect-metadata';
import { statSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { getHeapSpaceStatistics, writeHeapSnapshot } from 'node:v8';
import type { ChildMessage } from './children';
// The API's own composition root (apps/api has no alias: it is an app), as test/support boots it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { loadConfig } from '../../api/src/config/config';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createApp } from '../../api/src/server';

const send = (m: ChildMessage) => process.send?.(m);

let recording: string[] | null = null;
let total = 0;

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createApp(config, {
    logQuery: (sql) => {
      total++;
      recording?.push(sql);
    },
  });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  // CPU profiles of chosen stretches (BENCH_PROFILE), written as .cpuprofile files for DevTools.
  let inspector: Session | null = null;
  const post = (method: string) => {
    if (!inspector) {
      inspector = new Session();
      inspector.connect();
    }
    const session = inspector;
    return new Promise<unknown>((resolve, reject) =>
      session.post(method, (error, result) => (error ? reject(error) : resolve(result))),
    );
  };
  process.on('message', (m: { type: string; on?: boolean; file?: string }) => {
    if (m.type === 'memory') send(memory(m.file ?? null));
    if (m.type === 'profile' && m.on)
      void post('Profiler.enable')
        .then(() => post('Profiler.start'))
        .then(() => send({ type: 'profiling' }));
    if (m.type === 'profile' && !m.on) {
      void post('Profiler.stop').then((result) => {
        writeFileSync(m.file!, JSON.stringify((result as { profile: unknown }).profile));
        send({ type: 'profiled' });
      });
    }
    if (m.type === 'record' && m.on) {
      recording = [];
      send({ type: 'recording' });
    } else if (m.type === 'record') {
      send({ type: 'recorded', statements: recording ?? [] });
      recording = null;
    } else if (m.type === 'count') send({ type: 'counted', total });
  });
  const stop = () => void app.close().finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
  send({ type: 'ready', port: typeof address === 'object' && address ? address.port : -1 });
}

/** Memory now (before any snapshot, which allocates), the heap spaces, the loaded files; a heap snapshot into `file` if given. */
function memory(file: string | null): Extract<ChildMessage, { type: 'memory' }> {
  const usage = process.memoryUsage();
  const spaces = getHeapSpaceStatistics().map((s) => ({ name: s.space_name, used: s.space_used_size, size: s.space_size }));
  const files = Object.keys(require.cache).map((filename) => ({ filename, bytes: fileSize(filename) }));
  return { type: 'memory', usage, spaces, files, snapshot: file ? writeHeapSnapshot(file) : null };
}

function fileSize(filename: string): number {
  try {
    return statSync(filename).size;
  } catch {
    return 0;
  }
}

main().catch((error: unknown) => {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  console.error(error);
  process.exit(1);
});
