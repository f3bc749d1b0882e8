import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

/** Roles a membership grants; the values are the database principal's role names. */
export enum MembershipRole {
  OPERATOR = 'operator',
  REVIEWER = 'reviewer',
  REGION_ADMIN = 'region_admin',
  REGION_EDITOR = 'region_editor',
  REGION_VIEWER = 'region_viewer',
}
registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: 'A role a person holds on the platform, in a province, or in a kab/kota.',
  valuesMap: {
    OPERATOR: { description: 'Platform operator: onboards provinces, maintains frameworks, manages all users.' },
    REVIEWER: { description: 'Province reviewer (Biro Organisasi): reads every region of the province, verifies, publishes.' },
    REGION_ADMIN: { description: 'Region admin: manages the region’s users, units and API keys; enters values.' },
    REGION_EDITOR: { description: 'Region editor: enters the region’s values and evidence.' },
    REGION_VIEWER: { description: 'Region viewer: reads the region’s data.' },
  },
});

@ObjectType({ description: 'A role held somewhere: platform-wide, in a province, or in a kab/kota.' })
export class Membership {
  @Field(() => MembershipRole, { description: 'The role.' })
  role!: MembershipRole;

  @Field({
    description:
      'Where it is held, as accepted by the `x-rapor-scope` header and `login(scope:)`: "operator", "province:19" or "region:19.71".',
  })
  scope!: string;

  @Field(() => String, { nullable: true, description: 'Province code for reviewers and region roles, e.g. "19".' })
  provinceCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Region code for region roles, e.g. "19.71".' })
  regionCode!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the membership was granted (none for the operator role).' })
  grantedAt!: Date | null;
}
