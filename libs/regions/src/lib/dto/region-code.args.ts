import { ArgsType } from '@nestjs/graphql';
import { ProvinceCodeField, RegionCodeField } from '@rapor/common';

@ArgsType()
export class ProvinceCodeArgs {
  @ProvinceCodeField({ description: 'Kemendagri province code, two digits, e.g. "19".' })
  code!: string;
}

@ArgsType()
export class RegionCodeArgs {
  @RegionCodeField({ description: 'Kemendagri region code, e.g. "19.71".' })
  code!: string;
}
