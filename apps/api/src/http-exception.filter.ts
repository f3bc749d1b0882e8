import { ArgumentsHost, Catch, HttpException, type ExceptionFilter } from '@nestjs/common';
import { AppError, DATABASE_RETRY_AFTER_SECONDS, mapDatabaseError } from '@rapor/db';
import { currentRequest, logger } from '@rapor/platform';
import type { Response } from 'express';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** Plain HTTP endpoints: a JSON error with a stable code; never a stack trace. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<string>() === 'graphql') throw exception;
    const res = host.switchToHttp().getResponse<Response>();
    // Database errors map as in GraphQL: a conflict is 409, an unreachable database 503.
    if (!(exception instanceof AppError) && !(exception instanceof HttpException)) {
      const mapped = mapDatabaseError(exception);
      if (mapped?.code === 'SERVICE_UNAVAILABLE') logger().warn({ err: String(exception) }, 'database unavailable');
      exception = mapped ?? exception;
    }
    if (exception instanceof AppError) {
      if (exception.code === 'SERVICE_UNAVAILABLE') res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      // Domain rule codes (PERIOD_ALREADY_PUBLISHED...) are client errors: 400 unless mapped.
      res
        .status(STATUS[exception.code] ?? 400)
        .json({ code: exception.code, message: exception.message, fields: exception.fields, ...(exception.details ?? {}) });
      return;
    }
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      res.status(exception.getStatus()).json(typeof body === 'string' ? { message: body } : body);
      return;
    }
    const requestId = currentRequest()?.requestId;
    logger().error({ err: exception }, 'unexpected error in an HTTP request');
    res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', requestId });
  }
}
