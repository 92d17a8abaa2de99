import { ApolloProvider } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { SessionExpiryContext } from '../lib/session/session-expiry-context';
import { createSessionExpiry } from '../lib/session/session-expiry';
import { createApolloClient } from './apollo-client';
import { I18nProvider } from './i18n';
import { createRetryStatus } from './retry-status';
import { RetryStatusContext } from './retry-status-context';

export function Providers({ children }: { children: ReactNode }) {
  const [{ client, sessionExpiry, retryStatus }] = useState(() => {
    const expiry = createSessionExpiry();
    const retries = createRetryStatus();
    return {
      sessionExpiry: expiry,
      retryStatus: retries,
      client: createApolloClient({ onUnauthenticated: expiry.notify, retryStatus: retries }),
    };
  });
  return (
    <ApolloProvider client={client}>
      <SessionExpiryContext.Provider value={sessionExpiry}>
        <RetryStatusContext.Provider value={retryStatus}>
          <I18nProvider>{children}</I18nProvider>
        </RetryStatusContext.Provider>
      </SessionExpiryContext.Provider>
    </ApolloProvider>
  );
}
