import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum RegionKind {
  KABUPATEN = 'kabupaten',
  KOTA = 'kota',
}
registerEnumType(RegionKind, {
  name: 'RegionKind',
  description: 'Whether a region is a kabupaten (regency) or a kota (city).',
  valuesMap: {
    KABUPATEN: { description: 'A regency (kabupaten).' },
    KOTA: { description: 'A city (kota).' },
  },
});

@ObjectType({ description: 'A kabupaten or kota: the tenant of Rapor, identified by its Kemendagri code.' })
export class Region {
  @Field(() => ID, { description: 'Kemendagri code, e.g. "19.71" (Kota Pangkal Pinang).' })
  code!: string;

  @Field({ description: 'Official name in proper case, e.g. "Kota Pangkal Pinang".' })
  name!: string;

  @Field(() => RegionKind, { description: 'Kabupaten or kota.' })
  kind!: RegionKind;

  @Field({ description: 'Kemendagri code of the region’s province, e.g. "19".' })
  provinceCode!: string;
}
