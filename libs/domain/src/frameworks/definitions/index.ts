// The shipped framework versions. Each file is validated when this module loads, so an invalid
// edit fails fast (and in the tests) instead of reaching a seed or a score.
import ikm2017 from './ikm-2017.json';
import ipAsn2019 from './ip-asn-2019.json';
import ipp2022 from './ipp-2022.json';
import kipp from './kipp.json';
import ombudsman2022 from './ombudsman-2022.json';
import ombudsman2025 from './ombudsman-2025.json';
import ombudsmanZona from './ombudsman-zona.json';
import opiniBpk from './opini-bpk.json';
import rb2020 from './rb-2020.json';
import rb2023 from './rb-2023.json';
import sakip2015 from './sakip-2015.json';
import sakip2021 from './sakip-2021.json';
import sistemMerit from './sistem-merit.json';
import spbe from './spbe.json';
import { DomainError } from '../../errors';
import { FrameworkDefinition } from '../framework.types';
import { parseFrameworkDefinition } from '../validate-definition';

/**
 * Every framework version shipped with Rapor (validated, deeply frozen), for the seed to load:
 * RB 2020 and 2023, SAKIP 2015 and 2021, IKM 2017, IPP 2022, OMBUDSMAN zona / 2022 / 2025,
 * SPBE, SISTEM_MERIT, IP_ASN 2019, OPINI_BPK and KIPP.
 */
export const FRAMEWORK_DEFINITIONS: readonly FrameworkDefinition[] = Object.freeze(
  [
    rb2020,
    rb2023,
    sakip2015,
    sakip2021,
    ikm2017,
    ipp2022,
    ombudsmanZona,
    ombudsman2022,
    ombudsman2025,
    spbe,
    sistemMerit,
    ipAsn2019,
    opiniBpk,
    kipp,
  ].map(parseFrameworkDefinition),
);

/** A shipped framework version by code and version; throws `INVALID_INPUT` when there is none. */
export function shippedDefinition(code: string, version: string): FrameworkDefinition {
  const found = FRAMEWORK_DEFINITIONS.find((definition) => definition.code === code && definition.version === version);
  if (!found) throw new DomainError('INVALID_INPUT', `No shipped definition ${code} version ${version}`);
  return found;
}

/** The shipped IKM definition (PermenPAN-RB 14/2017), the default of the IKM functions. */
export const ikmDefinition: FrameworkDefinition = shippedDefinition('IKM', '2017');
