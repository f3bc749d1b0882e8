import { graphql } from '../gql';

export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationsPageDocument = graphql(`
  query NotificationsPage($limit: Int!, $offset: Int!, $unreadOnly: Boolean!) {
    notifications(limit: $limit, offset: $offset, unreadOnly: $unreadOnly) {
      total
      unreadCount
      hasMore
      items {
        id
        kind
        title
        body
        link
        regionName
        createdAt
        readAt
      }
    }
    notificationPreferences {
      kind
      email
    }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const SetNotificationPreferenceDocument = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $email: Boolean!) {
    setNotificationPreference(kind: $kind, email: $email) {
      kind
      email
    }
  }
`);

export const RemindRegionsDocument = graphql(`
  mutation RemindRegions($periodId: ID!, $regionCodes: [String!]) {
    remindRegions(periodId: $periodId, regionCodes: $regionCodes) {
      regionCodes
      people
    }
  }
`);
