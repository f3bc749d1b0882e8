import { FRAMEWORK_DEFINITIONS, ikmDefinition, shippedDefinition } from './definitions';
import { FrameworkDefinition, RangeBand } from './framework.types';
import { definitionForYear, schemeForYear } from './select';
import { flattenNodes, leafCodes } from './tree';
import { validateDefinitionSet, validateFrameworkDefinition } from './validate-definition';
import rb2020Json from './definitions/rb-2020.json';
import { shippedScheme } from '../testing/shipped-scheme';

const weightsOf = (definition: FrameworkDefinition) =>
  Object.fromEntries(flattenNodes(definition).map(({ node }) => [node.code, node.weight]));

const bandTable = (definition: FrameworkDefinition, year: number) =>
  (shippedScheme(definition.code, definition.version, year).bands as readonly RangeBand[]).map((b) => [b.code, b.min, b.max]);

describe('shipped framework definitions', () => {
  it('ships every framework named in the issue', () => {
    expect(FRAMEWORK_DEFINITIONS.map((d) => `${d.code}@${d.version}`)).toEqual([
      'RB@2020',
      'RB@2023',
      'SAKIP@2015',
      'SAKIP@2021',
      'IKM@2017',
      'IPP@2022',
      'OMBUDSMAN@zona',
      'OMBUDSMAN@2022',
      'OMBUDSMAN@2025',
      'SPBE@1',
      'SISTEM_MERIT@1',
      'IP_ASN@2019',
      'OPINI_BPK@1',
      'KIPP@1',
    ]);
  });

  it.each(FRAMEWORK_DEFINITIONS.map((d) => [`${d.code}@${d.version}`, d] as const))('%s validates', (_name, definition) => {
    expect(validateFrameworkDefinition(definition)).toEqual([]);
  });

  it('validates as a set: one version of a code per evaluation year', () => {
    expect(validateDefinitionSet(FRAMEWORK_DEFINITIONS)).toEqual([]);
  });

  it('is frozen: a version in use cannot be edited in place', () => {
    const rb = shippedDefinition('RB', '2020');
    expect(Object.isFrozen(rb.schemes[0].bands[0])).toBe(true);
    expect(() => {
      (rb.nodes as FrameworkDefinition['nodes'][number][]).push(rb.nodes[0]);
    }).toThrow(TypeError);
  });

  it('leaves the imported JSON module untouched', () => {
    expect(Object.isFrozen(rb2020Json)).toBe(false);
  });

  it('throws for an unknown shipped version', () => {
    expect(() => shippedDefinition('RB', '1999')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('definitions match domain-reference.md', () => {
  it('RB 2020-2022: Pengungkit 60 (20/10/30), Hasil 40 (4 x 10), 8 areas + Quick Wins in Pemenuhan', () => {
    const rb = shippedDefinition('RB', '2020');
    const w = weightsOf(rb);
    expect([w.PENGUNGKIT, w.PEMENUHAN, w.HASIL_ANTARA, w.REFORM, w.HASIL]).toEqual([60, 20, 10, 30, 40]);
    expect([
      w.AKUNTABILITAS_KINERJA_KEUANGAN,
      w.KUALITAS_PELAYANAN_PUBLIK,
      w.PEMERINTAH_BERSIH_BEBAS_KKN,
      w.KINERJA_ORGANISASI,
    ]).toEqual([10, 10, 10, 10]);
    const pemenuhan = flattenNodes(rb).filter((e) => e.parentCode === 'PEMENUHAN');
    expect(pemenuhan).toHaveLength(9);
    expect(pemenuhan.filter((e) => e.node.weight === 2.5).every((e) => e.node.status === 'unconfirmed')).toBe(true);
    expect(pemenuhan.find((e) => e.node.code === 'QUICK_WINS')?.node).toMatchObject({ weight: 0, status: 'unconfirmed' });
    expect(rb.years).toEqual({ from: 2020, to: 2022 });
    expect(rb.regulations.map((r) => r.citation)).toEqual(['PermenPAN-RB 25/2020', 'PermenPAN-RB 26/2020']);
  });

  it('RB 2020-2022 and SAKIP bands: AA >90, A >80, BB >70, B >60, CC >50, C >30, D 0-30, lower bound exclusive', () => {
    const table = [
      ['AA', 90, 100],
      ['A', 80, 90],
      ['BB', 70, 80],
      ['B', 60, 70],
      ['CC', 50, 60],
      ['C', 30, 50],
      ['D', 0, 30],
    ];
    for (const [code, version, year] of [
      ['RB', '2020', 2021],
      ['SAKIP', '2021', 2023],
      ['SAKIP', '2015', 2017],
    ] as const) {
      const definition = shippedDefinition(code, version);
      expect(bandTable(definition, year)).toEqual(table);
      expect(schemeForYear(definition, year)?.boundaryRule).toBe('lower_exclusive');
    }
  });

  it('RB from 2023: General 100 + Tematik 20, published grade authoritative, nothing computed', () => {
    const rb = shippedDefinition('RB', '2023');
    const w = weightsOf(rb);
    expect([w.RB_GENERAL, w.RB_TEMATIK, w.STRATEGI_PELAKSANAAN, w.CAPAIAN_KEBIJAKAN_RB]).toEqual([100, 20, 10, 40]);
    expect(rb.publishedGradeAuthoritative).toBe(true);
    expect(schemeForYear(rb, 2024)?.boundaryRule).toBe('published_only');
    expect(
      flattenNodes(rb)
        .filter((e) => e.parentCode === 'RB_TEMATIK')
        .map((e) => [e.node.code, e.node.status]),
    ).toEqual([
      ['PENANGGULANGAN_KEMISKINAN', 'unconfirmed'],
      ['DIGITALISASI_ADMINISTRASI', 'unconfirmed'],
      ['PENGENDALIAN_INFLASI', 'unconfirmed'],
      ['PENINGKATAN_INVESTASI', 'unconfirmed'],
    ]);
    expect(rb.years).toEqual({ from: 2023, to: null });
  });

  it('SAKIP 88/2021: components 30/30/15/25, each 20/30/50', () => {
    const w = weightsOf(shippedDefinition('SAKIP', '2021'));
    expect([w.PERENCANAAN, w.PENGUKURAN, w.PELAPORAN, w.EVALUASI_INTERNAL]).toEqual([30, 30, 15, 25]);
    expect([w.PELAPORAN_PEMENUHAN, w.PELAPORAN_KUALITAS, w.PELAPORAN_PEMANFAATAN]).toEqual([3, 4.5, 7.5]);
  });

  it('IKM: nine elements on 1-4, index on 25-100, bands A 88.31 / B 76.61 / C 65.00 / D 25.00', () => {
    expect(leafCodes(ikmDefinition)).toHaveLength(9);
    expect(flattenNodes(ikmDefinition).every((e) => e.scale.min === 1 && e.scale.max === 4)).toBe(true);
    expect(ikmDefinition.scale).toMatchObject({ min: 25, max: 100 });
    expect(bandTable(ikmDefinition, 2024)).toEqual([
      ['A', 88.31, 100],
      ['B', 76.61, 88.3],
      ['C', 65, 76.6],
      ['D', 25, 64.99],
    ]);
  });

  it('IPP: unit level, 0-5, aspects 24/25/18/11/10/12', () => {
    const ipp = shippedDefinition('IPP', '2022');
    expect(ipp.level).toBe('unit');
    expect(ipp.scale).toMatchObject({ min: 0, max: 5 });
    expect(ipp.nodes.map((n) => n.weight)).toEqual([24, 25, 18, 11, 10, 12]);
    expect(ipp.regulations.map((r) => r.citation)).toEqual(['PermenPAN-RB 29/2022', 'PermenPAN-RB 4/2023']);
    expect(bandTable(ipp, 2023).slice(0, 3)).toEqual([
      ['A', 4.51, 5],
      ['A-', 4.01, 4.5],
      ['B', 3.51, 4],
    ]);
  });

  it.each([
    [2019, 'zona', 'OMBUDSMAN_ZONA'],
    [2021, 'zona', 'OMBUDSMAN_ZONA'],
    [2022, '2022', 'OMBUDSMAN_2022'],
    [2024, '2022', 'OMBUDSMAN_2022'],
    [2025, '2025', 'OMBUDSMAN_2025'],
    [2030, '2025', 'OMBUDSMAN_2025'],
  ])('Ombudsman %i picks version %s and scheme %s', (year, version, scheme) => {
    const definition = definitionForYear(FRAMEWORK_DEFINITIONS, 'OMBUDSMAN', year);
    expect(definition.version).toBe(version);
    expect(schemeForYear(definition, year)?.code).toBe(scheme);
  });

  it('Ombudsman bands per period', () => {
    expect(bandTable(shippedDefinition('OMBUDSMAN', 'zona'), 2020)).toEqual([
      ['HIJAU', 81, 100],
      ['KUNING', 51, 80.99],
      ['MERAH', 0, 50.99],
    ]);
    expect(bandTable(shippedDefinition('OMBUDSMAN', '2022'), 2023)).toEqual([
      ['A', 88, 100],
      ['B', 78, 87.99],
      ['C', 54, 77.99],
      ['D', 32, 53.99],
      ['E', 0, 31.99],
    ]);
    const e = shippedDefinition('OMBUDSMAN', '2022').schemes[0].bands[4];
    expect(e.status).toBe('unconfirmed');
    const opini = shippedDefinition('OMBUDSMAN', '2025');
    expect(opini.nodes.map((n) => n.weight)).toEqual([70, 30]);
    expect(opini.schemes[0]).toMatchObject({ boundaryRule: 'published_only', status: 'unconfirmed' });
  });

  it('SPBE, Sistem Merit, IP ASN bands', () => {
    expect(bandTable(shippedDefinition('SPBE', '1'), 2024)).toEqual([
      ['MEMUASKAN', 4.2, 5],
      ['SANGAT_BAIK', 3.5, 4.2],
      ['BAIK', 2.6, 3.5],
      ['CUKUP', 1.8, 2.6],
      ['KURANG', 0, 1.8],
    ]);
    expect(bandTable(shippedDefinition('SISTEM_MERIT', '1'), 2024)).toEqual([
      ['IV', 325, 400],
      ['III', 250, 324],
      ['II', 175, 249],
      ['I', 100, 174],
    ]);
    expect(bandTable(shippedDefinition('IP_ASN', '2019'), 2024)).toEqual([
      ['SANGAT_TINGGI', 91, 100],
      ['TINGGI', 81, 90],
      ['SEDANG', 71, 80],
      ['RENDAH', 61, 70],
      ['SANGAT_RENDAH', 0, 60],
    ]);
  });

  it('Opini BPK is ordinal WTP > WDP > TW > TMP, the TW/TMP order unconfirmed', () => {
    const bpk = shippedDefinition('OPINI_BPK', '1');
    expect(bpk.valueKind).toBe('ordinal');
    expect(bpk.schemes[0].bands.map((b) => [b.code, 'level' in b ? b.level : null, b.status])).toEqual([
      ['WTP', 4, 'confirmed'],
      ['WDP', 3, 'confirmed'],
      ['TW', 2, 'unconfirmed'],
      ['TMP', 1, 'unconfirmed'],
    ]);
  });

  it.each([
    [2017, 'TOP_40'],
    [2018, 'TOP_40'],
    [2019, 'TOP_45'],
    [2020, 'TOP_45'],
  ])('KIPP %i: the stage ladder has %s below Top 5 Outstanding', (year, top) => {
    const scheme = schemeForYear(shippedDefinition('KIPP', '1'), year);
    expect(scheme?.bands.map((b) => b.code)).toEqual([
      'TOP_5_OUTSTANDING',
      top,
      'WAWANCARA',
      'TOP_99',
      'EVALUASI_DESK',
      'SELEKSI_ADMINISTRASI',
      'PROPOSAL',
    ]);
  });

  it('records a status on every scheme, band and node, and cites a listed regulation', () => {
    for (const definition of FRAMEWORK_DEFINITIONS) {
      const citations = definition.regulations.map((r) => r.citation);
      const items = [
        ...flattenNodes(definition).map((e) => e.node),
        ...definition.schemes,
        ...definition.schemes.flatMap((s) => [...s.bands]),
      ];
      for (const item of items) {
        expect(['confirmed', 'partly', 'unconfirmed']).toContain(item.status);
        expect(citations).toContain(item.regulation);
      }
    }
  });
});
