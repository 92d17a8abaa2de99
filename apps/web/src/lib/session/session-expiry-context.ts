import { createContext } from 'react';
import { createSessionExpiry, type SessionExpiry } from './session-expiry';

/** Provided by app/Providers (which wires it into the Apollo client); read by AuthProvider. */
export const SessionExpiryContext = createContext<SessionExpiry>(createSessionExpiry());
