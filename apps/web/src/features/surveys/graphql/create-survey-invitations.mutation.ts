import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CreateSurveyInvitationsMutation, CreateSurveyInvitationsMutationVariables } from '../../../generated/graphql';

/** Single-use links of an employee round: the answer is the only time they are seen. */
export const CREATE_SURVEY_INVITATIONS_MUTATION: TypedDocumentNode<
  CreateSurveyInvitationsMutation,
  CreateSurveyInvitationsMutationVariables
> = gql`
  mutation CreateSurveyInvitations($roundId: ID!, $count: Int!) {
    createSurveyInvitations(roundId: $roundId, count: $count) {
      roundId
      invited
      links
    }
  }
`;
