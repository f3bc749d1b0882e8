import { Injectable } from '@nestjs/common';
import { flattenNodes, movement, schemeForYear, targetShortfall } from '@rapor/domain';
import type { RequestContext } from '@rapor/platform';
import type { NotificationPayload } from './notification-text';
import { NotificationsRepository, type PeriodInfo } from './notifications.repository';

/**
 * Raises notifications from inside the transaction of the change that causes them: the
 * assessments service calls one method per event, and the event, its notifications, mails and
 * webhook deliveries commit or roll back with the change itself.
 */
@Injectable()
export class NotificationEvents {
  constructor(private readonly repo: NotificationsRepository) {}

  /** A period opened: every region of the province hears of it. */
  async periodOpened(_ctx: RequestContext, periodId: string): Promise<void> {
    const period = await this.mustPeriod(periodId);
    for (const regionCode of await this.repo.regionCodes(period.provinceCode)) {
      await this.repo.emit('period_opened', regionCode, period.id, { ...this.about(period), deadline: period.deadline });
    }
  }

  /** A submission (or one of its values) went back to the region with the reviewer's comment. */
  async submissionReturned(_ctx: RequestContext, e: { periodId: string; regionCode: string; comment: string; nodeCode?: string | null }): Promise<void> {
    const period = await this.mustPeriod(e.periodId);
    await this.repo.emit('submission_returned', e.regionCode, period.id, {
      ...this.about(period),
      comment: e.comment,
      nodeCode: e.nodeCode ?? null,
      nodeName: e.nodeCode ? nodeName(period, e.nodeCode) : null,
    });
  }

  /** A reviewer corrected a value: original, new value and the reason. */
  async valueCorrected(
    _ctx: RequestContext,
    e: { periodId: string; regionCode: string; nodeCode: string; original: number | null; value: number; reason: string },
  ): Promise<void> {
    const period = await this.mustPeriod(e.periodId);
    await this.repo.emit('value_corrected', e.regionCode, period.id, {
      ...this.about(period),
      nodeCode: e.nodeCode,
      nodeName: nodeName(period, e.nodeCode),
      original: e.original,
      value: e.value,
      reason: e.reason,
    });
  }

  /**
   * A period was published: each region with a result hears its rank, category and the change
   * from the previous published year; a region that fell below its target hears that too.
   */
  async periodPublished(_ctx: RequestContext, periodId: string, revision: number): Promise<void> {
    const period = await this.mustPeriod(periodId);
    const standings = await this.repo.standings(period.id, revision);
    const previous = await this.repo.previousStandings(period);
    const regionCodes = standings.map((s) => s.regionCode);
    const targets = new Map((await this.repo.targets(period.frameworkCode, period.year, regionCodes)).map((t) => [t.regionCode, t]));
    const scheme = schemeOf(period);
    const precision = period.definition.scale.precision;
    for (const s of standings) {
      const before = previous?.rows.find((p) => p.regionCode === s.regionCode) ?? null;
      const payload: NotificationPayload = {
        ...this.about(period),
        rank: s.rank,
        rankedCount: s.rankedCount,
        value: s.value,
        category: s.category,
        previousYear: before ? previous!.year : null,
        previousRank: before?.rank ?? null,
        previousCategory: before?.category ?? null,
        rankChange: movement({ rank: s.rank, value: s.value }, before && { rank: before.rank, value: before.value }, precision).rankChange,
      };
      await this.repo.emit('period_published', s.regionCode, period.id, payload);
      const target = targets.get(s.regionCode);
      if (!target) continue;
      const check = { rank: s.rank, category: s.category, targetRank: target.rank, targetCategory: target.category };
      if (targetShortfall(check, scheme)) {
        await this.repo.emit('below_target', s.regionCode, period.id, { ...payload, targetRank: target.rank, targetCategory: target.category }, true);
      }
    }
  }

  private about(period: PeriodInfo): NotificationPayload {
    return { frameworkCode: period.frameworkCode, frameworkName: period.frameworkName, year: period.year };
  }

  private async mustPeriod(periodId: string): Promise<PeriodInfo> {
    const period = await this.repo.period(periodId);
    // The caller's service has just read or written the period in this transaction.
    if (!period) throw new Error(`period ${periodId} vanished inside its own transaction`);
    return period;
  }
}

function nodeName(period: PeriodInfo, code: string): string | null {
  return flattenNodes(period.definition).find((f) => f.node.code === code)?.node.names.id ?? null;
}

function schemeOf(period: PeriodInfo) {
  try {
    return schemeForYear(period.definition, period.year);
  } catch {
    return null;
  }
}
