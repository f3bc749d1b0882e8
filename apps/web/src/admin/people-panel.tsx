import { useEffect, useRef, useState, type FormEvent } from 'react';
import { request } from '../api/client';
import { useSession } from '../api/session';
import { useQuery } from '../api/use-query';
import { DataTable, type Column } from '../components/data-table';
import { ErrorBox, Loading, Section } from '../components/ui';
import type { AdminUsersQuery, MembershipRole } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ActionError, Field, SecretOnce, useAction, useLabels, type AdminPlace } from './admin-common';
import {
  CreateUserDocument,
  DisableUserDocument,
  EnableUserDocument,
  GrantMembershipDocument,
  RevokeMembershipDocument,
  UsersDocument,
} from './documents';

type Person = AdminUsersQuery['users'][number];
type Grant = { role: MembershipRole; regionCode: string };

const REGION_ROLES: MembershipRole[] = ['REGION_ADMIN', 'REGION_EDITOR', 'REGION_VIEWER'];

// The roles this place may hand out (the API decides again): a region admin its region's
// roles; a reviewer its province's; an operator any.
function grantableRoles(place: AdminPlace): MembershipRole[] {
  if (place.role === 'REGION_ADMIN') return REGION_ROLES;
  const inProvince: MembershipRole[] = place.provinceCode ? ['REVIEWER', ...REGION_ROLES] : [];
  return place.role === 'OPERATOR' ? ['OPERATOR', ...inProvince] : inProvince;
}

/** May this place revoke the membership (the same rule as the API's, to offer the button only where it works)? */
function manages(place: AdminPlace, m: Person['memberships'][number]): boolean {
  if (place.role === 'OPERATOR') return true;
  if (place.role === 'REVIEWER') return m.provinceCode === place.provinceCode && m.role !== 'OPERATOR';
  return m.regionCode !== null && m.regionCode === place.regionCode;
}

function grantInput(place: AdminPlace, g: Grant) {
  if (g.role === 'OPERATOR') return { role: g.role };
  if (g.role === 'REVIEWER') return { role: g.role, provinceCode: place.provinceCode };
  return { role: g.role, regionCode: g.regionCode };
}

/** Role and place of a membership to grant. */
function GrantFields({
  place,
  value,
  onChange,
  invalid,
}: {
  place: AdminPlace;
  value: Grant;
  onChange: (g: Grant) => void;
  invalid: (f: string) => true | undefined;
}) {
  const { t } = useI18n();
  const labels = useLabels();
  const roles = grantableRoles(place);
  const regionRole = REGION_ROLES.includes(value.role);
  return (
    <>
      <Field label={t('adminRole')}>
        <select
          value={value.role}
          onChange={(e) => onChange({ ...value, role: e.target.value as MembershipRole })}
          aria-invalid={invalid('role')}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {labels.role(r)}
            </option>
          ))}
        </select>
      </Field>
      {regionRole && place.role !== 'REGION_ADMIN' ? (
        <Field label={t('adminPlace')}>
          <select
            value={value.regionCode}
            onChange={(e) => onChange({ ...value, regionCode: e.target.value })}
            aria-invalid={invalid('regionCode')}
          >
            {place.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
    </>
  );
}

function firstGrant(place: AdminPlace): Grant {
  return {
    role: grantableRoles(place).includes('REGION_EDITOR') ? 'REGION_EDITOR' : 'OPERATOR',
    regionCode: place.regionCode ?? place.regions[0]?.code ?? '',
  };
}

function InviteForm({
  place,
  onCreated,
}: {
  place: AdminPlace;
  onCreated: (created: { email: string; password: string }) => void;
}) {
  const { t } = useI18n();
  const action = useAction();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [grant, setGrant] = useState<Grant>(() => firstGrant(place));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await action.run(() =>
      request(CreateUserDocument, { input: { email, displayName: name, ...grantInput(place, grant) } }),
    );
    if (done) {
      setEmail('');
      setName('');
      onCreated({ email: done.createUser.user.email, password: done.createUser.temporaryPassword });
    }
  };
  return (
    <form className="admin-form" onSubmit={(e) => void submit(e)} aria-label={t('adminInvite')}>
      <Field label={t('email')}>
        <input
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={action.invalid('email')}
        />
      </Field>
      <Field label={t('adminName')}>
        <input
          type="text"
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={action.invalid('displayName')}
        />
      </Field>
      <GrantFields place={place} value={grant} onChange={setGrant} invalid={action.invalid} />
      <button type="submit" className="primary" disabled={action.busy}>
        {t('adminInviteSubmit')}
      </button>
      <ActionError error={action.error} />
    </form>
  );
}

/** One person: their roles (revocable where this place manages them), a role to grant, disable or enable. */
function PersonDetail({
  place,
  person,
  onChanged,
  onClose,
}: {
  place: AdminPlace;
  person: Person;
  onChanged: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const labels = useLabels();
  const session = useSession();
  const action = useAction();
  const [grant, setGrant] = useState<Grant>(() => firstGrant(place));
  const self = session.state.status === 'signedIn' && session.state.me.user.id === person.id;
  // Opened from the list: bring it into view and move the focus there.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  const change = async (work: () => Promise<unknown>) => {
    if ((await action.run(work)) !== null) onChanged();
  };
  return (
    <div ref={box} tabIndex={-1} className="focus-target">
      <Section
        id="person"
        title={t('adminPersonOf', { name: person.displayName })}
        actions={
          <button type="button" onClick={onClose}>
            {t('adminClose')}
          </button>
        }
      >
        <p className="muted">
          {person.email} · {person.disabled ? t('adminDisabled') : t('adminActive')}
        </p>
        <ul className="memberships" data-testid="person-memberships">
          {person.memberships.map((m) => (
            <li key={m.scope}>
              <span>
                {labels.role(m.role)} · {labels.place(place, m.regionCode, m.provinceCode)}
              </span>
              {manages(place, m) && !(self && m.role === 'OPERATOR') ? (
                <button
                  type="button"
                  aria-label={t('adminRevokeRole', {
                    role: labels.role(m.role),
                    place: labels.place(place, m.regionCode, m.provinceCode),
                  })}
                  onClick={() =>
                    void change(() => request(RevokeMembershipDocument, { input: { userId: person.id, scope: m.scope } }))
                  }
                  disabled={action.busy}
                >
                  {t('adminRevoke')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
        <form
          className="admin-form"
          aria-label={t('adminGrant')}
          onSubmit={(e) => {
            e.preventDefault();
            void change(() => request(GrantMembershipDocument, { input: { email: person.email, ...grantInput(place, grant) } }));
          }}
        >
          <GrantFields place={place} value={grant} onChange={setGrant} invalid={action.invalid} />
          <button type="submit" disabled={action.busy}>
            {t('adminGrantSubmit')}
          </button>
        </form>
        {self ? null : (
          <p>
            <button
              type="button"
              disabled={action.busy}
              onClick={() =>
                void change(() =>
                  person.disabled
                    ? request(EnableUserDocument, { userId: person.id })
                    : request(DisableUserDocument, { userId: person.id }),
                )
              }
            >
              {person.disabled ? t('adminEnable') : t('adminDisable')}
            </button>{' '}
            <span className="muted small">{t('adminDisableNote')}</span>
          </p>
        )}
        <ActionError error={action.error} />
      </Section>
    </div>
  );
}

function PeopleTable({
  place,
  selected,
  onSelect,
  version,
  onChanged,
}: {
  place: AdminPlace;
  selected: string | null;
  onSelect: (id: string | null) => void;
  version: number;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const labels = useLabels();
  const users = useQuery(UsersDocument, {
    provinceCode: place.regionCode ? null : place.provinceCode,
    regionCode: place.regionCode,
  });
  if (users.status === 'loading') return <Loading />;
  if (users.status === 'error') return <ErrorBox error={users.error} />;
  const roles = (p: Person) =>
    p.memberships.map((m) => `${labels.role(m.role)} · ${labels.place(place, m.regionCode, m.provinceCode)}`).join('; ');
  const columns: Column<Person>[] = [
    {
      key: 'name',
      header: t('adminName'),
      // The name opens the person's management. On a phone the email and a disabled account's
      // state show here (their columns are hidden).
      render: (p) => (
        <>
          <button
            type="button"
            className="linkish"
            aria-label={t('adminPersonOf', { name: p.displayName })}
            aria-expanded={selected === p.id}
            onClick={() => onSelect(selected === p.id ? null : p.id)}
          >
            {p.displayName}
          </button>
          <span className="muted small block phone-only">{p.email}</span>
          {p.disabled ? <span className="badge off phone-only">{t('adminDisabled')}</span> : null}
        </>
      ),
      value: (p) => p.displayName,
    },
    { key: 'email', header: t('email'), render: (p) => p.email, value: (p) => p.email, secondary: true },
    {
      key: 'roles',
      header: t('adminMemberships'),
      render: (p) => (
        <ul className="plain">
          {p.memberships.map((m) => (
            <li key={m.scope}>{`${labels.role(m.role)} · ${labels.place(place, m.regionCode, m.provinceCode)}`}</li>
          ))}
        </ul>
      ),
      value: roles,
    },
    {
      key: 'status',
      header: t('adminStatus'),
      render: (p) => (
        <>
          <span className={p.disabled ? 'badge off' : 'badge on'}>{p.disabled ? t('adminDisabled') : t('adminActive')}</span>
          {p.mustChangePassword ? <span className="muted small block">{t('adminMustChange')}</span> : null}
        </>
      ),
      value: (p) => (p.disabled ? t('adminDisabled') : t('adminActive')),
      secondary: true,
    },
  ];
  const person = users.data.users.find((p) => p.id === selected);
  return (
    <>
      {users.data.users.length === 0 ? (
        <p>{t('adminNoPeople')}</p>
      ) : (
        <DataTable
          title={t('adminPeople')}
          columns={columns}
          rows={users.data.users}
          rowKey={(p) => p.id}
          muted={(p) => p.disabled}
          testId="people-table"
        />
      )}
      {person ? (
        <PersonDetail
          key={`${person.id}-${version}`}
          place={place}
          person={person}
          onChanged={onChanged}
          onClose={() => onSelect(null)}
        />
      ) : null}
    </>
  );
}

export function PeoplePanel({ place }: { place: AdminPlace }) {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);
  const reload = () => setVersion((v) => v + 1);
  return (
    <>
      <Section id="people" title={t('adminPeople')}>
        <PeopleTable
          key={version}
          place={place}
          selected={selected}
          onSelect={setSelected}
          version={version}
          onChanged={reload}
        />
      </Section>
      <Section id="invite" title={t('adminInvite')}>
        {created ? (
          <SecretOnce
            testId="temporary-password"
            label={t('adminTemporaryPassword')}
            note={t('adminInvited', { email: created.email })}
            secret={created.password}
            onDone={() => setCreated(null)}
          />
        ) : null}
        <InviteForm
          place={place}
          onCreated={(c) => {
            setCreated(c);
            reload();
          }}
        />
      </Section>
    </>
  );
}
