// The developers' GraphQL explorer, bundled (no CDN): GraphiQL on the same origin, using the
// signed-in session's cookie for an access token, so the queries run with the person's scope.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import type { Fetcher } from '@graphiql/toolkit';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { accessToken, currentScope, refreshWithCookie } from '../api/client';

const scope = (() => {
  try {
    return localStorage.getItem('rapor.scope');
  } catch {
    return null;
  }
})();

const fetcher: Fetcher = async (params) => {
  if (!accessToken()) await refreshWithCookie();
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = accessToken();
  if (token) headers['authorization'] = `Bearer ${token}`;
  const activeScope = scope ?? currentScope();
  if (activeScope) headers['x-rapor-scope'] = activeScope;
  const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params), credentials: 'same-origin' });
  return res.json();
};

createRoot(document.getElementById('explorer')!).render(
  <StrictMode>
    <div style={{ height: '100vh' }}>
      <GraphiQL fetcher={fetcher} defaultQuery={'# Rapor GraphQL API. Sign in at / first; queries run in your scope.\nquery {\n  me { user { email } activeScope }\n}\n'} />
    </div>
  </StrictMode>,
);
