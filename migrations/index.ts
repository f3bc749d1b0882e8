import { FoundationSchema1795477221000 } from './1795477221000-foundation-schema';
import { Accounts1795480000000 } from './1795480000000-accounts';
import { Frameworks1795481000000 } from './1795481000000-frameworks';
import { Assessments1795482000000 } from './1795482000000-assessments';
import { DemoLabel1795484000000 } from './1795484000000-demo-label';
import { Leaderboards1795485000000 } from './1795485000000-leaderboards';
import { SavedReports1795486000000 } from './1795486000000-saved-reports';
import { AuditAccounts1795488000000 } from './1795488000000-audit-accounts';
import { InnovationCounts1795489000000 } from './1795489000000-innovation-counts';
import { TargetsByReviewers1795492000000 } from './1795492000000-targets-by-reviewers';
import { PublicPublishedComposites1795493000000 } from './1795493000000-public-published-composites';
import { AtomicLoginThrottle1795494000000 } from './1795494000000-atomic-login-throttle';
import { SharedRateLimits1795494100000 } from './1795494100000-shared-rate-limits';
import { Notifications1795500000000 } from './1795500000000-notifications';
import { AuditActors1795503000000 } from './1795503000000-audit-actors';
import { WebhookLease1795510000000 } from './1795510000000-webhook-lease';

/** Every migration, in order. Append only: a landed migration is never edited. */
export const MIGRATIONS = [FoundationSchema1795477221000, Accounts1795480000000, Frameworks1795481000000, Assessments1795482000000, DemoLabel1795484000000, Leaderboards1795485000000, SavedReports1795486000000, AuditAccounts1795488000000, InnovationCounts1795489000000, TargetsByReviewers1795492000000, PublicPublishedComposites1795493000000, AtomicLoginThrottle1795494000000, SharedRateLimits1795494100000, Notifications1795500000000, AuditActors1795503000000, WebhookLease1795510000000];
