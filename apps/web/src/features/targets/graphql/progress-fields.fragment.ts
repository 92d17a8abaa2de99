import { gql } from '@apollo/client';
import type { Direction, ProgressStatus, TargetKind } from '@officebench/domain';

/** A programme target: LEVEL reaches `value`; CHANGE moves by `value` (signed) from each office's baseline. */
export interface ProgressTarget {
  id: string;
  indicator: { code: string; name: string; nameEn: string; unit: string; direction: Direction };
  kind: TargetKind;
  value: number;
  dueOn: string | null;
}

/** One office's way to one target. */
export interface OfficeProgressRow {
  office: { id: string; name: string };
  baseline: number | null;
  baselinePeriod: { id: string; label: string } | null;
  latest: number | null;
  latestPeriod: { id: string; label: string } | null;
  change: number | null;
  status: ProgressStatus;
  onTrack: boolean;
}

export const TARGET_FIELDS = gql`
  fragment TargetFields on Target {
    id
    kind
    value
    dueOn
    indicator {
      code
      name
      nameEn
      unit
      direction
    }
  }
`;

export const OFFICE_PROGRESS_FIELDS = gql`
  fragment OfficeProgressFields on OfficeProgress {
    office {
      id
      name
    }
    baseline
    baselinePeriod {
      id
      label
    }
    latest
    latestPeriod {
      id
      label
    }
    change
    status
    onTrack
  }
`;
