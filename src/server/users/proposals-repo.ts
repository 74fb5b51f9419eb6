import type { ProposalKind } from '../../shared/contracts/users.ts';
import type { Role } from '../../shared/roles.ts';
import { maybeOne, type Queryable } from '../platform/db/db.ts';

/** The SQL of account proposals (the two-person rule): one row shape, with the people it names. */
export type ProposalRow = {
  id: string;
  kind: ProposalKind;
  status: 'pending' | 'approved' | 'refused' | 'withdrawn' | 'expired';
  target_user_id: string | null;
  account_email: string;
  account_name: string;
  email: string | null;
  display_name: string | null;
  locale: 'en' | 'fr' | null;
  role: Role;
  from_role: Role | null;
  totp_secret_sealed: unknown;
  proposed_by: string;
  proposer_email: string;
  proposer_name: string;
  proposed_at: Date;
  expires_at: Date;
  decided_by: string | null;
  decider_email: string | null;
  decider_name: string | null;
  decided_at: Date | null;
};

const SELECT = `
  SELECT p.id, p.kind, p.status, p.target_user_id, p.email, p.display_name, p.locale, p.role, p.from_role,
         p.totp_secret_sealed, p.proposed_by, p.proposed_at, p.expires_at, p.decided_by, p.decided_at,
         coalesce(t.email, p.email) AS account_email, coalesce(t.display_name, p.display_name, '') AS account_name,
         pb.email AS proposer_email, pb.display_name AS proposer_name,
         db.email AS decider_email, db.display_name AS decider_name
    FROM account_proposals p
    JOIN users pb ON pb.id = p.proposed_by
    LEFT JOIN users t ON t.id = p.target_user_id
    LEFT JOIN users db ON db.id = p.decided_by`;

/** Proposals still waiting and not expired, oldest first. */
export async function pendingProposals(q: Queryable, now: Date): Promise<ProposalRow[]> {
  const { rows } = await q.query<ProposalRow>(
    `${SELECT} WHERE p.status = 'pending' AND p.expires_at > $1 ORDER BY p.proposed_at, p.id`,
    [now],
  );
  return rows;
}

/** One proposal; `forUpdate` locks it, so that two people deciding at once cannot both win. */
export async function proposalById(
  q: Queryable,
  id: string,
  forUpdate = false,
): Promise<ProposalRow | undefined> {
  return maybeOne<ProposalRow>(q, `${SELECT} WHERE p.id = $1${forUpdate ? ' FOR UPDATE OF p' : ''}`, [id]);
}

export type NewProposal = {
  id: string;
  kind: ProposalKind;
  targetUserId: string | null;
  email: string | null;
  displayName: string | null;
  locale: 'en' | 'fr' | null;
  role: Role;
  fromRole: Role | null;
  totpSecretSealed: Buffer | null;
  proposedBy: string;
  proposedAt: Date;
  expiresAt: Date;
};

/** Closes the proposals nobody decided in time, so that they hold no secret and block no new proposal. */
export async function expireProposals(q: Queryable, now: Date): Promise<void> {
  await q.query(
    `UPDATE account_proposals SET status = 'expired', decided_at = expires_at, totp_secret_sealed = NULL
      WHERE status = 'pending' AND expires_at <= $1`,
    [now],
  );
}

/** Inserts a pending proposal; false when one is already pending for the account or address. */
export async function insertProposal(q: Queryable, p: NewProposal): Promise<boolean> {
  const { rowCount } = await q.query(
    `INSERT INTO account_proposals (id, kind, target_user_id, email, display_name, locale, role, from_role,
                                    totp_secret_sealed, proposed_by, proposed_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT DO NOTHING`,
    [
      p.id,
      p.kind,
      p.targetUserId,
      p.email,
      p.displayName,
      p.locale,
      p.role,
      p.fromRole,
      p.totpSecretSealed,
      p.proposedBy,
      p.proposedAt,
      p.expiresAt,
    ],
  );
  return rowCount === 1;
}

/** Closes a pending proposal; its sealed secret goes (an approved one lives on in `users` only). */
export async function closeProposal(
  q: Queryable,
  id: string,
  decision: { status: 'approved' | 'refused' | 'withdrawn'; by: string; at: Date },
): Promise<void> {
  await q.query(
    `UPDATE account_proposals SET status = $2, decided_by = $3, decided_at = $4, totp_secret_sealed = NULL
      WHERE id = $1 AND status = 'pending'`,
    [id, decision.status, decision.by, decision.at],
  );
}
