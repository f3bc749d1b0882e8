import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { useSession } from '../api/session';
import { useI18n } from '../i18n/i18n';

export function SignInPage() {
  const { t, errorText } = useI18n();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.signIn(email, password);
    } catch (err) {
      const apiError = err instanceof ApiError ? err : null;
      if (apiError?.code === 'TOO_MANY_REQUESTS') setError(t('tooManyAttempts', { seconds: 60 }));
      else if (apiError?.code === 'UNAUTHENTICATED' || apiError?.code === 'BAD_USER_INPUT') setError(t('badCredentials'));
      else setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="sign-in">
      <form onSubmit={submit} className="card" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">{t('signIn')}</h1>
        <p className="muted">{t('tagline')}</p>
        <label>
          {t('email')}
          <input type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          {t('password')}
          <input type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('signingIn') : t('signIn')}
        </button>
      </form>
    </main>
  );
}

export function ChangePasswordPage() {
  const { t, errorText } = useI18n();
  const session = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await session.changePassword(current, next);
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <main id="main" className="sign-in">
      <form onSubmit={submit} className="card">
        <h1>{t('changePassword')}</h1>
        <p>{t('mustChangePassword')}</p>
        <label>
          {t('currentPassword')}
          <input type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} />
        </label>
        <label>
          {t('newPassword')}
          <input type="password" autoComplete="new-password" required minLength={12} value={next} onChange={(e) => setNext(e.target.value)} />
        </label>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="primary">
          {t('save')}
        </button>
      </form>
    </main>
  );
}
