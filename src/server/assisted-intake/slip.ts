import type { StaffLocale } from '../../shared/i18n/locales.ts';
import { isLocale } from '../../shared/i18n/locales.ts';
import type { AppDeps } from '../deps.ts';
import { spendViewToken } from '../followup/view-tokens.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { normaliseReceipt, receiptHash } from '../platform/crypto/receipts.ts';
import { slipExpiredPage, slipPage } from './slip-page.ts';

/**
 * The slip, once: the one-time token names the report, and the receipt posted with it must be that report's
 * (it is never stored, so it travels back from the console's memory this once). Anything else — a used or
 * expired token, a receipt of another report — shows that the slip cannot be shown again.
 */
export async function printSlip(
  deps: Pick<AppDeps, 'db' | 'keys' | 'clock' | 'config'>,
  actor: { userId: string; locale: StaffLocale },
  body: { token: string; receipt: string },
): Promise<{ status: number; page: string }> {
  const expired = { status: 410, page: slipExpiredPage(actor.locale) };
  const used = await spendViewToken(deps, { token: body.token, purpose: 'slip' });
  const receipt = normaliseReceipt(body.receipt);
  if (!used || !receipt) return expired;
  const { rows } = await deps.db.query<{
    reference: string;
    language: string;
    received_at: Date;
    receipt_hash: Buffer;
  }>('SELECT reference, language, received_at, receipt_hash FROM reports WHERE id = $1', [used.reportId]);
  const report = rows[0];
  if (!report || !Buffer.from(report.receipt_hash).equals(receiptHash(deps.keys.receipt, receipt)))
    return expired;
  const now = deps.clock.now();
  await deps.db.transaction((tx) =>
    appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: actor.userId },
        action: 'assisted_intake.slip.printed',
        target: { type: 'report', id: used.reportId },
        meta: { language: report.language },
      },
      now,
    ),
  );
  return {
    status: 200,
    page: slipPage({
      locale: isLocale(report.language) ? report.language : 'en',
      staffLocale: actor.locale,
      reference: report.reference,
      receipt,
      recordedAt: new Date(report.received_at),
      publicUrl: deps.config.publicUrl,
    }),
  };
}
