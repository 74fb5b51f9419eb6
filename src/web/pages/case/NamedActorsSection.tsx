import { useQuery } from '@tanstack/react-query';
import type { CaseNamedActors } from '../../../shared/contracts/registries.ts';
import { api } from '../../api/client.ts';
import { useRegistryText } from '../../app/registry-text.ts';
import { Empty, ErrorMessage, Loading } from '../../components/states.tsx';
import { EntryText, HowFound, UnregisteredText } from '../registries/EntryText.tsx';

/**
 * The actors the case's reports name that a foreign-influence register lists — or that act for the
 * suspected state and appear in none — for the people who may read the reports. Opening it is audited.
 */
export function NamedActorsSection({ caseId }: { caseId: string }) {
  const rt = useRegistryText();
  const q = useQuery({
    queryKey: ['cases', caseId, 'named-actors'],
    queryFn: () => api<CaseNamedActors>('GET', `/api/v1/cases/${caseId}/named-actors`),
  });
  return (
    <section id="named-actors" aria-labelledby="named-actors-h">
      <h2 id="named-actors-h">{rt('registries.case.title')}</h2>
      <p className="muted">{rt('registries.case.intro')}</p>
      {q.isPending ? <Loading /> : null}
      {q.isError ? <ErrorMessage error={q.error} onRetry={() => void q.refetch()} /> : null}
      {q.data && q.data.items.length + q.data.unlisted.length === 0 ? (
        <Empty>{rt('registries.case.empty')}</Empty>
      ) : null}
      {q.data && q.data.items.length + q.data.unlisted.length > 0 ? (
        <ul>
          {q.data.items.map((m) => (
            <li key={m.id}>
              {m.entry ? (
                <EntryText entry={m.entry} />
              ) : m.actor ? (
                <UnregisteredText actor={m.actor} />
              ) : null}
              <br />
              <span className="muted">
                {rt('registries.case.report', { reference: m.reportReference })}: <HowFound match={m} /> —{' '}
                {rt(`registries.decision.${m.decision}`)}
              </span>
            </li>
          ))}
          {q.data.unlisted.map((u) => (
            <li key={u.id}>
              <strong>
                {rt('registries.case.unlisted', {
                  name: u.name ?? rt('registries.unregistered.nameUnknown'),
                })}
              </strong>
              <br />
              <span className="muted">
                {rt('registries.case.report', { reference: u.reportReference })} —{' '}
                {rt(`registries.decision.${u.decision}`)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
