import { useState, type FormEvent } from 'react';
import { request } from '../api/client';
import { useQuery } from '../api/use-query';
import { DataTable, type Column } from '../components/data-table';
import { ErrorBox, Loading, Section } from '../components/ui';
import type { AdminApiKeysQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ActionError, Field, SecretOnce, useAction, useDateTime, useLabels, type AdminPlace } from './admin-common';
import { ApiKeysDocument, CreateApiKeyDocument, RevokeApiKeyDocument } from './documents';

type Key = AdminApiKeysQuery['apiKeys'][number];

function CreateKeyForm({ place, onCreated }: { place: AdminPlace; onCreated: (c: { name: string; secret: string }) => void }) {
  const { t } = useI18n();
  const action = useAction();
  const [name, setName] = useState('');
  // A region admin's keys read its region; reviewers and operators choose the province or one region.
  const [scope, setScope] = useState(place.regionCode ?? '');
  const [expires, setExpires] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = {
      name,
      ...(scope ? { regionCode: scope } : { provinceCode: place.provinceCode }),
      expiresAt: expires ? new Date(`${expires}T23:59:59`).toISOString() : null,
    };
    const done = await action.run(() => request(CreateApiKeyDocument, { input }));
    if (done) {
      setName('');
      setExpires('');
      onCreated({ name: done.createApiKey.apiKey.name, secret: done.createApiKey.secret });
    }
  };
  return (
    <form className="admin-form" onSubmit={(e) => void submit(e)} aria-label={t('adminCreateKey')}>
      <Field label={t('adminKeyName')}>
        <input
          type="text"
          required
          maxLength={100}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={action.invalid('name')}
        />
      </Field>
      {place.role !== 'REGION_ADMIN' ? (
        <Field label={t('adminKeyScope')}>
          <select value={scope} onChange={(e) => setScope(e.target.value)} aria-invalid={action.invalid('regionCode')}>
            <option value="">{t('adminWholeProvince', { name: place.provinceName ?? '' })}</option>
            {place.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <Field label={t('adminKeyExpiresOptional')}>
        <input
          type="date"
          value={expires}
          onChange={(e) => setExpires(e.target.value)}
          aria-invalid={action.invalid('expiresAt')}
        />
      </Field>
      <button type="submit" className="primary" disabled={action.busy || !place.provinceCode}>
        {t('adminCreateKeySubmit')}
      </button>
      <ActionError error={action.error} />
    </form>
  );
}

function KeysTable({ place, onChanged }: { place: AdminPlace; onChanged: () => void }) {
  const { t } = useI18n();
  const labels = useLabels();
  const when = useDateTime();
  const action = useAction();
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const keys = useQuery(ApiKeysDocument, {
    provinceCode: place.provinceCode,
    regionCode: place.regionCode,
    includeRevoked,
  });
  if (keys.status === 'loading') return <Loading />;
  if (keys.status === 'error') return <ErrorBox error={keys.error} />;
  const state = (k: Key) => (k.revokedAt ? t('adminKeyRevoked') : k.active ? t('adminActive') : t('adminKeyExpired'));
  const revoke = async (k: Key) => {
    if (!window.confirm(t('adminConfirmRevokeKey', { name: k.name }))) return;
    if (await action.run(() => request(RevokeApiKeyDocument, { id: k.id }))) onChanged();
  };
  const columns: Column<Key>[] = [
    { key: 'name', header: t('adminName'), render: (k) => k.name, value: (k) => k.name },
    {
      key: 'prefix',
      header: t('adminKeyPrefix'),
      render: (k) => <code>{k.prefix}…</code>,
      value: (k) => k.prefix,
      secondary: true,
    },
    {
      key: 'scope',
      header: t('adminKeyScope'),
      render: (k) =>
        k.regionCode
          ? labels.place(place, k.regionCode, null)
          : t('adminWholeProvince', { name: labels.place(place, null, k.provinceCode) }),
      value: (k) => k.scope,
    },
    {
      key: 'created',
      header: t('adminKeyCreated'),
      render: (k) => when(k.createdAt),
      value: (k) => k.createdAt,
      secondary: true,
    },
    {
      key: 'expires',
      header: t('adminKeyExpires'),
      render: (k) => (k.expiresAt ? when(k.expiresAt) : t('adminNoExpiry')),
      value: (k) => k.expiresAt,
      secondary: true,
    },
    {
      key: 'used',
      header: t('adminKeyLastUsed'),
      render: (k) => (k.lastUsedAt ? when(k.lastUsedAt) : t('adminNever')),
      value: (k) => k.lastUsedAt,
    },
    { key: 'state', header: t('adminStatus'), render: state, value: state },
    {
      key: 'revoke',
      header: t('adminRevoke'),
      render: (k) =>
        k.revokedAt ? null : (
          <button
            type="button"
            aria-label={t('adminRevokeKey', { name: k.name })}
            disabled={action.busy}
            onClick={() => void revoke(k)}
          >
            {t('adminRevoke')}
          </button>
        ),
    },
  ];
  return (
    <>
      <label className="inline-check">
        <input type="checkbox" checked={includeRevoked} onChange={(e) => setIncludeRevoked(e.target.checked)} />
        {t('adminShowRevoked')}
      </label>
      <ActionError error={action.error} />
      {keys.data.apiKeys.length === 0 ? (
        <p>{t('adminNoKeys')}</p>
      ) : (
        <DataTable
          title={t('adminApiKeys')}
          columns={columns}
          rows={keys.data.apiKeys}
          rowKey={(k) => k.id}
          muted={(k) => !k.active}
          testId="api-keys-table"
        />
      )}
    </>
  );
}

export function ApiKeysPanel({ place }: { place: AdminPlace }) {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  return (
    <>
      <Section id="api-keys" title={t('adminApiKeys')}>
        <KeysTable key={version} place={place} onChanged={() => setVersion((v) => v + 1)} />
      </Section>
      <Section id="create-key" title={t('adminCreateKey')}>
        {created ? (
          <SecretOnce
            testId="api-key-secret"
            label={t('adminKeySecret')}
            note={t('adminKeyCreatedNote', { name: created.name })}
            secret={created.secret}
            onDone={() => setCreated(null)}
          />
        ) : null}
        <CreateKeyForm
          place={place}
          onCreated={(c) => {
            setCreated(c);
            setVersion((v) => v + 1);
          }}
        />
      </Section>
    </>
  );
}
