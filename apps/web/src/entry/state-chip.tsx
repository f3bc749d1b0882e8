import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

const STATE_KEY: Record<string, MessageKey> = {
  DRAFT: 'entryState_DRAFT',
  SUBMITTED: 'entryState_SUBMITTED',
  RETURNED: 'entryState_RETURNED',
  VERIFIED: 'entryState_VERIFIED',
  NOT_STARTED: 'entryState_NOT_STARTED',
};

/** A submission or value state in words. */
export function StateChip({ state }: { state: string }) {
  const { t } = useI18n();
  return (
    <span className={`state-chip state-${state.toLowerCase()}`} data-state={state}>
      {STATE_KEY[state] ? t(STATE_KEY[state]) : state}
    </span>
  );
}
