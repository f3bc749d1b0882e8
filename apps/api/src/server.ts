import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { migrate } from '@rapor/db';
import { configureLogger, logger, PinoNestLogger, RequestEnvelope, requestIdFrom, runInRequest } from '@rapor/platform';
import { seedFrameworks } from '@rapor/frameworks';
import { seedReferenceData } from '@rapor/regions';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';
import { AppModule } from './app.module';
import { webAppMiddleware } from './web/web-app';
import type { AppConfig } from './config/config';

export interface ServerOptions {
  /** Called for every SQL statement (the tests' and the benchmark's query counter). */
  logQuery?: (sql: string) => void;
}

/**
 * Migrations and reference data, as the schema owner. Runs before the API serves when an
 * owner connection is configured; idempotent.
 */
export async function prepareDatabase(ownerUrl: string): Promise<void> {
  const applied = await migrate(ownerUrl);
  if (applied.length) logger().info({ applied }, 'migrations applied');
  const seeded = await seedReferenceData(ownerUrl);
  logger().info(seeded, 'reference data loaded');
  const frameworks = await seedFrameworks(ownerUrl);
  logger().info(frameworks, 'framework definitions loaded');
}

/** Builds the Nest application (not yet listening). */
export async function createApp(config: AppConfig, options: ServerOptions = {}): Promise<NestExpressApplication> {
  configureLogger(config.logLevel);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options), {
    logger: new PinoNestLogger(),
    bufferLogs: false,
  });
  // No proxy is trusted unless TRUST_PROXY names it: X-Forwarded-For is otherwise ignored.
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // No body-hash ETags on every answer (a SHA-1 of each body): published boards carry their own,
  // of the board version and the caller (apps/api/src/graphql/board-etag.ts).
  app.set('etag', false);
  // Every request gets an id (a sane client-sent x-request-id is kept) and an envelope in which
  // the auth layer establishes its context; logs inside the request repeat the id.
  app.use((req: Request & { rapor?: RequestEnvelope }, res: Response, next: NextFunction) => {
    const envelope = new RequestEnvelope(requestIdFrom(req.headers['x-request-id']));
    req.rapor = envelope;
    res.setHeader('x-request-id', envelope.requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      runInRequest(envelope, () =>
        logger().info({ method: req.method, url: req.originalUrl, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request'),
      );
    });
    runInRequest(envelope, next);
  });
  for (const handler of webAppMiddleware(config.webRoot)) app.use(handler);
  return app;
}

/**
 * Stops taking connections and lets the requests in flight finish, then closes the
 * application and with it the pool. (Nest's own close runs the modules' destroy hooks, which
 * end the pool, before it closes the HTTP server: requests still running would fail with
 * "Cannot use a pool after calling end on the pool".)
 */
export async function drainAndClose(app: NestExpressApplication): Promise<void> {
  const server = app.getHttpServer() as Server;
  if (server.listening) {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
  }
  await app.close();
}

/**
 * Starts serving and installs graceful shutdown: on SIGINT/SIGTERM the server stops
 * accepting connections, lets in-flight requests finish (up to the configured timeout),
 * closes the pool, then runs `onStopped` (the embedded database's shutdown).
 */
export async function serve(config: AppConfig, onStopped?: () => Promise<void>): Promise<NestExpressApplication> {
  if (config.databaseOwnerUrl) await prepareDatabase(config.databaseOwnerUrl);
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger().info({ url: `http://localhost:${port}/graphql` }, 'Rapor API listening');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger().info({ signal }, 'shutting down: finishing in-flight requests');
    const timer = setTimeout(() => {
      logger().error('shutdown timed out; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    try {
      await drainAndClose(app);
      if (onStopped) await onStopped();
      logger().info('stopped');
      process.exit(0);
    } catch (error) {
      logger().error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  return app;
}
