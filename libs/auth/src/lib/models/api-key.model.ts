import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'A read-only report key for GraphQL clients, scoped to a province or one region. The secret is never listed.',
})
export class ApiKey {
  @Field(() => ID, { description: 'Stable id of the key.' })
  id!: string;

  @Field({ description: 'What the key is for, e.g. "Dashboard BI Biro Organisasi".' })
  name!: string;

  @Field({ description: 'The first characters of the secret (e.g. "rpk_AbCd1234"), to recognise it.' })
  prefix!: string;

  @Field({ description: 'The scope, as in `x-rapor-scope`: "province:19" or "region:19.71".' })
  scope!: string;

  @Field({ description: 'Province the key reads, e.g. "19".' })
  provinceCode!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Region the key is limited to, e.g. "19.71"; null for a province-wide key.',
  })
  regionCode!: string | null;

  @Field({ description: 'When the key was created.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the key stops working; null for no expiry.' })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the key was last used (to the minute).' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked.' })
  revokedAt!: Date | null;

  @Field({ description: 'True when the key works: neither revoked nor expired.' })
  active!: boolean;
}

@ObjectType({ description: 'A key just created, with its secret — shown this once, stored only as a hash.' })
export class CreatedApiKey {
  @Field(() => ApiKey, { description: 'The new key.' })
  apiKey!: ApiKey;

  @Field({ description: 'The secret ("rpk_..."). Send as `x-api-key` or `Authorization: Bearer`. Never shown again.' })
  secret!: string;
}
