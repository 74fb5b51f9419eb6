import type { FollowupView } from '../../shared/contracts/followup.ts';
import type { ReferralNews } from '../../shared/contracts/referrals.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { t } from '../../shared/i18n/translate.ts';
import { maybeOne, type Queryable } from '../platform/db/db.ts';
import * as repo from './repo.ts';

/**
 * What the reporter reads in follow-up about the referrals of their report, in their language: when it
 * was referred and to what kind of organisation (never its name), when the partner confirmed receipt, and
 * each outcome in plain words. Nothing at all unless the reporter asked to be told (consent "updates").
 * Partner notes and reference numbers are never shown here.
 */
export async function referralNewsForReport(
  deps: { db: Queryable },
  reportId: string,
  locale: Locale,
): Promise<ReferralNews[]> {
  const report = await maybeOne<{ consent_updates: boolean }>(
    deps.db,
    'SELECT consent_updates FROM reports WHERE id = $1',
    [reportId],
  );
  if (!report?.consent_updates) return [];
  const news: { at: Date; text: string }[] = [];
  const day = (d: Date) => d.toISOString().slice(0, 10);
  for (const row of await repo.listReferrals(deps.db, { reportId, status: 'sent' })) {
    const partner = t(locale, `referrals.news.partner.${row.org_kind}`);
    if (row.sent_at)
      news.push({
        at: row.sent_at,
        text: t(locale, 'referrals.news.referred', { date: day(row.sent_at), partner }),
      });
    for (const e of await repo.eventsOf(deps.db, row.id)) {
      if (e.kind === 'acknowledged') {
        news.push({ at: e.at, text: t(locale, 'referrals.news.acknowledged', { date: day(e.at), partner }) });
      } else if (e.kind === 'outcome' && e.outcome) {
        news.push({
          at: e.at,
          text: t(locale, `referrals.news.outcome.${e.outcome}`, { date: day(e.at), partner }),
        });
      }
    }
  }
  return news
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((n) => ({ at: n.at.toISOString(), text: n.text }));
}

/**
 * The follow-up view with the referral news in its `referral` sentence (the public page shows it as is).
 * Takes the follow-up's own transaction, so it reads the same state and never waits on it.
 */
export async function withReferralNews(
  q: Queryable,
  view: FollowupView,
  reportId: string,
  locale: Locale,
): Promise<FollowupView> {
  const news = await referralNewsForReport({ db: q }, reportId, locale);
  return news.length ? { ...view, referral: { text: news.map((n) => n.text).join(' ') } } : view;
}
