import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Proposal, ProposalApproved, ProposalList } from '../../shared/contracts/users.ts';
import { api } from '../api/client.ts';
import { type T, useI18n } from '../app/i18n.tsx';
import { Empty, ErrorMessage, FormError, Loading } from '../components/states.tsx';
import { IdentitiesSection } from './IdentitiesSection.tsx';

export const PROPOSALS_KEY = ['user-proposals'] as const;

/** What a proposal would do, in words: "New account: Caseworker", "Analyst → Supervisor"… */
export function proposalText(p: Proposal, t: T): string {
  const role = t(`console.role.${p.role}`);
  switch (p.kind) {
    case 'create':
      return t('console.proposal.kind.create', { role });
    case 'elevate':
      return t('console.proposal.kind.elevate', {
        from: p.fromRole ? t(`console.role.${p.fromRole}`) : '—',
        role,
      });
    case 'reset':
      return t('console.proposal.kind.reset', { role });
    case 'enable':
      return t('console.proposal.kind.enable', { role });
  }
}

/** The approver's half, shown once: the one-time password (none when an account is only enabled again). */
function ApprovedCard({ approved }: { approved: ProposalApproved }) {
  const { t } = useI18n();
  const email = approved.user.email;
  return (
    <div className="credentials" role="status">
      <h3>{t('console.approvals.approvedTitle')}</h3>
      {approved.oneTimePassword ? (
        <>
          <p>
            <strong>{t('console.approvals.passwordOnce', { email })}</strong>
          </p>
          <dl>
            <dt>{t('console.users.email')}</dt>
            <dd>{email}</dd>
            <dt>{t('console.users.oneTimePassword')}</dt>
            <dd>
              <code>{approved.oneTimePassword}</code>
            </dd>
          </dl>
        </>
      ) : (
        <p>{t('console.approvals.enabled', { email })}</p>
      )}
    </div>
  );
}

/**
 * Proposals waiting for a second person, with who proposed what and when. Supervisors (and, for a new
 * administrator, admins) approve or refuse; the proposer may withdraw. Admins see the same list on the
 * users page.
 */
export function ProposalsSection({ headingLevel = 2 }: { headingLevel?: 1 | 2 }) {
  const { t, date } = useI18n();
  const client = useQueryClient();
  const [approved, setApproved] = useState<ProposalApproved | null>(null);
  const proposals = useQuery({
    queryKey: PROPOSALS_KEY,
    queryFn: () => api<ProposalList>('GET', '/api/v1/users/proposals'),
  });
  const refresh = () => {
    void client.invalidateQueries({ queryKey: PROPOSALS_KEY });
    void client.invalidateQueries({ queryKey: ['users'] });
  };
  const approve = useMutation({
    mutationFn: (id: string) => api<ProposalApproved>('POST', `/api/v1/users/proposals/${id}/approve`),
    onSuccess: (a) => {
      setApproved(a);
      refresh();
    },
  });
  const refuse = useMutation({
    mutationFn: (id: string) => api<Proposal>('POST', `/api/v1/users/proposals/${id}/refuse`),
    onSuccess: () => {
      setApproved(null);
      refresh();
    },
  });
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const items = proposals.data?.items ?? [];
  const failure = approve.error ?? refuse.error;
  return (
    <section aria-labelledby="proposals-heading">
      <Heading id="proposals-heading">{t('console.approvals.title')}</Heading>
      <p>{t('console.approvals.intro')}</p>
      {approved ? <ApprovedCard approved={approved} /> : null}
      {proposals.isPending ? <Loading /> : null}
      {proposals.isError ? (
        <ErrorMessage error={proposals.error} onRetry={() => void proposals.refetch()} />
      ) : null}
      {proposals.data && items.length === 0 ? <Empty>{t('console.approvals.empty')}</Empty> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="proposals">
            <thead>
              <tr>
                <th scope="col">{t('console.approvals.what')}</th>
                <th scope="col">{t('console.approvals.account')}</th>
                <th scope="col">{t('console.approvals.proposedBy')}</th>
                <th scope="col">{t('console.approvals.proposedAt')}</th>
                <th scope="col">{t('console.approvals.expiresAt')}</th>
                <th scope="col">{t('console.users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <td>{proposalText(p, t)}</td>
                  <td>
                    {p.account.email}
                    {p.account.displayName ? <div className="hint">{p.account.displayName}</div> : null}
                  </td>
                  <td>{p.proposedBy.displayName || p.proposedBy.email}</td>
                  <td>{date(p.proposedAt)}</td>
                  <td>{date(p.expiresAt)}</td>
                  <td className="actions">
                    {p.canApprove ? (
                      <>
                        <button
                          type="button"
                          className="primary"
                          disabled={approve.isPending}
                          onClick={() => approve.mutate(p.id)}
                        >
                          {t('console.approvals.approve')}
                          <span className="visually-hidden"> {p.account.email}</span>
                        </button>
                        <button type="button" disabled={refuse.isPending} onClick={() => refuse.mutate(p.id)}>
                          {t('console.approvals.refuse')}
                          <span className="visually-hidden"> {p.account.email}</span>
                        </button>
                      </>
                    ) : null}
                    {p.canWithdraw ? (
                      <button type="button" disabled={refuse.isPending} onClick={() => refuse.mutate(p.id)}>
                        {t('console.approvals.withdraw')}
                        <span className="visually-hidden"> {p.account.email}</span>
                      </button>
                    ) : null}
                    {!p.canApprove && !p.canWithdraw ? (
                      <span className="hint">{t('console.approvals.notYours')}</span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <FormError error={failure} />
    </section>
  );
}

/** The supervisors' (and admins') page of proposals waiting for a second person. */
export function ApprovalsPage() {
  return (
    <>
      <ProposalsSection headingLevel={1} />
      <IdentitiesSection canLink={false} />
    </>
  );
}
