import type { NotificationKind } from '../gql/graphql';
import type { MessageKey } from '../i18n/messages';

/** The label of each kind of notification (never the code). */
export const KIND_LABEL: Record<NotificationKind, MessageKey> = {
  PERIOD_OPENED: 'kindPeriodOpened',
  DEADLINE_7: 'kindDeadline7',
  DEADLINE_1: 'kindDeadline1',
  SUBMISSION_RETURNED: 'kindSubmissionReturned',
  VALUE_CORRECTED: 'kindValueCorrected',
  PERIOD_PUBLISHED: 'kindPeriodPublished',
  BELOW_TARGET: 'kindBelowTarget',
  REMINDER: 'kindReminder',
};

// The bell re-reads its count when the page marks notifications read.
const listeners = new Set<() => void>();
export function onNotificationsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export function notificationsChanged(): void {
  listeners.forEach((l) => l());
}
