import { randomUUID } from 'node:crypto';
import type { AssistedReportAccepted, AssistedReportInput } from '../../shared/contracts/assisted-intake.ts';
import type { ReportInput } from '../../shared/contracts/report.ts';
import { recordCallbackRequest } from '../callbacks/request-callback.ts';
import { acknowledge, addEvent } from '../cases/repo.ts';
import type { AppDeps } from '../deps.ts';
import { issueViewToken } from '../followup/view-tokens.ts';
import { nudgeIndexer } from '../indexing/job.ts';
import { assessRisk } from '../intake/risk.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { newReceipt, receiptHash } from '../platform/crypto/receipts.ts';
import { insertReports } from '../reports/insert.ts';
import { prepareReport } from '../reports/prepare.ts';
import { newReference } from '../reports/reference.ts';
import { ASSISTED_AAD } from './sealing.ts';

type Deps = Pick<AppDeps, 'db' | 'vault' | 'keys' | 'clock' | 'config' | 'runtime'>;

const isUniqueViolation = (err: unknown) => (err as { code?: string } | undefined)?.code === '23505';

/**
 * A report that came by phone, in person, by e-mail or by letter, recorded by a member of staff on the
 * person's behalf. It is an ordinary report — the same preparation and sealing as the public form's
 * (reports/prepare.ts), risk assessed the same way, a receipt the person follows up with — written in one
 * transaction with how it came, who took it, the interpreter's language (sealed with the report's key), the
 * call-back the person asked for, and an audit entry. Someone spoke with the person: the case is
 * acknowledged at once (no escalation). The receipt is returned once, with a one-time token for the slip.
 */
export async function recordAssistedReport(
  deps: Deps,
  actor: { userId: string },
  input: AssistedReportInput,
): Promise<AssistedReportAccepted> {
  const { channel, interpreterLanguage, callback, ...report } = input;
  const reportInput: ReportInput = report;
  const risk = assessRisk(reportInput);
  for (let attempt = 0; ; attempt++) {
    const now = deps.clock.now();
    const reportId = randomUUID();
    const receipt = newReceipt();
    try {
      const written = await deps.db.transaction(async (tx) => {
        const prepared = await prepareReport(deps, tx, reportInput, {
          reportId,
          reference: newReference(),
          receiptHash: receiptHash(deps.keys.receipt, receipt),
          receivedAt: now,
          risk,
          // A member of staff typed it: no proof of work to ask of a person on the telephone.
          verified: true,
          case: { status: 'new', spam: false },
        });
        await insertReports(tx, [prepared]);
        await tx.query(
          `INSERT INTO assisted_intakes (report_id, channel, taken_by, interpreter_language_sealed, recorded_at)
           VALUES ($1, $2, $3, $4, $5)`,
          [
            reportId,
            channel,
            actor.userId,
            interpreterLanguage
              ? deps.vault.seal(
                  prepared.contentKey,
                  interpreterLanguage,
                  ASSISTED_AAD.interpreterLanguage(reportId),
                )
              : null,
            now,
          ],
        );
        await acknowledge(tx, prepared.report.caseId, now);
        // The case's timeline says how the report came and who took it.
        await addEvent(tx, deps.vault, {
          caseId: prepared.report.caseId,
          actorId: actor.userId,
          kind: 'assisted_intake',
          data: { channel, interpreter: Boolean(interpreterLanguage) },
          at: now,
        });
        if (callback) {
          await recordCallbackRequest(tx, deps, {
            reportId,
            input: callback,
            source: 'assisted_intake',
            actor: { type: 'user', id: actor.userId },
            now,
          });
        }
        await appendAudit(
          tx,
          deps.keys,
          {
            actor: { type: 'user', id: actor.userId },
            action: 'assisted_intake.recorded',
            target: { type: 'report', id: reportId },
            meta: {
              channel,
              interpreter: Boolean(interpreterLanguage),
              callback: Boolean(callback),
              risk: risk.risk,
              language: report.language,
            },
          },
          now,
        );
        return { caseId: prepared.report.caseId, reference: prepared.report.reference };
      });
      nudgeIndexer(deps);
      const slipToken = await issueViewToken(deps, { reportId, purpose: 'slip' });
      return { ...written, receipt, slipToken, language: report.language };
    } catch (err) {
      // A random reference collided (27 billion possibilities): try again with a new one.
      if (!isUniqueViolation(err) || attempt >= 3) throw err;
    }
  }
}
