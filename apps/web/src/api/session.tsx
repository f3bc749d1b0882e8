import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';
import { forgetTokens, onSessionEnded, refreshWithCookie, rememberTokens, request, requestAnonymous, setScope } from './client';

const MeDocument = graphql(`
  query Me {
    me {
      activeScope
      activeRole
      user {
        id
        email
        displayName
        mustChangePassword
      }
      memberships {
        scope
        role
        provinceCode
        regionCode
      }
    }
  }
`);

const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!, $scope: String) {
    login(email: $email, password: $password, scope: $scope, cookie: true) {
      accessToken
      expiresIn
      scope
    }
  }
`);

const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input, cookie: true) {
      accessToken
      expiresIn
      scope
    }
  }
`);

export type Me = MeQuery['me'];
export type Membership = Me['memberships'][number];

const SCOPE_KEY = 'rapor.scope';

type State = { status: 'loading' } | { status: 'signedOut' } | { status: 'signedIn'; me: Me };

interface Session {
  state: State;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  switchScope(scope: string): Promise<void>;
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

function rememberedScope(): string | null {
  try {
    return localStorage.getItem(SCOPE_KEY);
  } catch {
    return null;
  }
}

function rememberScope(scope: string | null): void {
  try {
    if (scope) localStorage.setItem(SCOPE_KEY, scope);
  } catch {
    // not kept across visits
  }
}

/** Where a person's work is: the national view, their province, or their region. */
export function homeOf(scope: string | null | undefined): string {
  if (!scope || scope === 'operator') return '/nasional';
  const [kind, code] = scope.split(':');
  return kind === 'province' ? `/provinsi/${code}` : `/wilayah/${code}`;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ status: 'loading' });

  const loadMe = useCallback(async () => {
    const { me } = await request(MeDocument);
    setState({ status: 'signedIn', me });
  }, []);

  useEffect(() => {
    onSessionEnded(() => setState({ status: 'signedOut' }));
    // A reload: the cookie may still hold a session.
    void (async () => {
      setScope(rememberedScope());
      if (await refreshWithCookie()) {
        try {
          await loadMe();
          return;
        } catch {
          // a remembered scope no longer held: fall back to the default one
          setScope(null);
          try {
            await loadMe();
            return;
          } catch {
            /* signed out below */
          }
        }
      }
      setState({ status: 'signedOut' });
    })();
  }, [loadMe]);

  const session = useMemo<Session>(
    () => ({
      state,
      async signIn(email, password) {
        const remembered = rememberedScope();
        let payload;
        try {
          payload = (await requestAnonymous(LoginDocument, { email, password, scope: remembered })).login;
        } catch (error) {
          // The remembered scope may have been revoked: sign in to the default one.
          if ((error as { code?: string }).code !== 'FORBIDDEN' || !remembered) throw error;
          payload = (await requestAnonymous(LoginDocument, { email, password, scope: null })).login;
        }
        rememberTokens(payload.accessToken, payload.expiresIn);
        setScope(payload.scope);
        rememberScope(payload.scope);
        await loadMe();
      },
      async signOut() {
        try {
          await requestAnonymous(LogoutDocument, {});
        } finally {
          forgetTokens();
          setScope(null);
          setState({ status: 'signedOut' });
        }
      },
      async switchScope(scope) {
        setScope(scope);
        rememberScope(scope);
        await loadMe();
      },
      async changePassword(currentPassword, newPassword) {
        const { changePassword } = await request(ChangePasswordDocument, { input: { currentPassword, newPassword } });
        rememberTokens(changePassword.accessToken, changePassword.expiresIn);
        await loadMe();
      },
    }),
    [state, loadMe],
  );

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}
