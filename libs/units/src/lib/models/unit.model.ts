import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum UnitType {
  OPD = 'opd',
  SERVICE_UNIT = 'service_unit',
  KECAMATAN = 'kecamatan',
  HOSPITAL = 'hospital',
  OTHER = 'other',
}
registerEnumType(UnitType, {
  name: 'UnitType',
  description:
    'Kind of unit: OPD (an agency such as Disdukcapil or DMPTSP), SERVICE_UNIT (a service point inside an OPD), ' +
    'KECAMATAN (a district office), HOSPITAL (RSUD), OTHER.',
  valuesMap: {
    OPD: { description: 'An agency (Organisasi Perangkat Daerah) such as Disdukcapil or DMPTSP.' },
    SERVICE_UNIT: { description: 'A service point inside an OPD.' },
    KECAMATAN: { description: 'A district office.' },
    HOSPITAL: { description: 'A regional hospital (RSUD).' },
    OTHER: { description: 'Any other unit.' },
  },
});

@ObjectType({
  description:
    'An OPD (Organisasi Perangkat Daerah) or service unit of a kabupaten/kota. Private to the region’s team, its province’s reviewers and operators.',
})
export class Unit {
  @Field(() => ID, { description: 'Stable id of the unit.' })
  id!: string;

  @Field({ description: 'Kemendagri code of the unit’s region, e.g. "19.71".' })
  regionCode!: string;

  @Field({ description: 'Name, unique within the region, e.g. "Dinas Kependudukan dan Pencatatan Sipil".' })
  name!: string;

  @Field(() => UnitType, { description: 'Kind of unit.' })
  type!: UnitType;

  @Field(() => ID, { nullable: true, description: 'Id of the OPD the unit belongs to; null for a top-level OPD.' })
  parentId!: string | null;

  @Field({ description: 'When the unit was recorded.' })
  createdAt!: Date;

  @Field({ description: 'When the unit last changed.' })
  updatedAt!: Date;
}
