import type { CaseStatus, Risk } from '../../shared/contracts/cases.ts';
import { useI18n } from '../app/i18n.tsx';

export function RiskBadge({ risk }: { risk: Risk }) {
  const { t } = useI18n();
  return <span className={`badge risk-${risk}`}>{t(`console.risk.${risk}`)}</span>;
}

export function StatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useI18n();
  return <span className={`badge status-${status}`}>{t(`console.status.${status}`)}</span>;
}

export function OverdueBadge() {
  const { t } = useI18n();
  return <span className="badge overdue">{t('console.queue.overdue')}</span>;
}
