import { withOwnerTransaction } from '@rapor/db';
import { hashPassword, normalizeEmail, passwordProblem } from './credentials/passwords';

/** An account created as the schema owner: the CLI's first operator, seeded demo logins, test fixtures. */
export interface AccountProvision {
  email: string;
  displayName: string;
  /** A password to hash (checked like any new password), or an argon2id hash already made. */
  password?: string;
  passwordHash?: string;
  isOperator?: boolean;
  /** Province codes the account reviews. */
  reviewerOf?: readonly string[];
  /** Region roles, e.g. `{ '19.71': 'admin' }`. */
  regions?: Readonly<Record<string, 'admin' | 'editor' | 'viewer'>>;
  mustChangePassword?: boolean;
  disabled?: boolean;
}

/**
 * Creates an account with its memberships in one owner transaction. Returns `created: false`
 * (and changes nothing) when the email is taken.
 */
export async function provisionAccount(ownerUrl: string, input: AccountProvision): Promise<{ id: string; created: boolean }> {
  const email = normalizeEmail(input.email);
  if (!/^[^@\s]+@[^@\s]+$/.test(email) || email.length > 254) throw new Error(`"${input.email}" is not an email address`);
  const displayName = input.displayName.trim();
  if (displayName.length < 1 || displayName.length > 200) throw new Error('The name must have 1 to 200 characters');
  let passwordHash = input.passwordHash;
  if (!passwordHash) {
    const problem = passwordProblem(input.password ?? '', email);
    if (problem) throw new Error(`The password is refused: ${problem}`);
    passwordHash = await hashPassword(input.password ?? '');
  }
  return withOwnerTransaction(ownerUrl, async (client) => {
    // FORCE row-level security holds for the owner too: act as an operator, as the API would.
    await client.query(`select set_config('app.role', 'operator', true)`);
    const { rows } = await client.query<{ id: string }>(
      `insert into app_user (email, display_name, password_hash, is_operator, must_change_password, disabled_at)
       values ($1, $2, $3, $4, $5, case when $6 then now() end)
       on conflict (email) do nothing returning id`,
      [email, displayName, passwordHash, input.isOperator ?? false, input.mustChangePassword ?? false, input.disabled ?? false],
    );
    const id = rows[0]?.id;
    if (!id) {
      const existing = await client.query<{ id: string }>(`select id from app_user where email = $1`, [email]);
      return { id: existing.rows[0].id, created: false };
    }
    for (const provinceId of input.reviewerOf ?? []) {
      await client.query(`insert into province_membership (province_id, user_id) values ($1, $2)`, [provinceId, id]);
    }
    for (const [regionId, role] of Object.entries(input.regions ?? {})) {
      await client.query(`insert into region_membership (region_id, user_id, role) values ($1, $2, $3)`, [regionId, id, role]);
    }
    return { id, created: true };
  });
}

/**
 * Creates a platform operator as the schema owner (the CLI's `create-operator`), for the
 * first operator of an installation. Fails when the email is taken.
 */
export async function createOperator(
  ownerUrl: string,
  input: { email: string; displayName: string; password: string },
): Promise<{ id: string }> {
  const { id, created } = await provisionAccount(ownerUrl, { ...input, isOperator: true });
  if (!created) throw new Error(`An account with the email ${normalizeEmail(input.email)} already exists`);
  return { id };
}
