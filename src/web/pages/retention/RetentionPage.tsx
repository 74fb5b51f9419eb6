import type { Role } from '../../../shared/roles.ts';
import { BASE, Link } from '../../app/router.tsx';
import { DeletionsSection } from './DeletionsSection.tsx';
import { HoldsSection } from './HoldsSection.tsx';
import { DisposedSection, PlanSection } from './PlanSection.tsx';
import { ScheduleSection } from './ScheduleSection.tsx';
import { useRetentionText } from './text.ts';

/** Who opens the page (server: retention/policy.ts): admins edit the schedule, supervisors decide. */
export const RETENTION_ROLES: readonly Role[] = ['admin', 'supervisor'];

export function RetentionNavLink({ role }: { role: Role }) {
  const r = useRetentionText();
  if (!RETENTION_ROLES.includes(role)) return null;
  return (
    <li>
      <Link to={`${BASE}/retention`}>{r('retention.nav')}</Link>
    </li>
  );
}

/**
 * Records management. Admins: the schedule (editable), the plan, what was disposed of. Supervisors: the
 * deletion requests and legal holds first (what waits on them), then the same schedule (to read), plan
 * and counts.
 */
export function RetentionPage({ role }: { role: Role }) {
  const r = useRetentionText();
  const supervisor = role === 'supervisor';
  return (
    <>
      <h1>{r('retention.title')}</h1>
      <p>{r('retention.intro')}</p>
      {supervisor ? <DeletionsSection /> : null}
      {supervisor ? <HoldsSection /> : null}
      <ScheduleSection editable={role === 'admin'} />
      <PlanSection linkCases={supervisor} />
      <DisposedSection />
    </>
  );
}
