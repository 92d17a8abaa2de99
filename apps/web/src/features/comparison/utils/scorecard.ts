import { type Direction, standingRank, type Verdict, versusMean } from '@officebench/domain';
import type { BenchmarkCell } from '../graphql/benchmark-cell.fragment';
import { cellState } from './benchmark';

// The office's starting group is shared with the reports' page: it lives in lib/.
export { defaultPeerGroupId, type ChoosableGroup } from '../../../lib/peer-groups';

/**
 * Where the office's quartile stands, from the good end whatever the direction: quartile 1 holds the
 * lowest values, so it is the best quarter of a LOWER_BETTER indicator and the worst of a HIGHER_BETTER one.
 * BEST and WORST are the outer quarters, GOOD and WEAK the two on either side of the median.
 */
export type QuartileTone = 'BEST' | 'GOOD' | 'WEAK' | 'WORST';

/** The tones by standingRank (1 the best quarter): libs/domain/src/scorecard.ts. */
const TONES_FROM_BEST: readonly QuartileTone[] = ['BEST', 'GOOD', 'WEAK', 'WORST'];

export function quartileTone(quartile: number | null, direction: Direction): QuartileTone | null {
  const rank = standingRank(quartile, direction);
  return rank === null ? null : (TONES_FROM_BEST[rank - 1] ?? null);
}

/** Why a published cell shows no quartile: the office has no value, or the group is too small for quantiles. */
export type NoQuartile = 'NO_OWN_VALUE' | 'NO_QUANTILES';

/** One indicator's row of the overview, as shown: published statistics with the office's position, or the reason they are hidden. */
export type ScorecardPosition =
  | {
      published: true;
      mean: number;
      median: number | null;
      verdict: Verdict | null;
      tone: QuartileTone | null;
      noQuartile: NoQuartile | null;
    }
  | { published: false; reason: BenchmarkCell['suppressionReason'] };

export function scorecardPosition(cell: BenchmarkCell, direction: Direction): ScorecardPosition {
  const state = cellState(cell);
  if (!state.published) return { published: false, reason: state.reason };
  const { mean, median, ownQuartile } = state.statistics;
  const tone = quartileTone(ownQuartile, direction);
  const noQuartile: NoQuartile | null = tone !== null ? null : cell.own === null ? 'NO_OWN_VALUE' : median === null ? 'NO_QUANTILES' : null;
  return { published: true, mean, median, verdict: versusMean(cell.own, mean, direction), tone, noQuartile };
}

/** How many of the rows are better, worse than the mean, and hidden: the sentence above the table. */
export function positionCounts(positions: readonly ScorecardPosition[]): { better: number; worse: number; hidden: number; total: number } {
  let better = 0;
  let worse = 0;
  let hidden = 0;
  for (const position of positions) {
    if (!position.published) hidden += 1;
    else if (position.verdict === 'BETTER') better += 1;
    else if (position.verdict === 'WORSE') worse += 1;
  }
  return { better, worse, hidden, total: positions.length };
}

/** The indicators that have a cell, in the order given (the programme's), each with its cell. */
export function indicatorCells<I extends { code: string }>(
  indicators: readonly I[],
  cells: readonly BenchmarkCell[],
): { indicator: I; cell: BenchmarkCell }[] {
  const byCode = new Map(cells.map((cell) => [cell.indicator.code, cell]));
  return indicators.flatMap((indicator) => {
    const cell = byCode.get(indicator.code);
    return cell ? [{ indicator, cell }] : [];
  });
}
