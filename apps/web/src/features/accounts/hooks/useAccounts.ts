import { useMutation, useQuery } from '@apollo/client/react';
import { DEACTIVATE_USER_MUTATION } from '../graphql/deactivate-user.mutation';
import { INVITE_PROGRAMME_QUERY, INVITE_PROGRAMMES_QUERY } from '../graphql/invite-targets.query';
import { INVITE_USER_MUTATION } from '../graphql/invite-user.mutation';
import { REVOKE_ROLE_GRANT_MUTATION } from '../graphql/revoke-role-grant.mutation';
import { USERS_QUERY } from '../graphql/users.query';

/** A programme's users (with a grant in it), or everyone's when `programmeId` is undefined (admins). */
export function useUsers(programmeId: string | undefined) {
  return useQuery(USERS_QUERY, { variables: { programmeId: programmeId ?? null } });
}

/** The programmes and offices people can be invited to: the page's programme, or all of them. */
export function useInviteTargets(programmeId: string | undefined) {
  const one = useQuery(INVITE_PROGRAMME_QUERY, { variables: { id: programmeId ?? '' }, skip: !programmeId });
  const all = useQuery(INVITE_PROGRAMMES_QUERY, { skip: Boolean(programmeId) });
  if (programmeId) {
    const programme = one.data?.programme;
    return { ...one, programmes: programme ? [programme] : one.data ? [] : undefined };
  }
  return { ...all, programmes: all.data?.programmes };
}

/** The list is asked again after each change, so that it shows what the server now holds. */
const refetchUsers = { refetchQueries: ['Users'], awaitRefetchQueries: true };

export function useInviteUser() {
  return useMutation(INVITE_USER_MUTATION, refetchUsers);
}

export function useRevokeRoleGrant() {
  return useMutation(REVOKE_ROLE_GRANT_MUTATION, refetchUsers);
}

export function useDeactivateUser() {
  return useMutation(DEACTIVATE_USER_MUTATION, refetchUsers);
}
