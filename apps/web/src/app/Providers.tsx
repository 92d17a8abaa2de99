import { ApolloProvider } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { SessionExpiryContext } from '../features/auth/session-expiry-context';
import { createSessionExpiry } from '../features/auth/utils/session-expiry';
import { createApolloClient } from './apollo-client';
import { I18nProvider } from './i18n';

export function Providers({ children }: { children: ReactNode }) {
  const [{ client, sessionExpiry }] = useState(() => {
    const expiry = createSessionExpiry();
    return { sessionExpiry: expiry, client: createApolloClient({ onUnauthenticated: expiry.notify }) };
  });
  return (
    <ApolloProvider client={client}>
      <SessionExpiryContext.Provider value={sessionExpiry}>
        <I18nProvider>{children}</I18nProvider>
      </SessionExpiryContext.Provider>
    </ApolloProvider>
  );
}
