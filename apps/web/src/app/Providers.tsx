import { ApolloProvider } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { createApolloClient } from './apollo-client';
import { I18nProvider } from './i18n';

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <I18nProvider>{children}</I18nProvider>
    </ApolloProvider>
  );
}
