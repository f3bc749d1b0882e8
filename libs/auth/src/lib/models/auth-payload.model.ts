import { Field, Int, ObjectType } from '@nestjs/graphql';
import { User } from './user.model';

@ObjectType({ description: 'Tokens of a session: a short-lived access token and a rotating refresh token.' })
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`.' })
  accessToken!: string;

  @Field({ description: 'Always "Bearer".' })
  tokenType!: string;

  @Field(() => Int, { description: 'Seconds until the access token expires (15 minutes).' })
  expiresIn!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Exchange with `refreshToken` for new tokens; each can be used once. Keep it secret. Null in the cookie variant (the browser holds it in an HttpOnly cookie).',
  })
  refreshToken!: string | null;

  @Field({ description: 'When the refresh token expires unless used.' })
  refreshTokenExpiresAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'The scope the access token defaults to; null when the person holds none.',
  })
  scope!: string | null;

  @Field(() => User, { description: 'The signed-in account.' })
  user!: User;
}
