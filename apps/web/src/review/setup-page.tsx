import { useState } from 'react';
import { ApiError, request } from '../api/client';
import { frameworkFor, useFrameworks } from '../api/frameworks';
import { useQuery } from '../api/use-query';
import { CategoryBadge, useCategoryLabel } from '../components/category';
import { DataTable, type Column } from '../components/data-table';
import { ErrorBox, Loading, NotAvailable, Section } from '../components/ui';
import type { ProvinceSetupQuery, RegionTargetsQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { setQuery, useLocation } from '../router';
import {
  ClearTargetDocument,
  CreatePeerGroupDocument,
  DeletePeerGroupDocument,
  ProvinceSetupDocument,
  RegionTargetsDocument,
  SetTargetDocument,
} from './documents';
import { FrameworkField, frameworkCodes, reviewPaths, useFrameworkName } from './periods-page';
import { asApiError, ConfirmAction, errorFor, ErrorLine, Field, formError, PageHead, useDates, useReviewerOf } from './shared';

type Region = ProvinceSetupQuery['province']['regions'][number];
type Target = RegionTargetsQuery['targets'][number];

/** Targets of the province's regions and its peer groups. */
export function SetupPage({ provinceCode }: { provinceCode: string }) {
  const allowed = useReviewerOf(provinceCode);
  const [tick, setTick] = useState(0);
  if (!allowed) return <NotAvailable />;
  return <SetupView key={tick} provinceCode={provinceCode} reload={() => setTick((n) => n + 1)} />;
}

function SetupView({ provinceCode, reload }: { provinceCode: string; reload: () => void }) {
  const { t } = useI18n();
  const data = useQuery(ProvinceSetupDocument, { provinceCode });
  if (data.status === 'loading') return <Loading />;
  if (data.status === 'error') return <ErrorBox error={data.error} />;
  const { province, peerGroups } = data.data;
  return (
    <main id="main" className="page review">
      <PageHead
        crumbs={[
          { to: `/provinsi/${provinceCode}`, label: province.name },
          { to: reviewPaths.periods(provinceCode), label: t('periodsTitle') },
        ]}
        title={t('setupTitle')}
      />
      <TargetsSection regions={province.regions} />
      <PeerGroupsSection provinceCode={provinceCode} regions={province.regions} groups={peerGroups} onChanged={reload} />
    </main>
  );
}

function TargetsSection({ regions }: { regions: Region[] }) {
  const { t } = useI18n();
  const { query } = useLocation();
  const regionCode = regions.some((r) => r.code === query.get('wilayah')) ? query.get('wilayah')! : (regions[0]?.code ?? '');
  const [tick, setTick] = useState(0);
  return (
    <Section id="targets" title={t('targetsTitle')}>
      <p className="muted">{t('targetsIntro')}</p>
      <div className="filters">
        <label>
          {t('region')}
          <select value={regionCode} onChange={(e) => setQuery({ wilayah: e.target.value })} data-testid="target-region">
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <RegionTargets
        key={`${regionCode}|${tick}`}
        regionCode={regionCode}
        regionName={regions.find((r) => r.code === regionCode)?.name ?? regionCode}
        onChanged={() => setTick((n) => n + 1)}
      />
    </Section>
  );
}

function RegionTargets({ regionCode, regionName, onChanged }: { regionCode: string; regionName: string; onChanged: () => void }) {
  const { t, errorText } = useI18n();
  const targets = useQuery(RegionTargetsDocument, { regionCode });
  const frameworks = useFrameworks();
  const frameworkName = useFrameworkName(frameworks);
  const { dateTime } = useDates();
  const [error, setError] = useState<string | null>(null);
  if (targets.status === 'loading') return <Loading />;
  if (targets.status === 'error') return <ErrorBox error={targets.error} />;
  const columns: Column<Target>[] = [
    {
      key: 'framework',
      header: t('framework'),
      render: (x) => frameworkName(x.frameworkCode),
      value: (x) => frameworkName(x.frameworkCode),
    },
    { key: 'year', header: t('year'), render: (x) => x.year, value: (x) => x.year, numeric: true },
    {
      key: 'category',
      header: t('targetCategory'),
      render: (x) => <CategoryBadge framework={frameworkFor(frameworks, x.frameworkCode, x.year)} code={x.targetCategory} />,
      value: (x) => x.targetCategory,
    },
    {
      key: 'rank',
      header: t('targetRank'),
      render: (x) => (x.targetRank ? t('atLeastRank', { n: x.targetRank }) : '–'),
      value: (x) => x.targetRank,
      numeric: true,
    },
    { key: 'note', header: t('note'), render: (x) => x.note ?? '–', value: (x) => x.note, secondary: true },
    { key: 'updated', header: t('lastChange'), render: (x) => dateTime(x.updatedAt), value: (x) => x.updatedAt, secondary: true },
    {
      key: 'clear',
      header: t('actions'),
      render: (x) => (
        <button
          type="button"
          aria-label={`${t('clearTarget')}: ${frameworkName(x.frameworkCode)} ${x.year}`}
          onClick={() => {
            setError(null);
            request(ClearTargetDocument, { regionCode, frameworkCode: x.frameworkCode, year: x.year }).then(
              onChanged,
              (e: unknown) => setError(errorText(e)),
            );
          }}
        >
          {t('clearTarget')}
        </button>
      ),
    },
  ];
  return (
    <>
      <ErrorLine message={error} />
      {targets.data.targets.length === 0 ? <p className="muted">{t('noRegionTargets', { region: regionName })}</p> : null}
      <DataTable
        title={`${t('targetsTitle')} ${regionName}`}
        columns={columns}
        rows={targets.data.targets}
        rowKey={(x) => `${x.frameworkCode}|${x.year}`}
        testId="targets-table"
      />
      <TargetForm regionCode={regionCode} onSaved={onChanged} />
    </>
  );
}

function TargetForm({ regionCode, onSaved }: { regionCode: string; onSaved: () => void }) {
  const { t, errorText } = useI18n();
  const frameworks = useFrameworks();
  const codes = frameworkCodes(frameworks);
  const [frameworkCode, setFrameworkCode] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [category, setCategory] = useState('');
  const [rank, setRank] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const code = frameworkCode || (codes.includes('SAKIP') ? 'SAKIP' : (codes[0] ?? ''));
  const framework = frameworkFor(frameworks, code, Number(year));
  const bands = framework?.schemes[0]?.bands ?? [];
  const categoryLabel = useCategoryLabel(framework);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await request(SetTargetDocument, {
        regionCode,
        frameworkCode: code,
        year: Number(year),
        targetCategory: category || null,
        targetRank: rank.trim() ? Number(rank) : null,
        note: note.trim() || null,
      });
      onSaved();
    } catch (e) {
      setError(asApiError(e));
      setBusy(false);
    }
  };
  const fields = ['frameworkCode', 'year', 'targetCategory', 'targetRank', 'note'];
  return (
    <form
      className="decision"
      aria-label={t('setTarget')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{t('setTarget')}</h3>
      <div className="form-grid">
        <FrameworkField
          frameworks={frameworks}
          value={code}
          error={errorFor(error, 'frameworkCode')}
          onChange={(c) => {
            setFrameworkCode(c);
            setCategory('');
          }}
        />
        <Field label={t('year')} error={errorFor(error, 'year')}>
          {(p) => <input {...p} type="number" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />}
        </Field>
        <Field label={t('targetCategory')} error={errorFor(error, 'targetCategory') ?? errorFor(error, 'category')}>
          {(p) => (
            <select {...p} value={category} onChange={(e) => setCategory(e.target.value)}>
              <option value="">–</option>
              {bands.map((b) => (
                <option key={b.code} value={b.code}>
                  {categoryLabel(b.code)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t('targetRank')}
          error={errorFor(error, 'targetRank') ?? errorFor(error, 'rank')}
          hint={t('targetRankHint')}
        >
          {(p) => (
            <input {...p} type="number" inputMode="numeric" min={1} value={rank} onChange={(e) => setRank(e.target.value)} />
          )}
        </Field>
        <Field label={t('note')} error={errorFor(error, 'note')}>
          {(p) => <input {...p} type="text" maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
      </div>
      <ErrorLine message={formError(error, [...fields, 'category', 'rank'], errorText)} />
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('working') : t('saveTarget')}
      </button>
    </form>
  );
}

function PeerGroupsSection({
  provinceCode,
  regions,
  groups,
  onChanged,
}: {
  provinceCode: string;
  regions: Region[];
  groups: ProvinceSetupQuery['peerGroups'];
  onChanged: () => void;
}) {
  const { t, errorText } = useI18n();
  const names = new Map(regions.map((r) => [r.code, r.name]));
  const [name, setName] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      await request(CreatePeerGroupDocument, { input: { provinceCode, name, regionCodes: members } });
      onChanged();
    } catch (e) {
      setError(asApiError(e));
      setBusy(false);
    }
  };
  return (
    <Section id="peer-groups" title={t('peerGroupsTitle')}>
      <p className="muted">{t('peerGroupsIntro')}</p>
      {groups.length === 0 ? <p className="muted">{t('noPeerGroups')}</p> : null}
      <ul className="peer-groups" data-testid="peer-groups">
        {groups.map((g) => (
          <li key={g.id}>
            <strong>{g.name}</strong> <span className="muted small">({t('membersCount', { n: g.regionCodes.length })})</span>
            <p className="small">{g.regionCodes.map((c) => names.get(c) ?? c).join(', ')}</p>
            <ConfirmAction
              label={t('deletePeerGroup')}
              title={t('deletePeerGroupTitle', { name: g.name })}
              explain={<p>{t('deletePeerGroupExplain')}</p>}
              confirmLabel={t('deletePeerGroup')}
              run={async () => {
                await request(DeletePeerGroupDocument, { id: g.id });
                onChanged();
              }}
            />
          </li>
        ))}
      </ul>
      <form
        className="decision"
        aria-label={t('createPeerGroup')}
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <h3>{t('createPeerGroup')}</h3>
        <Field label={t('peerGroupName')} error={errorFor(error, 'name')}>
          {(p) => <input {...p} type="text" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <fieldset className="region-picker" aria-invalid={!!errorFor(error, 'regionCodes')}>
          <legend>{t('peerGroupMembers', { n: members.length })}</legend>
          {regions.map((r) => (
            <label key={r.code} className="check">
              <input
                type="checkbox"
                checked={members.includes(r.code)}
                onChange={() => setMembers((m) => (m.includes(r.code) ? m.filter((c) => c !== r.code) : [...m, r.code]))}
              />
              {r.name}
            </label>
          ))}
        </fieldset>
        {errorFor(error, 'regionCodes') ? (
          <p className="field-error" role="alert">
            {errorFor(error, 'regionCodes')}
          </p>
        ) : null}
        <ErrorLine message={formError(error, ['name', 'regionCodes'], errorText)} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('working') : t('createPeerGroup')}
        </button>
      </form>
    </Section>
  );
}
