import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  MatchReviewList,
  RegistryCounts,
  UnregisteredActorList,
} from '../../shared/contracts/registries.ts';
import type { Role } from '../../shared/roles.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { useRegistryText } from '../app/registry-text.ts';
import { BASE, Link } from '../app/router.tsx';
import { Empty, ErrorMessage, Loading } from '../components/states.tsx';
import { EntryText, HowFound, UnregisteredText } from './registries/EntryText.tsx';

/** Analysts and supervisors review matches; supervisors also weigh actors that no register lists. */
export const NAMED_ACTOR_ROLES: readonly Role[] = ['analyst', 'supervisor'];

export function NamedActorsNavLink({ role }: { role: Role }) {
  const rt = useRegistryText();
  if (role === 'admin')
    return (
      <li>
        <Link to={`${BASE}/registries`}>{rt('registries.nav')}</Link>
      </li>
    );
  if (!NAMED_ACTOR_ROLES.includes(role)) return null;
  return (
    <li>
      <Link to={`${BASE}/named-actors`}>{rt('registries.review.title')}</Link>
    </li>
  );
}

export function NamedActorsPage({ role }: { role: Role }) {
  const rt = useRegistryText();
  return (
    <>
      <h1>{rt('registries.review.title')}</h1>
      <ReviewSection />
      <CountsSection />
      {role === 'supervisor' ? <UnregisteredSection /> : null}
    </>
  );
}

function ReviewSection() {
  const rt = useRegistryText();
  const client = useQueryClient();
  const q = useQuery({
    queryKey: ['registries', 'matches'],
    queryFn: () => api<MatchReviewList>('GET', '/api/v1/registries/matches?decision=pending'),
  });
  const decide = useMutation({
    mutationFn: (v: { id: string; decision: 'confirmed' | 'rejected' }) =>
      api('POST', `/api/v1/registries/matches/${v.id}/decision`, { decision: v.decision }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['registries'] }),
  });
  return (
    <section aria-labelledby="review-h">
      <h2 id="review-h" className="visually-hidden">
        {rt('registries.review.title')}
      </h2>
      <p className="muted">{rt('registries.review.intro')}</p>
      {q.isPending ? <Loading /> : null}
      {q.isError ? <ErrorMessage error={q.error} onRetry={() => void q.refetch()} /> : null}
      {q.data && q.data.items.length === 0 ? <Empty>{rt('registries.review.empty')}</Empty> : null}
      {q.data && q.data.items.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{rt('registries.review.case')}</th>
                <th scope="col">{rt('registries.review.entry')}</th>
                <th scope="col">{rt('registries.review.how')}</th>
                <th scope="col">{rt('registries.review.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.items.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    <Link to={`${BASE}/cases/${m.caseId}`}>{m.caseReference}</Link>
                  </th>
                  <td>
                    {m.entry ? (
                      <EntryText entry={m.entry} />
                    ) : m.actor ? (
                      <UnregisteredText actor={m.actor} />
                    ) : null}
                  </td>
                  <td>
                    <HowFound match={m} />
                  </td>
                  <td>
                    <button
                      type="button"
                      disabled={decide.isPending}
                      onClick={() => decide.mutate({ id: m.id, decision: 'confirmed' })}
                    >
                      {rt('registries.confirm')}
                    </button>{' '}
                    <button
                      type="button"
                      className="secondary"
                      disabled={decide.isPending}
                      onClick={() => decide.mutate({ id: m.id, decision: 'rejected' })}
                    >
                      {rt('registries.reject')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {decide.isError ? <ErrorMessage error={decide.error} /> : null}
    </section>
  );
}

function CountsSection() {
  const rt = useRegistryText();
  const q = useQuery({
    queryKey: ['registries', 'counts'],
    queryFn: () => api<RegistryCounts>('GET', '/api/v1/registries/counts'),
  });
  return (
    <section aria-labelledby="counts-h">
      <h2 id="counts-h">{rt('registries.counts.title')}</h2>
      {q.isPending ? <Loading /> : null}
      {q.isError ? <ErrorMessage error={q.error} onRetry={() => void q.refetch()} /> : null}
      {q.data ? (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{rt('registries.counts.principal')}</th>
                  <th scope="col">{rt('registries.admin.source')}</th>
                  <th scope="col">{rt('registries.counts.reports')}</th>
                  <th scope="col">{rt('registries.counts.confirmed')}</th>
                </tr>
              </thead>
              <tbody>
                {q.data.items.map((c) => (
                  <tr key={`${c.source}|${c.principal}`}>
                    <th scope="row">
                      {c.principal} <span className="muted">({c.country})</span>
                    </th>
                    <td>{c.source}</td>
                    <td>{c.reports}</td>
                    <td>{c.confirmed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>{rt('registries.counts.unregistered', { count: q.data.unregistered })}</p>
        </>
      ) : null}
    </section>
  );
}

function UnregisteredSection() {
  const rt = useRegistryText();
  const { date } = useI18n();
  const client = useQueryClient();
  const q = useQuery({
    queryKey: ['registries', 'unregistered'],
    queryFn: () => api<UnregisteredActorList>('GET', '/api/v1/registries/unregistered'),
  });
  const refer = useMutation({
    mutationFn: (id: string) => api('POST', `/api/v1/registries/unregistered/${id}/referral`, {}),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['registries'] }),
  });
  return (
    <section aria-labelledby="unregistered-h">
      <h2 id="unregistered-h">{rt('registries.unregistered.title')}</h2>
      <p className="muted">{rt('registries.unregistered.intro')}</p>
      {q.isPending ? <Loading /> : null}
      {q.isError ? <ErrorMessage error={q.error} onRetry={() => void q.refetch()} /> : null}
      {q.data && q.data.items.length === 0 ? <Empty>{rt('registries.unregistered.empty')}</Empty> : null}
      {q.data && q.data.items.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{rt('registries.unregistered.actor')}</th>
                <th scope="col">{rt('registries.review.case')}</th>
                <th scope="col">{rt('registries.unregistered.reports')}</th>
                <th scope="col">
                  <span className="visually-hidden">{rt('registries.unregistered.refer')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {q.data.items.map((u) => (
                <tr key={u.id}>
                  <th scope="row">
                    {u.actor ? (
                      <UnregisteredText actor={u.actor} />
                    ) : (
                      <bdi>{u.name ?? rt('registries.unregistered.nameUnknown')}</bdi>
                    )}
                    <br />
                    <span className="muted">
                      {rt(`registries.foundIn.${u.foundIn}`)} · {date(u.matchedAt)}
                    </span>
                  </th>
                  <td>
                    <Link to={`${BASE}/cases/${u.caseId}`}>{u.caseReference}</Link>
                  </td>
                  <td>{u.reportsNamingIt}</td>
                  <td>
                    {u.referralId ? (
                      rt('registries.unregistered.referred')
                    ) : (
                      <button type="button" disabled={refer.isPending} onClick={() => refer.mutate(u.id)}>
                        {refer.isPending && refer.variables === u.id
                          ? rt('registries.unregistered.referring')
                          : rt('registries.unregistered.refer')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {refer.isError ? <ErrorMessage error={refer.error} /> : null}
    </section>
  );
}
