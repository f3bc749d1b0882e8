import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A person who signs in to Rapor. Its memberships are a field of their own.' })
export class User {
  @Field(() => ID, { description: 'Stable id of the account.' })
  id!: string;

  @Field({ description: 'Sign-in email, lower-cased.' })
  email!: string;

  @Field({ description: 'Name shown to others, e.g. "Siti Rahma (Bagian Organisasi)".' })
  displayName!: string;

  @Field({ description: 'True for platform operators.' })
  isOperator!: boolean;

  @Field({ description: 'True when the account is disabled: it cannot sign in and its tokens no longer work.' })
  disabled!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the account was disabled.' })
  disabledAt!: Date | null;

  @Field({ description: 'True until the person replaces the temporary password they were given.' })
  mustChangePassword!: boolean;

  @Field({ description: 'When the account was created.' })
  createdAt!: Date;
}

@ObjectType({ description: 'An account just created, with its temporary password (shown this once).' })
export class CreatedUser {
  @Field(() => User, { description: 'The new account.' })
  user!: User;

  @Field({ description: 'The temporary password; the person must change it at first sign-in. Never shown again.' })
  temporaryPassword!: string;
}
