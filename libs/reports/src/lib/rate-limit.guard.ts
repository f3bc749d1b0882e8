import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { AppError } from '@rapor/db';
import type { Request, Response } from 'express';
import { apiKeyRateLimitKey, type RateLimitDecision } from './rate-limiter';
import { REPORTS_OPTIONS, type ReportsOptions } from './reports.options';

/** The RATE_LIMITED error of a refused request, naming the limit and when to retry. */
export function rateLimitedError(d: RateLimitDecision): AppError {
  return new AppError(
    'RATE_LIMITED',
    `This API key may make ${d.limit} requests a minute: retry in ${d.retryAfterSeconds} s`,
    [],
    {
      limit: { name: 'apiKeyRequestsPerMinute', max: d.limit },
      retryAfter: d.retryAfterSeconds,
    },
  );
}

/** Plain-HTTP endpoints (the exports) count against the same per-key limit as GraphQL. */
@Injectable()
export class ApiKeyRateLimitGuard implements CanActivate {
  constructor(@Inject(REPORTS_OPTIONS) private readonly options: ReportsOptions) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const key = apiKeyRateLimitKey((name) => req.header(name));
    if (!key) return true;
    const decision = await this.options.rateLimiter.take(key);
    if (decision.allowed) return true;
    http.getResponse<Response>().setHeader('Retry-After', String(decision.retryAfterSeconds));
    throw rateLimitedError(decision);
  }
}
