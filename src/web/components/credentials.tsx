import type { Credentials } from '../../shared/contracts/auth.ts';
import type { ProposalMade } from '../../shared/contracts/users.ts';
import { useI18n } from '../app/i18n.tsx';
import { TotpSecret } from './TotpSecret.tsx';

/**
 * Credentials shown once — after creating or resetting an account alone, or at first run: hand them over
 * in person, then they are gone.
 */
export function CredentialsCard({ credentials, title }: { credentials: Credentials; title?: string }) {
  const { t } = useI18n();
  return (
    <div className="credentials" role="status">
      {title ? <h3>{title}</h3> : null}
      <p>
        <strong>{t('console.users.credentialsOnce')}</strong>
      </p>
      <dl>
        <dt>{t('console.users.email')}</dt>
        <dd>{credentials.email}</dd>
        <dt>{t('console.users.oneTimePassword')}</dt>
        <dd>
          <code>{credentials.password}</code>
        </dd>
        <dt>{t('console.users.totpSecret')}</dt>
        <dd>
          <TotpSecret secret={credentials.totpSecret} uri={credentials.totpUri} />
        </dd>
      </dl>
    </div>
  );
}

/**
 * The proposer's side of a proposal: nothing has changed yet; when the proposal renews credentials, the
 * authenticator secret — the proposer's half — is shown this once.
 */
export function ProposalMadeCard({ made }: { made: ProposalMade }) {
  const { t } = useI18n();
  const { proposal, secondFactor } = made;
  return (
    <div className="credentials" role="status">
      <h3>{t('console.proposal.madeTitle')}</h3>
      <p>
        {t('console.proposal.madeBody', { approver: proposal.role === 'admin' ? 'admin' : 'supervisor' })}
      </p>
      {secondFactor ? (
        <>
          <p>
            <strong>{t('console.proposal.secretOnce', { email: secondFactor.email })}</strong>
          </p>
          <TotpSecret secret={secondFactor.totpSecret} uri={secondFactor.totpUri} />
        </>
      ) : null}
    </div>
  );
}
