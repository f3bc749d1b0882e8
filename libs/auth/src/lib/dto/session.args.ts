import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../credentials/passwords';
import { SCOPE_MESSAGE, SCOPE_TEXT } from './codes';

@ArgsType()
export class LoginArgs {
  @Field({ description: 'Sign-in email.' })
  @IsString()
  @MaxLength(254)
  email!: string;

  @Field({ description: 'Password.' })
  @IsString()
  @MaxLength(1024)
  password!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Scope to sign in to ("operator", "province:19", "region:19.71"); by default the first one held.',
  })
  @IsOptional()
  @Matches(SCOPE_TEXT, { message: SCOPE_MESSAGE })
  scope?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Browsers: keep the refresh token in an HttpOnly, SameSite=Strict cookie instead of answering it (`refreshToken` is then null); `refreshToken` and `logout` without a token use the cookie.',
  })
  @IsBoolean()
  cookie!: boolean;
}

@ArgsType()
export class RefreshTokenArgs {
  @Field(() => String, {
    nullable: true,
    description: 'The refresh token of the last `login` or `refreshToken`; omitted, the session cookie’s (the new one is set as a cookie again).',
  })
  @IsOptional()
  @IsString()
  token?: string | null;
}

@ArgsType()
export class LogoutArgs {
  @Field(() => String, {
    nullable: true,
    description: 'The session’s current refresh token; omitted, the session cookie’s (the cookie is cleared). The whole session ends.',
  })
  @IsOptional()
  @IsString()
  refreshToken?: string | null;
}

@InputType({ description: 'A new password for the signed-in person.' })
export class ChangePasswordInput {
  @Field({ description: 'The password in use now.' })
  @IsString()
  @MaxLength(1024)
  currentPassword!: string;

  @Field({ description: `The new password: ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.` })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `newPassword needs at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `newPassword has at most ${PASSWORD_MAX_LENGTH} characters` })
  newPassword!: string;
}
