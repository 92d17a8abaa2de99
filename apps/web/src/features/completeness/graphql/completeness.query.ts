import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PeriodKind, PeriodState, SubmissionStatus } from '@officebench/domain';

export interface CompletenessPeriod {
  id: string;
  label: string;
  kind: PeriodKind;
  startsOn: string;
  deadline: string;
  state: PeriodState;
}

/** One office in one period (every office x every period that has opened). */
export interface CompletenessRow {
  office: { id: string; name: string };
  period: CompletenessPeriod;
  /** null: nothing saved yet. */
  status: SubmissionStatus | null;
  /** The deadline has passed and the office has not handed in. */
  isLate: boolean;
  filledCount: number;
  expectedCount: number;
  submittedAt: string | null;
  /** Active coordinators of the office, for reminders. */
  coordinatorEmails: string[];
}

export interface CompletenessData {
  programme: { id: string; name: string; isDemo: boolean; offices: { id: string; name: string }[] } | null;
  completeness: CompletenessRow[];
}

export const COMPLETENESS_QUERY: TypedDocumentNode<CompletenessData, { programmeId: string }> = gql`
  query Completeness($programmeId: ID!) {
    programme(id: $programmeId) {
      id
      name
      isDemo
      offices {
        id
        name
      }
    }
    completeness(programmeId: $programmeId) {
      office {
        id
        name
      }
      period {
        id
        label
        kind
        startsOn
        deadline
        state
      }
      status
      isLate
      filledCount
      expectedCount
      submittedAt
      coordinatorEmails
    }
  }
`;
