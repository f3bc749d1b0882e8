import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@rapor/platform';
import { AccountsService } from './accounts.service';
import { ChangePasswordInput, LoginArgs, LogoutArgs, RefreshTokenArgs } from './dto/session.args';
import { IgnoreCredentials, RequireUser } from './guards/access.decorators';
import { CurrentPasswordGuard, LoginGuard, RefreshTokenGuard } from './guards/session.guards';
import { AuthPayload } from './models/auth-payload.model';
import { Me } from './models/me.model';
import { SessionsService } from './sessions.service';

@Resolver()
export class SessionsResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly accounts: AccountsService,
  ) {}

  @Query(() => Me, { description: 'The signed-in person, the scope this request acts in, and every scope they may choose.' })
  @RequireUser()
  me(@Ctx() ctx: RequestContext): Promise<Me> {
    return this.accounts.me(ctx);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Signs in with email and password. The same UNAUTHENTICATED error for an unknown email and a wrong password; TOO_MANY_REQUESTS (with retryAfter seconds) after repeated failures. Must be the only field of its operation.',
  })
  @IgnoreCredentials()
  @UseGuards(LoginGuard)
  login(@Ctx() ctx: RequestContext, @Args() args: LoginArgs): Promise<AuthPayload> {
    return this.sessions.login(ctx, args.scope ?? null);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Exchanges a refresh token for new tokens; the old refresh token stops working. Presenting it again ends the whole session. Must be the only field of its operation.',
  })
  @IgnoreCredentials()
  @UseGuards(RefreshTokenGuard)
  refreshToken(@Ctx() ctx: RequestContext, @Args() _args: RefreshTokenArgs): Promise<AuthPayload> {
    return this.sessions.refresh(ctx);
  }

  @Mutation(() => Boolean, {
    description: 'Ends the session of a refresh token: its refresh and access tokens stop working. Always true.',
  })
  @IgnoreCredentials()
  logout(@Ctx() ctx: RequestContext, @Args() args: LogoutArgs): Promise<boolean> {
    return this.sessions.logout(ctx, args.refreshToken);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Replaces the signed-in person’s password. Every session of the account ends; the answer carries the tokens of a new one.',
  })
  @RequireUser()
  @UseGuards(CurrentPasswordGuard)
  changePassword(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The current and the new password.' }) input: ChangePasswordInput,
  ): Promise<AuthPayload> {
    return this.accounts.changePassword(ctx, input);
  }
}
