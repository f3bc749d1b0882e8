import { Module } from '@nestjs/common';
import { PermissionsModule } from '@rapor/permissions';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** Reads of the append-only audit log that the database triggers write. */
@Module({
  imports: [PermissionsModule],
  providers: [AuditRepository, AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
