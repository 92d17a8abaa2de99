import { TEXT_LIMITS } from '@officebench/domain';

/** At least 10 characters (a passphrase is welcome); at most 200, so hashing stays bounded. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = TEXT_LIMITS.password;
