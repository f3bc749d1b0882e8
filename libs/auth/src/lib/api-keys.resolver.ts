import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@rapor/platform';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyIdArgs, ApiKeysArgs, CreateApiKeyInput } from './dto/api-keys.input';
import { ApiKey, CreatedApiKey } from './models/api-key.model';
import { Access, Permission } from '@rapor/permissions';

@Resolver(() => ApiKey)
export class ApiKeysResolver {
  constructor(private readonly keys: ApiKeysService) {}

  @Mutation(() => CreatedApiKey, {
    description:
      'Creates a read-only API key for a province or one region, within your scope (operators; reviewers for their province and its regions; region admins for their region). The secret is in the answer only.',
  })
  @Access(Permission.ApiKeyManage)
  createApiKey(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'Name, scope and expiry of the key.' }) input: CreateApiKeyInput,
  ): Promise<CreatedApiKey> {
    return this.keys.create(ctx, input);
  }

  @Query(() => [ApiKey], { description: 'API keys within your scope, newest first; never their secrets.' })
  @Access(Permission.ApiKeyManage)
  apiKeys(@Ctx() ctx: RequestContext, @Args() args: ApiKeysArgs): Promise<ApiKey[]> {
    return this.keys.list(ctx, args);
  }

  @Mutation(() => ApiKey, { description: 'Revokes an API key at once. NOT_FOUND when it is not within your scope.' })
  @Access(Permission.ApiKeyManage)
  revokeApiKey(@Ctx() ctx: RequestContext, @Args() args: ApiKeyIdArgs): Promise<ApiKey> {
    return this.keys.revoke(ctx, args.id);
  }
}
