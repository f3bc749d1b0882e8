import { graphql } from '../gql';

export const AdminPlacesDocument = graphql(`
  query AdminPlaces($provinceCode: String!) {
    province(code: $provinceCode) {
      code
      name
      regions {
        code
        name
      }
    }
  }
`);

export const ProvincesDocument = graphql(`
  query AdminProvinces {
    provinces {
      code
      name
    }
  }
`);

export const UsersDocument = graphql(`
  query AdminUsers($provinceCode: String, $regionCode: String) {
    users(provinceCode: $provinceCode, regionCode: $regionCode) {
      id
      email
      displayName
      isOperator
      disabled
      disabledAt
      mustChangePassword
      createdAt
      memberships {
        role
        scope
        provinceCode
        regionCode
        grantedAt
      }
    }
  }
`);

export const CreateUserDocument = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      temporaryPassword
      user {
        id
        email
        displayName
      }
    }
  }
`);

export const GrantMembershipDocument = graphql(`
  mutation AdminGrantMembership($input: GrantMembershipInput!) {
    grantMembership(input: $input) {
      id
    }
  }
`);

export const RevokeMembershipDocument = graphql(`
  mutation AdminRevokeMembership($input: RevokeMembershipInput!) {
    revokeMembership(input: $input)
  }
`);

export const DisableUserDocument = graphql(`
  mutation AdminDisableUser($userId: ID!) {
    disableUser(userId: $userId) {
      id
      disabled
    }
  }
`);

export const EnableUserDocument = graphql(`
  mutation AdminEnableUser($userId: ID!) {
    enableUser(userId: $userId) {
      id
      disabled
    }
  }
`);

export const ApiKeysDocument = graphql(`
  query AdminApiKeys($provinceCode: String, $regionCode: String, $includeRevoked: Boolean!) {
    apiKeys(provinceCode: $provinceCode, regionCode: $regionCode, includeRevoked: $includeRevoked) {
      id
      name
      prefix
      scope
      provinceCode
      regionCode
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
      active
    }
  }
`);

export const CreateApiKeyDocument = graphql(`
  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        prefix
      }
    }
  }
`);

export const RevokeApiKeyDocument = graphql(`
  mutation AdminRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      active
    }
  }
`);

export const SavedReportsDocument = graphql(`
  query AdminSavedReports($provinceCode: String, $regionCode: String) {
    savedReports(provinceCode: $provinceCode, regionCode: $regionCode) {
      id
      name
      description
      scope
      provinceCode
      regionCode
      csvPath
      xlsxPath
      updatedAt
    }
  }
`);

export const RunSavedReportDocument = graphql(`
  query AdminRunSavedReport($name: String!, $scope: String) {
    runSavedReport(name: $name, scope: $scope) {
      errors {
        code
        message
      }
      table {
        columns
        rows
        demoData
      }
    }
  }
`);

export const DeleteSavedReportDocument = graphql(`
  mutation AdminDeleteSavedReport($id: ID!) {
    deleteSavedReport(id: $id)
  }
`);

export const AuditLogDocument = graphql(`
  query AdminAuditLog($regionCode: String, $entity: String, $first: Int!, $after: String) {
    auditLog(regionCode: $regionCode, entity: $entity, first: $first, after: $after) {
      endCursor
      hasNextPage
      entries {
        id
        at
        actor {
          displayName
          email
        }
        people {
          id
          displayName
          email
        }
        actorRole
        actorApiKeyId
        provinceCode
        regionCode
        entity
        action
        before
        after
        changedFields
        reason
      }
    }
  }
`);

export const WebhooksDocument = graphql(`
  query AdminWebhooks {
    webhooks {
      id
      apiKeyId
      url
      description
      enabled
      createdAt
    }
  }
`);

export const WebhookDeliveriesDocument = graphql(`
  query AdminWebhookDeliveries($webhookId: ID!) {
    webhookDeliveries(webhookId: $webhookId, limit: 50) {
      id
      kind
      state
      attempts
      lastStatus
      lastError
      createdAt
      deliveredAt
      nextAttemptAt
    }
  }
`);

export const RegisterWebhookDocument = graphql(`
  mutation AdminRegisterWebhook($input: RegisterWebhookInput!) {
    registerWebhook(input: $input) {
      secret
      webhook {
        id
        url
      }
    }
  }
`);

export const UpdateWebhookDocument = graphql(`
  mutation AdminUpdateWebhook($input: UpdateWebhookInput!) {
    updateWebhook(input: $input) {
      id
      enabled
    }
  }
`);

export const DeleteWebhookDocument = graphql(`
  mutation AdminDeleteWebhook($id: ID!) {
    deleteWebhook(id: $id)
  }
`);
