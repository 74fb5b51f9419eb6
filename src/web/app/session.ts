import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionResponse, SessionUser } from '../../shared/contracts/auth.ts';
import { api, isUnauthenticated, setCsrfToken } from '../api/client.ts';

/** The signed-in member of staff, or null. The CSRF token rides along with the session answer. */
export async function fetchSession(): Promise<SessionResponse | null> {
  try {
    const session = await api<SessionResponse>('GET', '/api/v1/auth/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (err) {
    if (isUnauthenticated(err)) return null;
    throw err;
  }
}

export const SESSION_KEY = ['session'] as const;

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000, retry: false });
}

/** Stores a fresh session answer (after sign-in or a password change). */
export function useSetSession() {
  const client = useQueryClient();
  return (session: SessionResponse | null) => {
    if (session) setCsrfToken(session.csrfToken);
    else setCsrfToken('');
    client.setQueryData(SESSION_KEY, session);
  };
}

export function useUser(): SessionUser {
  const { data } = useSession();
  if (!data) throw new Error('useUser needs a signed-in user');
  return data.user;
}
