import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { AUTH_OPTIONS, type ResolvedAuthOptions } from './auth.options';
import { sessionCookieOf, writeSessionCookie } from './session-cookie';
import { Ctx, RequestContext } from '@rapor/platform';
import { AccountsService } from './accounts.service';
import { ChangePasswordInput, LoginArgs, LogoutArgs, RefreshTokenArgs } from './dto/session.args';
import { IgnoreCredentials } from './guards/access.decorators';
import { CurrentPasswordGuard, LoginGuard, RefreshTokenGuard } from './guards/session.guards';
import { AuthPayload } from './models/auth-payload.model';
import { Me } from './models/me.model';
import { SessionsService } from './sessions.service';
import { Access, Permission } from '@rapor/permissions';

interface HttpContext {
  req: Request;
  res: Response;
}

@Resolver()
export class SessionsResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly accounts: AccountsService,
    @Inject(AUTH_OPTIONS) private readonly options: ResolvedAuthOptions,
  ) {}

  @Query(() => Me, { description: 'The signed-in person, the scope this request acts in, and every scope they may choose.' })
  @Access(Permission.AccountRead)
  me(@Ctx() ctx: RequestContext): Promise<Me> {
    return this.accounts.me(ctx);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Signs in with email and password. The same UNAUTHENTICATED error for an unknown email and a wrong password; TOO_MANY_REQUESTS (with retryAfter seconds) after repeated failures. Must be the only field of its operation.',
  })
  @IgnoreCredentials()
  @UseGuards(LoginGuard)
  @Access(Permission.SessionStart)
  async login(@Ctx() ctx: RequestContext, @Args() args: LoginArgs, @Context() http: HttpContext): Promise<AuthPayload> {
    const payload = await this.sessions.login(ctx, args.scope ?? null);
    return args.cookie ? this.intoCookie(http, payload) : payload;
  }

  @Mutation(() => AuthPayload, {
    description:
      'Exchanges a refresh token for new tokens; the old refresh token stops working. Presenting it again ends the whole session. Must be the only field of its operation.',
  })
  @IgnoreCredentials()
  @UseGuards(RefreshTokenGuard)
  @Access(Permission.SessionStart)
  async refreshToken(@Ctx() ctx: RequestContext, @Args() args: RefreshTokenArgs, @Context() http: HttpContext): Promise<AuthPayload> {
    const payload = await this.sessions.refresh(ctx);
    return typeof args.token === 'string' ? payload : this.intoCookie(http, payload);
  }

  @Mutation(() => Boolean, {
    description: 'Ends the session of a refresh token: its refresh and access tokens stop working. Always true.',
  })
  @IgnoreCredentials()
  @Access(Permission.SessionEnd)
  logout(@Ctx() ctx: RequestContext, @Args() args: LogoutArgs, @Context() http: HttpContext): Promise<boolean> {
    if (typeof args.refreshToken === 'string') return this.sessions.logout(ctx, args.refreshToken);
    const token = sessionCookieOf(http.req);
    writeSessionCookie(http.res, null, null, this.options.secureCookies);
    return this.sessions.logout(ctx, token ?? '');
  }

  @Mutation(() => AuthPayload, {
    description:
      'Replaces the signed-in person’s password. Every session of the account ends; the answer carries the tokens of a new one.',
  })
  @UseGuards(CurrentPasswordGuard)
  @Access(Permission.PasswordChange)
  async changePassword(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The current and the new password.' }) input: ChangePasswordInput,
    @Args('cookie', {
      type: () => Boolean,
      defaultValue: false,
      description: 'Browsers: the new session’s refresh token goes into the HttpOnly session cookie (`refreshToken` is then null).',
    })
    cookie: boolean,
    @Context() http: HttpContext,
  ): Promise<AuthPayload> {
    const payload = await this.accounts.changePassword(ctx, input);
    return cookie ? this.intoCookie(http, payload) : payload;
  }

  // The cookie variant: the refresh token goes into the HttpOnly cookie, not the answer.
  private intoCookie(http: HttpContext, payload: AuthPayload): AuthPayload {
    writeSessionCookie(http.res, payload.refreshToken, payload.refreshTokenExpiresAt, this.options.secureCookies);
    return { ...payload, refreshToken: null };
  }
}
