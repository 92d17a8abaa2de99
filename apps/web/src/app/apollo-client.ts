import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { isUnauthenticated } from './graphql-errors';

/** Operations that work without a session: an UNAUTHENTICATED answer from them is not an expiry. */
const PUBLIC_OPERATIONS = new Set(['Me', 'Login', 'Logout', 'RequestPasswordReset', 'SetPassword']);

export interface ApolloClientOptions {
  /** Called when an operation that needs a session was refused because there is none (any more). */
  onUnauthenticated?: () => void;
}

/** The interface language (I18nProvider keeps it on <html lang>): the API words its messages in it. */
function interfaceLanguage(): string {
  return (typeof document !== 'undefined' && document.documentElement.lang) || 'pl';
}

export function createApolloClient({ onUnauthenticated }: ApolloClientOptions = {}): ApolloClient {
  const languageLink = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'Accept-Language': interfaceLanguage() },
    }));
    return forward(operation);
  });
  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (isUnauthenticated(error) && !PUBLIC_OPERATIONS.has(operation.operationName ?? '')) onUnauthenticated?.();
  });
  return new ApolloClient({
    link: ApolloLink.from([sessionLink, languageLink, new HttpLink({ uri: '/graphql', credentials: 'include' })]),
    cache: new InMemoryCache(),
    // A page shows what is cached at once and asks the server again when it opens: data changes under
    // other users' hands (submissions, accounts), and an expired session is noticed on navigation too.
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' } },
  });
}
