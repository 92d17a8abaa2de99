import { createContext } from 'react';
import { createRetryStatus, type RetryStatus } from './retry-status';

/** The retries the Apollo client is waiting for (Providers gives the client's own; a quiet one otherwise). */
export const RetryStatusContext = createContext<RetryStatus>(createRetryStatus());
