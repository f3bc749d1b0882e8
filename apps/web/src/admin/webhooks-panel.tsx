import { useState, type FormEvent } from 'react';
import { request } from '../api/client';
import { useQuery } from '../api/use-query';
import { DataTable, type Column } from '../components/data-table';
import { ErrorBox, Loading, Section } from '../components/ui';
import type { AdminWebhookDeliveriesQuery, AdminWebhooksQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { ActionError, Field, SecretOnce, useAction, useDateTime, type AdminPlace } from './admin-common';
import {
  ApiKeysDocument,
  DeleteWebhookDocument,
  RegisterWebhookDocument,
  UpdateWebhookDocument,
  WebhookDeliveriesDocument,
  WebhooksDocument,
} from './documents';

type Webhook = AdminWebhooksQuery['webhooks'][number];
type Delivery = AdminWebhookDeliveriesQuery['webhookDeliveries'][number];
type KeyNames = Map<string, string>;

/** The API keys of the place that are still usable: a webhook receives the events of one of them. */
function useActiveKeys(place: AdminPlace) {
  const keys = useQuery(ApiKeysDocument, {
    provinceCode: place.provinceCode,
    regionCode: place.regionCode,
    includeRevoked: false,
  });
  const active = keys.status === 'ok' ? keys.data.apiKeys.filter((k) => k.active) : [];
  return { keys, active, names: new Map(active.map((k) => [k.id, k.name])) as KeyNames };
}

function RegisterForm({
  keys,
  onRegistered,
}: {
  keys: { id: string; name: string }[];
  onRegistered: (r: { url: string; secret: string }) => void;
}) {
  const { t } = useI18n();
  const action = useAction();
  const [apiKeyId, setApiKeyId] = useState(keys[0]?.id ?? '');
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  if (keys.length === 0) return <p className="muted">{t('adminWebhookNoKeys')}</p>;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = { apiKeyId, url: url.trim(), description: description.trim() || null };
    const done = await action.run(() => request(RegisterWebhookDocument, { input }));
    if (done) {
      setUrl('');
      setDescription('');
      onRegistered({ url: done.registerWebhook.webhook.url, secret: done.registerWebhook.secret });
    }
  };
  return (
    <form className="admin-form" onSubmit={(e) => void submit(e)} aria-label={t('adminWebhookRegister')}>
      <Field label={t('adminWebhookUrl')}>
        <input
          type="url"
          required
          placeholder="https://"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          aria-invalid={action.invalid('url')}
        />
      </Field>
      <Field label={t('adminWebhookKey')}>
        <select value={apiKeyId} onChange={(e) => setApiKeyId(e.target.value)} aria-invalid={action.invalid('apiKeyId')}>
          {keys.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('adminWebhookNote')}>
        <input
          type="text"
          maxLength={200}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          aria-invalid={action.invalid('description')}
        />
      </Field>
      <button type="submit" className="primary" disabled={action.busy || !apiKeyId}>
        {t('adminWebhookRegister')}
      </button>
      <ActionError error={action.error} />
    </form>
  );
}

function DeliveryLog({ webhook }: { webhook: Webhook }) {
  const { t, num } = useI18n();
  const when = useDateTime();
  const log = useQuery(WebhookDeliveriesDocument, { webhookId: webhook.id });
  if (log.status === 'loading') return <Loading />;
  if (log.status === 'error') return <ErrorBox error={log.error} />;
  if (log.data.webhookDeliveries.length === 0) return <p className="muted">{t('adminWebhookNoDeliveries')}</p>;
  const state = (d: Delivery) => t(`adminDelivery_${d.state}` as MessageKey);
  const answer = (d: Delivery) =>
    [d.lastStatus === null || d.lastStatus === undefined ? null : `HTTP ${d.lastStatus}`, d.lastError]
      .filter(Boolean)
      .join(' · ') || '–';
  const columns: Column<Delivery>[] = [
    { key: 'queued', header: t('adminDeliveryQueued'), render: (d) => when(d.createdAt), value: (d) => d.createdAt },
    { key: 'kind', header: t('adminDeliveryKind'), render: (d) => <code>{d.kind}</code>, value: (d) => d.kind },
    { key: 'state', header: t('adminDeliveryState'), render: state, value: state },
    {
      key: 'attempts',
      header: t('adminDeliveryAttempts'),
      render: (d) => num(d.attempts, 0),
      value: (d) => d.attempts,
      numeric: true,
      secondary: true,
    },
    { key: 'answer', header: t('adminDeliveryAnswer'), render: answer, value: answer, secondary: true },
    {
      key: 'done',
      header: t('adminDeliveryDone'),
      render: (d) =>
        d.deliveredAt ? when(d.deliveredAt) : d.state === 'PENDING' ? `${t('adminDeliveryNext')}: ${when(d.nextAttemptAt)}` : '–',
      value: (d) => d.deliveredAt ?? d.nextAttemptAt,
      secondary: true,
    },
  ];
  return (
    <DataTable
      title={t('adminWebhookLogOf', { url: webhook.url })}
      columns={columns}
      rows={log.data.webhookDeliveries}
      rowKey={(d) => d.id}
      muted={(d) => d.state === 'FAILED'}
      testId="webhook-deliveries"
    />
  );
}

function WebhooksTable({ names, onChanged }: { names: KeyNames; onChanged: () => void }) {
  const { t } = useI18n();
  const when = useDateTime();
  const action = useAction();
  const [open, setOpen] = useState<string | null>(null);
  const hooks = useQuery(WebhooksDocument, {});
  if (hooks.status === 'loading') return <Loading />;
  if (hooks.status === 'error') return <ErrorBox error={hooks.error} />;
  const list = hooks.data.webhooks;
  if (list.length === 0) return <p>{t('adminNoWebhooks')}</p>;
  const toggle = async (w: Webhook) => {
    if (await action.run(() => request(UpdateWebhookDocument, { input: { id: w.id, enabled: !w.enabled } }))) onChanged();
  };
  const remove = async (w: Webhook) => {
    if (!window.confirm(t('adminConfirmDeleteWebhook', { url: w.url }))) return;
    if (await action.run(() => request(DeleteWebhookDocument, { id: w.id }))) onChanged();
  };
  const state = (w: Webhook) => (w.enabled ? t('adminWebhookEnabled') : t('adminWebhookDisabled'));
  const columns: Column<Webhook>[] = [
    {
      key: 'url',
      header: t('adminWebhookUrl'),
      // Phones hide the state column: the state shows under the address instead.
      render: (w) => (
        <>
          <code className="wrap">{w.url}</code>
          <span className="phone-only muted small">{state(w)}</span>
        </>
      ),
      value: (w) => w.url,
    },
    {
      key: 'key',
      header: t('adminWebhookKey'),
      render: (w) => names.get(w.apiKeyId) ?? '–',
      value: (w) => names.get(w.apiKeyId) ?? '',
      secondary: true,
    },
    {
      key: 'note',
      header: t('adminWebhookNote'),
      render: (w) => w.description ?? '',
      value: (w) => w.description,
      secondary: true,
    },
    {
      key: 'created',
      header: t('adminKeyCreated'),
      render: (w) => when(w.createdAt),
      value: (w) => w.createdAt,
      secondary: true,
    },
    { key: 'state', header: t('adminStatus'), render: state, value: state, secondary: true },
    {
      key: 'actions',
      header: t('adminActions'),
      render: (w) => (
        <span className="row-actions">
          <button type="button" aria-expanded={open === w.id} onClick={() => setOpen(open === w.id ? null : w.id)}>
            {t('adminWebhookLog')}
          </button>
          <button type="button" disabled={action.busy} onClick={() => void toggle(w)}>
            {w.enabled ? t('adminWebhookDisable') : t('adminWebhookEnable')}
          </button>
          <button
            type="button"
            aria-label={t('adminWebhookDeleteOf', { url: w.url })}
            disabled={action.busy}
            onClick={() => void remove(w)}
          >
            {t('adminWebhookDelete')}
          </button>
        </span>
      ),
    },
  ];
  const opened = list.find((w) => w.id === open);
  return (
    <>
      <ActionError error={action.error} />
      <DataTable
        title={t('adminWebhooks')}
        columns={columns}
        rows={list}
        rowKey={(w) => w.id}
        muted={(w) => !w.enabled}
        testId="webhooks-table"
      />
      {opened ? (
        <div className="webhook-log">
          <h3>{t('adminWebhookLogOf', { url: opened.url })}</h3>
          <DeliveryLog key={opened.id} webhook={opened} />
        </div>
      ) : null}
    </>
  );
}

/** /admin/webhook: the webhooks the signed-in person registered for their API keys. */
export function WebhooksPanel({ place }: { place: AdminPlace }) {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const [registered, setRegistered] = useState<{ url: string; secret: string } | null>(null);
  const { keys, active, names } = useActiveKeys(place);
  return (
    <>
      <Section id="webhooks" title={t('adminWebhooks')}>
        <p className="muted small">{t('adminWebhooksHelp')}</p>
        <WebhooksTable key={version} names={names} onChanged={() => setVersion((v) => v + 1)} />
      </Section>
      <Section id="register-webhook" title={t('adminWebhookRegister')}>
        {registered ? (
          <SecretOnce
            testId="webhook-secret"
            label={t('adminWebhookSecret')}
            note={t('adminWebhookCreatedNote', { url: registered.url })}
            secret={registered.secret}
            onDone={() => setRegistered(null)}
          />
        ) : null}
        {keys.status === 'loading' ? <Loading /> : null}
        {keys.status === 'error' ? <ErrorBox error={keys.error} /> : null}
        {keys.status === 'ok' ? (
          <RegisterForm
            keys={active}
            onRegistered={(r) => {
              setRegistered(r);
              setVersion((v) => v + 1);
            }}
          />
        ) : null}
      </Section>
    </>
  );
}
