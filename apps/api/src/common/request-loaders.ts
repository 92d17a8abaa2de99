import type { AccountsService } from '../modules/auth/accounts.service';
import type { ProgrammesService } from '../modules/programmes/programmes.service';

/** The per-request DataLoaders every resolver finds in the GraphQL context as `loaders`. */
export type RequestLoaders = ReturnType<ProgrammesService['createLoaders']> & ReturnType<AccountsService['createLoaders']>;
