import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { MembershipRole } from '../models/membership.model';
import { SCOPE_MESSAGE, SCOPE_TEXT } from './codes';
import { ProvinceCodeField, RegionCodeField } from '@rapor/common';

// Emails are matched without surrounding blanks (pasted from a spreadsheet, say).
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType({ description: 'A new account and the role it starts with, inside the creator’s scope.' })
export class CreateUserInput {
  @Field({ description: 'Sign-in email; unique, compared without case.' })
  @Transform(trimmed)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'Name shown to others.' })
  @IsString()
  @Length(1, 200, { message: 'displayName must have 1 to 200 characters' })
  displayName!: string;

  @Field(() => MembershipRole, { description: 'The role the account starts with.' })
  @IsEnum(MembershipRole)
  role!: MembershipRole;

  @ProvinceCodeField({ nullable: true, description: 'Province of a REVIEWER, e.g. "19".' })
  provinceCode?: string | null;

  @RegionCodeField({ nullable: true, description: 'Region of a REGION_* role, e.g. "19.71".' })
  regionCode?: string | null;
}

@InputType({ description: 'A role for an existing account, found by email, inside the granter’s scope.' })
export class GrantMembershipInput {
  @Field({ description: 'Email of the account.' })
  @Transform(trimmed)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field(() => MembershipRole, {
    description: 'The role to grant; a region role replaces the account’s other role in that region.',
  })
  @IsEnum(MembershipRole)
  role!: MembershipRole;

  @ProvinceCodeField({ nullable: true, description: 'Province of a REVIEWER, e.g. "19".' })
  provinceCode?: string | null;

  @RegionCodeField({ nullable: true, description: 'Region of a REGION_* role, e.g. "19.71".' })
  regionCode?: string | null;
}

@InputType({ description: 'The membership to take away.' })
export class RevokeMembershipInput {
  @Field(() => ID, { description: 'The account.' })
  @IsUUID('all', { message: 'userId must be a user id' })
  userId!: string;

  @Field({ description: 'Where: "operator", "province:19" or "region:19.71" (as in `Membership.scope`).' })
  @Matches(SCOPE_TEXT, { message: SCOPE_MESSAGE })
  scope!: string;
}

@ArgsType()
export class UserIdArgs {
  @Field(() => ID, { description: 'The account.' })
  @IsUUID('all', { message: 'userId must be a user id' })
  userId!: string;
}

@ArgsType()
export class UsersArgs {
  @ProvinceCodeField({ nullable: true, description: 'Only accounts with a role in this province, e.g. "19".' })
  provinceCode?: string | null;

  @RegionCodeField({ nullable: true, description: 'Only accounts with a role in this region, e.g. "19.71".' })
  regionCode?: string | null;
}
