import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError, notFound, TenantTransactionRunner } from '@rapor/db';
import { defineLoader, type RequestContext } from '@rapor/platform';
import DataLoader from 'dataloader';
import { AccountsRepository, type MembershipRow } from './accounts.repository';
import { grantOfMembership, toMembership, toUser } from './auth.mapper';
import { userSessionOf } from './auth-session';
import { generatePassword, hashPassword, normalizeEmail, passwordProblem } from './credentials/passwords';
import type { ChangePasswordInput } from './dto/session.args';
import type { AuthPayload } from './models/auth-payload.model';
import type { Me } from './models/me.model';
import { Membership, MembershipRole } from './models/membership.model';
import type { CreatedUser, User } from './models/user.model';
import { mayGrant, mayManageAccount, mayManageScope } from '@rapor/permissions';
import { formatScope, parseScope, scopeOfGrant, type Grant } from '@rapor/permissions';
import { SessionsService } from './sessions.service';

/** The role and place of a membership as a client sends them. */
export interface GrantInput {
  role: MembershipRole;
  provinceCode?: string | null;
  regionCode?: string | null;
}

/**
 * Reads a grant from input: operators take no place, reviewers a province, region roles a
 * region. BAD_USER_INPUT names the field that is missing or does not belong.
 */
export function grantFromInput(input: GrantInput): Grant {
  const { role, provinceCode, regionCode } = input;
  if (role === MembershipRole.OPERATOR) {
    if (provinceCode || regionCode)
      throw new AppError('BAD_USER_INPUT', 'The OPERATOR role takes no province or region', [
        provinceCode ? 'provinceCode' : 'regionCode',
      ]);
    return { role: 'operator' };
  }
  if (role === MembershipRole.REVIEWER) {
    if (!provinceCode) throw new AppError('BAD_USER_INPUT', 'A REVIEWER needs provinceCode', ['provinceCode']);
    if (regionCode) throw new AppError('BAD_USER_INPUT', 'A REVIEWER takes a province, not a region', ['regionCode']);
    return { role: 'reviewer', provinceId: provinceCode };
  }
  if (!regionCode) throw new AppError('BAD_USER_INPUT', `A ${role.toUpperCase()} needs regionCode`, ['regionCode']);
  if (provinceCode && provinceCode !== regionCode.slice(0, 2)) {
    throw new AppError('BAD_USER_INPUT', `Region ${regionCode} is not in province ${provinceCode}`, ['provinceCode']);
  }
  return { role, regionId: regionCode };
}

function forbiddenGrant(grant: Grant): AppError {
  return new AppError('FORBIDDEN', `You may not grant the role ${grant.role} in ${formatScope(scopeOfGrant(grant))}`);
}

/**
 * Accounts and memberships: who the caller is, who they can see, and creating, granting,
 * revoking and disabling within their scope. Each change is one method, the seam where the
 * audit log hooks in. The access policy decides first; row-level security decides again.
 */
@Injectable()
export class AccountsService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsService,
    private readonly runner: TenantTransactionRunner,
  ) {}

  /** A request's memberships by user, one statement for every user asked in the same tick. */
  private readonly membershipsByUser = defineLoader(
    (ctx) =>
      new DataLoader<string, MembershipRow[]>((ids) =>
        this.runner.run(ctx.principal, async () => {
          const rows = await this.accounts.membershipsOf(ids);
          return ids.map((id) => rows.filter((r) => r.userId === id));
        }),
      ),
  );

  async me(ctx: RequestContext): Promise<Me> {
    const session = userSessionOf(ctx);
    const row = await this.accounts.userById(session.userId);
    if (!row) throw new AppError('UNAUTHENTICATED', 'Sign in first');
    const user = toUser(row);
    return {
      user,
      activeScope: session.activeGrant ? formatScope(scopeOfGrant(session.activeGrant)) : null,
      activeRole: session.activeGrant ? (session.activeGrant.role as MembershipRole) : null,
      memberships: await this.membershipsOf(ctx, user),
    };
  }

  /** Accounts the caller can see (row-level security decides), optionally by province or region. */
  async users(_ctx: RequestContext, filter: { provinceCode?: string | null; regionCode?: string | null }): Promise<User[]> {
    const rows = await this.accounts.users({ provinceId: filter.provinceCode ?? null, regionId: filter.regionCode ?? null });
    return rows.map(toUser);
  }

  /** A user's memberships that the caller can see, batched across users per request. */
  async membershipsOf(ctx: RequestContext, user: User): Promise<Membership[]> {
    const rows = await ctx.loaders.get(this.membershipsByUser).load(user.id);
    return [
      ...(user.isOperator ? [toMembership({ role: 'operator' }, null)] : []),
      ...rows.map((r) => toMembership(grantOfMembership(r), r.grantedAt)),
    ];
  }

  /** A new account with one role, and a temporary password it must change at first sign-in. */
  async createUser(ctx: RequestContext, input: GrantInput & { email: string; displayName: string }): Promise<CreatedUser> {
    const grant = grantFromInput(input);
    if (!mayGrant(ctx.principal, grant)) throw forbiddenGrant(grant);
    const email = normalizeEmail(input.email);
    if (await this.accounts.userIdByEmail(email)) {
      throw new AppError('CONFLICT', 'An account with this email exists; grant it a membership instead', ['email']);
    }
    const temporaryPassword = generatePassword();
    const id = randomUUID();
    await this.accounts.insertUser({
      id,
      email,
      displayName: input.displayName.trim(),
      passwordHash: await hashPassword(temporaryPassword),
      mustChangePassword: true,
      isOperator: grant.role === 'operator',
    });
    if (grant.role !== 'operator') await this.accounts.upsertMembership(id, grant, ctx.principal.userId);
    return { user: await this.visibleUser(id), temporaryPassword };
  }

  /** Gives an existing account (found by email) a role within the caller's scope. */
  async grantMembership(ctx: RequestContext, input: GrantInput & { email: string }): Promise<User> {
    const grant = grantFromInput(input);
    if (!mayGrant(ctx.principal, grant)) throw forbiddenGrant(grant);
    const userId = await this.accounts.userIdByEmail(normalizeEmail(input.email));
    if (!userId) throw notFound('An account with this email', 'email');
    if (grant.role === 'operator') await this.accounts.setOperator(userId, true);
    else await this.accounts.upsertMembership(userId, grant, ctx.principal.userId);
    return this.visibleUser(userId);
  }

  /** Takes a role away. NOT_FOUND when the account holds none there (or it is hidden). */
  async revokeMembership(ctx: RequestContext, input: { userId: string; scope: string }): Promise<boolean> {
    const scope = parseScope(input.scope);
    if (!scope) throw new AppError('BAD_USER_INPUT', 'Unknown scope', ['scope']);
    if (!mayManageScope(ctx.principal, scope))
      throw new AppError('FORBIDDEN', `You may not manage memberships in ${formatScope(scope)}`);
    let removed: number;
    switch (scope.kind) {
      case 'operator':
        if (input.userId === ctx.principal.userId) throw new AppError('FORBIDDEN', 'You cannot remove your own operator role');
        removed = await this.accounts.setOperator(input.userId, false);
        break;
      case 'province':
        removed = await this.accounts.deleteProvinceMembership(input.userId, scope.provinceId);
        break;
      case 'region':
        removed = await this.accounts.deleteRegionMembership(input.userId, scope.regionId);
        break;
    }
    if (removed === 0) throw notFound('The membership', 'scope');
    return true;
  }

  /** Disables an account: it cannot sign in, and its tokens stop working at once. */
  disableUser(ctx: RequestContext, userId: string): Promise<User> {
    return this.setDisabled(ctx, userId, true);
  }

  enableUser(ctx: RequestContext, userId: string): Promise<User> {
    return this.setDisabled(ctx, userId, false);
  }

  /**
   * Replaces the caller's password (the current one was verified by the guard). Every
   * session of the account ends; the answer carries the tokens of a new one.
   */
  async changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<AuthPayload> {
    const session = userSessionOf(ctx);
    if (input.newPassword === input.currentPassword) {
      throw new AppError('BAD_USER_INPUT', 'newPassword must differ from the current password', ['newPassword']);
    }
    const problem = passwordProblem(input.newPassword, session.email);
    if (problem) throw new AppError('BAD_USER_INPUT', problem, ['newPassword']);
    const changed = await this.accounts.replacePassword(session.userId, await hashPassword(input.newPassword));
    if (changed !== 1) throw new AppError('UNAUTHENTICATED', 'Sign in again');
    await this.sessions.clearLoginFailures(ctx);
    return this.sessions.startSession(ctx, session.userId, session.activeGrant);
  }

  private async setDisabled(ctx: RequestContext, userId: string, disabled: boolean): Promise<User> {
    const row = await this.accounts.userById(userId);
    if (!row) throw notFound('User', 'userId');
    const visible = await this.accounts.membershipsOf([userId]);
    const target = {
      userId,
      isOperator: row.isOperator,
      membershipCount: row.membershipCount,
      visibleGrants: visible.map(grantOfMembership),
    };
    if (!mayManageAccount(ctx.principal, target)) {
      throw new AppError(
        'FORBIDDEN',
        userId === ctx.principal.userId ? 'You cannot disable or enable yourself' : 'This account is not only within your scope',
      );
    }
    await this.accounts.setDisabled(userId, disabled);
    return this.visibleUser(userId);
  }

  private async visibleUser(id: string): Promise<User> {
    const row = await this.accounts.userById(id);
    if (!row) throw notFound('User', 'userId');
    return toUser(row);
  }
}
