import { Module } from '@nestjs/common';
import { UnitsModule } from '@rapor/units';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** Reads of the append-only audit log that the database triggers write. */
@Module({
  imports: [UnitsModule],
  providers: [AuditRepository, AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
