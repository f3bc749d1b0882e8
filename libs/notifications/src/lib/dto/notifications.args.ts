import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { NotificationKindEnum } from '../models/notification.model';

@ArgsType()
export class NotificationsArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1–100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  limit!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Notifications to skip (newest first).' })
  @IsInt()
  @Min(0)
  @Max(100000)
  offset!: number;

  @Field({ defaultValue: false, description: 'Only unread notifications.' })
  @IsBoolean()
  unreadOnly!: boolean;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'The notifications to mark read; omitted: all of mine.' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'ids must be notification ids' })
  ids?: string[] | null;
}

@ArgsType()
export class SetNotificationPreferenceArgs {
  @Field(() => NotificationKindEnum, { description: 'The kind of event.' })
  @IsEnum(NotificationKindEnum)
  kind!: NotificationKindEnum;

  @Field({ description: 'Whether it also comes by e-mail. In-app notifications are always kept.' })
  @IsBoolean()
  email!: boolean;
}

@ArgsType()
export class RemindRegionsArgs {
  @Field(() => ID, { description: 'Period id.' })
  @IsUUID('all', { message: 'periodId must be a period id' })
  periodId!: string;

  @Field(() => [String], { nullable: true, description: 'Regions to remind; omitted: every region of the province that has not submitted.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(/^\d{2}\.\d{2}$/, { each: true, message: 'regionCodes must be region codes such as "19.71"' })
  regionCodes?: string[] | null;
}

@InputType({ description: 'Registers a webhook for an API key you created.' })
export class RegisterWebhookInput {
  @Field(() => ID, { description: 'The API key whose events it receives (one you created, not revoked).' })
  @IsUUID('all', { message: 'apiKeyId must be an API key id' })
  apiKeyId!: string;

  @Field({ description: 'Where to POST events: https (http outside production); never a private, loopback or link-local address.' })
  @MaxLength(2000)
  url!: string;

  @Field(() => String, { nullable: true, description: 'A note for yourself, up to 200 characters.' })
  @IsOptional()
  @MaxLength(200)
  description?: string | null;
}

@InputType({ description: 'Changes a webhook; omitted fields stay.' })
export class UpdateWebhookInput {
  @Field(() => ID, { description: 'Webhook id.' })
  @IsUUID('all', { message: 'id must be a webhook id' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New URL (checked as at registration).' })
  @IsOptional()
  @MaxLength(2000)
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'New note.' })
  @IsOptional()
  @MaxLength(200)
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'False disables it (no new deliveries), true enables it again.' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean | null;
}

@ArgsType()
export class WebhookIdArgs {
  @Field(() => ID, { description: 'Webhook id.' })
  @IsUUID('all', { message: 'id must be a webhook id' })
  id!: string;
}

@ArgsType()
export class WebhooksArgs {
  @Field(() => ID, { nullable: true, description: 'Only the webhooks of this API key.' })
  @IsOptional()
  @IsUUID('all', { message: 'apiKeyId must be an API key id' })
  apiKeyId?: string | null;
}

@ArgsType()
export class WebhookDeliveriesArgs {
  @Field(() => ID, { description: 'Webhook id.' })
  @IsUUID('all', { message: 'webhookId must be a webhook id' })
  webhookId!: string;

  @Field(() => Int, { defaultValue: 50, description: 'Most recent deliveries to return, 1–200.' })
  @IsInt()
  @Min(1)
  @Max(200)
  limit!: number;
}
