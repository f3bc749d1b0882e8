import pino, { type Logger } from 'pino';
import type { LoggerService } from '@nestjs/common';
import { currentRequest } from './request-context';

let root: Logger = createRootLogger('info');

/** Creates the JSON logger; every line inside a request carries its `requestId`. */
export function createRootLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'rapor-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const ctx = currentRequest();
      return ctx ? { requestId: ctx.requestId } : {};
    },
    redact: ['password', '*.password', 'token', '*.token', 'authorization', '*.authorization'],
  });
}

/** Replaces the process-wide logger (at boot, once the level is known). */
export function configureLogger(level: string): Logger {
  root = createRootLogger(level);
  return root;
}

/** The process-wide structured logger. */
export function logger(): Logger {
  return root;
}

/** Nest's logger interface over pino, so framework messages are JSON lines too. */
export class PinoNestLogger implements LoggerService {
  log(message: unknown, context?: string): void {
    root.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    root.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    root.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    root.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    root.trace({ context }, String(message));
  }
}
