import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@rapor/platform';
import { AccountsService } from './accounts.service';
import { CreateUserInput, GrantMembershipInput, RevokeMembershipInput, UserIdArgs, UsersArgs } from './dto/accounts.input';
import { Membership } from './models/membership.model';
import { CreatedUser, User } from './models/user.model';
import { Access, Permission } from '@rapor/permissions';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Query(() => [User], {
    description:
      'Accounts visible to you: your region’s team, your province’s reviewers and teams, or everyone for operators. Ordered by email.',
  })
  @Access(Permission.UserRead)
  users(@Ctx() ctx: RequestContext, @Args() args: UsersArgs): Promise<User[]> {
    return this.accounts.users(ctx, args);
  }

  @Mutation(() => CreatedUser, {
    description:
      'Creates an account with one role, within your scope (operators: any; reviewers: reviewers of their province and region roles in it; region admins: region roles in their region). Returns a temporary password, shown once.',
  })
  @Access(Permission.UserManage)
  createUser(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The account and its first role.' }) input: CreateUserInput,
  ): Promise<CreatedUser> {
    return this.accounts.createUser(ctx, input);
  }

  @Mutation(() => User, {
    description: 'Gives an existing account (by email) a role within your scope; a region role replaces its role in that region.',
  })
  @Access(Permission.UserManage)
  grantMembership(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'Who, which role, where.' }) input: GrantMembershipInput,
  ): Promise<User> {
    return this.accounts.grantMembership(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Takes a role away, within your scope. NOT_FOUND when the account holds none there.' })
  @Access(Permission.UserManage)
  revokeMembership(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'Whose membership, where.' }) input: RevokeMembershipInput,
  ): Promise<boolean> {
    return this.accounts.revokeMembership(ctx, input);
  }

  @Mutation(() => User, {
    description:
      'Disables an account: it cannot sign in and its tokens stop working at once. Reviewers and region admins only for accounts wholly within their scope.',
  })
  @Access(Permission.UserManage)
  disableUser(@Ctx() ctx: RequestContext, @Args() args: UserIdArgs): Promise<User> {
    return this.accounts.disableUser(ctx, args.userId);
  }

  @Mutation(() => User, { description: 'Enables a disabled account again (it signs in anew).' })
  @Access(Permission.UserManage)
  enableUser(@Ctx() ctx: RequestContext, @Args() args: UserIdArgs): Promise<User> {
    return this.accounts.enableUser(ctx, args.userId);
  }

  @ResolveField(() => [Membership], { description: 'The account’s roles that you can see (all of them for yourself).' })
  memberships(@Ctx() ctx: RequestContext, @Parent() user: User): Promise<Membership[]> {
    return this.accounts.membershipsOf(ctx, user);
  }
}
