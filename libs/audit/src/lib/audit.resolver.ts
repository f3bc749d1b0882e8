import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@rapor/platform';
import { entryModel } from './audit-entry.mapper';
import { AuditService } from './audit.service';
import { AuditLogArgs } from './dto/audit-log.args';
import { AuditEntry, AuditLogPage } from './models/audit-entry.model';
import { Access, Permission } from '@rapor/permissions';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly service: AuditService) {}

  @Query(() => AuditLogPage, {
    description:
      'The audit log, newest first: who changed what, when, before and after, and why. Region admins read their region, province ' +
      'reviewers their province, operators everything; anyone else gets FORBIDDEN.',
  })
  @Access(Permission.AuditRead)
  async auditLog(@Ctx() ctx: RequestContext, @Args() args: AuditLogArgs): Promise<AuditLogPage> {
    const page = await this.service.page(ctx, args);
    return { ...page, entries: page.entries.map(entryModel) };
  }
}
