import './zod-config.ts';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isUnauthenticated } from './api/client.ts';
import { App } from './app/App.tsx';
import { I18nProvider } from './app/i18n.tsx';
import { SESSION_KEY } from './app/session.ts';
import './styles.css';

// A session that ended (idle time-out, signed out elsewhere) sends everyone back to the sign-in page.
const onError = (err: unknown) => {
  if (isUnauthenticated(err)) queryClient.setQueryData(SESSION_KEY, null);
};
const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      retry: (count, err) => !isUnauthenticated(err) && count < 1,
      refetchOnWindowFocus: true,
    },
  },
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </I18nProvider>
    </StrictMode>,
  );
}
