import type { ReactNode } from 'react';
import { QueryView } from '../../../components/QueryView';
import type { BenchmarkCell } from '../graphql/benchmark-cell.fragment';
import type { OfficeTarget } from '../../../lib/graphql/office-progress.query';
import type { PracticeSuggestion } from '../graphql/practice-suggestions.query';
import { useBenchmark } from '../hooks/useBenchmark';
import { useOfficeTargets } from '../hooks/useComparisonProgramme';
import { usePracticeSuggestions } from '../hooks/usePracticeSuggestions';

export interface DetailDataProps {
  programmeId: string;
  officeId: string;
  periodId: string;
  /** The page's peer group: practices are suggested where the office lags it. */
  peerGroupId: string;
  /** Whether the period's results are released (before that, nothing can lag). */
  released: boolean;
  children: (data: {
    cells: readonly BenchmarkCell[];
    targets: readonly OfficeTarget[];
    suggestions: readonly PracticeSuggestion[] | null;
  }) => ReactNode;
}

/**
 * What an indicator's detail (and the print view) shows besides the trend, asked at once: the period's
 * cells of every peer group, the office's targets and the practice suggestions for the page's group.
 */
export function DetailData({ programmeId, officeId, periodId, peerGroupId, released, children }: DetailDataProps) {
  const benchmark = useBenchmark({ programmeId, periodId, officeId, peerGroupId: null });
  const targets = useOfficeTargets(programmeId, officeId);
  const practices = usePracticeSuggestions({ programmeId, periodId, officeId, peerGroupId }, released);
  return (
    <QueryView result={benchmark}>
      {({ benchmark: cells }) => (
        <QueryView result={targets}>
          {({ officeProgress }) =>
            released ? (
              <QueryView result={practices}>
                {({ practiceSuggestions }) => children({ cells, targets: officeProgress, suggestions: practiceSuggestions })}
              </QueryView>
            ) : (
              children({ cells, targets: officeProgress, suggestions: null })
            )
          }
        </QueryView>
      )}
    </QueryView>
  );
}
