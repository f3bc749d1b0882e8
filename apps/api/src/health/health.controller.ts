import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { DatabaseHealth } from '@rapor/db';
import { Access, Permission } from '@rapor/permissions';

/** Liveness and readiness probes for load balancers and orchestrators. */
@Controller('health')
export class HealthController {
  constructor(private readonly database: DatabaseHealth) {}

  /** The process is up. */
  @Get('live')
  @HttpCode(200)
  @Access(Permission.HealthRead)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The process can serve: the database answers. */
  @Get('ready')
  @Access(Permission.HealthRead)
  async ready(): Promise<{ status: 'ok'; database: 'ok' }> {
    try {
      await this.database.ping();
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'unreachable' });
    }
    return { status: 'ok', database: 'ok' };
  }
}
