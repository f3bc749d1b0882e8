import { ArgsType, Field } from '@nestjs/graphql';
import { Matches } from 'class-validator';

@ArgsType()
export class ProvinceCodeArgs {
  @Field({ description: 'Kemendagri province code, two digits, e.g. "19".' })
  @Matches(/^\d{2}$/, { message: 'code must be a two-digit province code such as "19"' })
  code!: string;
}

@ArgsType()
export class RegionCodeArgs {
  @Field({ description: 'Kemendagri region code, e.g. "19.71".' })
  @Matches(/^\d{2}\.\d{2}$/, { message: 'code must be a region code such as "19.71"' })
  code!: string;
}
