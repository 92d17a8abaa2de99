import { useMutation, useQuery } from '@apollo/client/react';
import { CREATE_PEER_GROUP_MUTATION } from '../graphql/create-peer-group.mutation';
import { CREATE_PERIOD_MUTATION } from '../graphql/create-period.mutation';
import { DELETE_PEER_GROUP_MUTATION } from '../graphql/delete-peer-group.mutation';
import { LOCK_PERIOD_MUTATION } from '../graphql/lock-period.mutation';
import { PEER_GROUP_CHECK_QUERY } from '../graphql/peer-group-check.query';
import { PROGRAMME_SETTINGS_QUERY } from '../graphql/programme-settings.query';
import { REMOVE_TARGET_MUTATION } from '../graphql/remove-target.mutation';
import { REOPEN_PERIOD_MUTATION } from '../graphql/reopen-period.mutation';
import { SET_TARGET_MUTATION } from '../graphql/set-target.mutation';

export function useProgrammeSettings(programmeId: string) {
  return useQuery(PROGRAMME_SETTINGS_QUERY, { variables: { programmeId } });
}

/** After a change, the settings are read again (lists, orders and release states come from the API). */
const refetchSettings = (programmeId: string) => ({
  refetchQueries: [{ query: PROGRAMME_SETTINGS_QUERY, variables: { programmeId } }],
  awaitRefetchQueries: true,
});

export const useCreatePeriod = (programmeId: string) => useMutation(CREATE_PERIOD_MUTATION, refetchSettings(programmeId));
export const useLockPeriod = () => useMutation(LOCK_PERIOD_MUTATION);
export const useReopenPeriod = () => useMutation(REOPEN_PERIOD_MUTATION);
export const useSetTarget = (programmeId: string) => useMutation(SET_TARGET_MUTATION, refetchSettings(programmeId));
export const useRemoveTarget = (programmeId: string) => useMutation(REMOVE_TARGET_MUTATION, refetchSettings(programmeId));
export const useCreatePeerGroup = (programmeId: string) => useMutation(CREATE_PEER_GROUP_MUTATION, refetchSettings(programmeId));
export const useDeletePeerGroup = (programmeId: string) => useMutation(DELETE_PEER_GROUP_MUTATION, refetchSettings(programmeId));

/** The API's answer whether a group of these offices would be accepted; skipped while none is chosen. */
export function usePeerGroupCheck(programmeId: string, officeIds: readonly string[]) {
  return useQuery(PEER_GROUP_CHECK_QUERY, {
    variables: { input: { programmeId, officeIds: [...officeIds] } },
    skip: officeIds.length === 0,
    fetchPolicy: 'cache-first',
  });
}
