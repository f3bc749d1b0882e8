import { Field, ObjectType } from '@nestjs/graphql';
import { Membership, MembershipRole } from './membership.model';
import { User } from './user.model';

@ObjectType({ description: 'The signed-in person and the scope this request acts in.' })
export class Me {
  @Field(() => User, { description: 'The account.' })
  user!: User;

  @Field(() => String, {
    nullable: true,
    description:
      'The scope of this request ("operator", "province:19", "region:19.71"): the `x-rapor-scope` header, else the one chosen at sign-in; null when none is held.',
  })
  activeScope!: string | null;

  @Field(() => MembershipRole, { nullable: true, description: 'The role held in the active scope.' })
  activeRole!: MembershipRole | null;

  @Field(() => [Membership], { description: 'Every role the person holds, i.e. every scope they may choose.' })
  memberships!: Membership[];
}
