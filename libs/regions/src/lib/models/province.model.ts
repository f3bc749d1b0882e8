import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A provinsi, identified by its Kemendagri code.' })
export class Province {
  @Field(() => ID, { description: 'Kemendagri code, e.g. "19" (Kepulauan Bangka Belitung).' })
  code!: string;

  @Field({ description: 'Official name, e.g. "Kepulauan Bangka Belitung".' })
  name!: string;
}
