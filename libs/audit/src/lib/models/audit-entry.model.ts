import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum AuditAction {
  INSERT = 'insert',
  UPDATE = 'update',
  DELETE = 'delete',
}
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What happened to the record: created, changed or removed.',
  valuesMap: {
    INSERT: { description: 'The record was created.' },
    UPDATE: { description: 'The record was changed.' },
    DELETE: { description: 'The record was removed.' },
  },
});

@ObjectType({ description: 'The person who made a change, as readers of the log see them.' })
export class AuditActor {
  @Field(() => ID, { description: 'The account’s id (as `actorUserId`).' })
  id!: string;

  @Field({ description: 'Name shown to others.' })
  displayName!: string;

  @Field({ description: 'Sign-in email.' })
  email!: string;
}

@ObjectType({ description: 'One change of a record, as the database recorded it: append-only, never edited.' })
export class AuditEntry {
  @Field(() => ID, { description: 'Position in the log; later entries have higher ids.' })
  id!: string;

  @Field({ description: 'When the change was made (the start of its transaction).' })
  at!: Date;

  @Field(() => ID, { nullable: true, description: 'The user who made it; null for API keys and system work.' })
  actorUserId!: string | null;

  @Field(() => AuditActor, {
    nullable: true,
    description: 'Name and email of the user who made it; null for API keys and system work.',
  })
  actor!: AuditActor | null;

  @Field(() => [AuditActor], {
    description:
      'The accounts the entry names, by name and email: who made it, the account a membership belongs to, who granted or created the record. Ids you may not resolve are left out.',
  })
  people!: AuditActor[];

  @Field(() => String, { nullable: true, description: 'The role the change was made in, e.g. "region_admin", "reviewer".' })
  actorRole!: string | null;

  @Field(() => ID, { nullable: true, description: 'The API key that made it, if any.' })
  actorApiKeyId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The request it came from (the x-request-id of the response and the logs).',
  })
  requestId!: string | null;

  @Field(() => String, { nullable: true, description: 'Province of the record, e.g. "19".' })
  provinceCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Region of the record, e.g. "19.71"; null for province-wide records.' })
  regionCode!: string | null;

  @Field({ description: 'Kind of record (its table), e.g. "innovation", "target", "unit", "assessment_value".' })
  entity!: string;

  @Field({ description: 'The record’s key as a JSON object, e.g. {"region_id":"19.71","id":"…"}.' })
  entityKey!: string;

  @Field(() => AuditAction, { description: 'Created, changed or removed.' })
  action!: AuditAction;

  @Field(() => String, {
    nullable: true,
    description: 'The record before the change, as a JSON object (secrets removed); null for a creation.',
  })
  before!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The record after the change, as a JSON object (secrets removed); null for a removal.',
  })
  after!: string | null;

  @Field(() => [String], { description: 'Columns whose value the change set or altered (updated_at left out).' })
  changedFields!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Why, when the change had a stated reason (e.g. "stage reached per KIPP announcement").',
  })
  reason!: string | null;
}

@ObjectType({ description: 'A page of the audit log, newest first.' })
export class AuditLogPage {
  @Field(() => [AuditEntry], { description: 'The entries of this page.' })
  entries!: AuditEntry[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` to read the next page; null on an empty page.' })
  endCursor!: string | null;

  @Field({ description: 'Whether older entries follow.' })
  hasNextPage!: boolean;
}
