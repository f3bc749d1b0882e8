// ┌─────────────────────────────────────────────────────────────────────────────┐
// │ REMINDER BUTTON SLOT — the notifications work supplies `RemindButton`       │
// │ (apps/web/src/notifications/remind-button.tsx). Wire it here: render it for │
// │ the region of this monitor row; the monitor already gives it a column.      │
// └─────────────────────────────────────────────────────────────────────────────┘

/** Where the monitor's reminder button goes, per region row; empty until it is wired. */
export function ReminderSlot(props: { periodId: string; regionCode: string; regionName: string; state: string }) {
  return <span className="reminder-slot" data-testid="reminder-slot" data-region={props.regionCode} />;
}
