import type { Direction } from '@officebench/domain';
import { useT } from '../../../app/i18n';
import type { BenchmarkCell } from '../graphql/benchmark-cell.fragment';
import { versusMean } from '@officebench/domain';
import { cellState, quartileText, suppressedText, type FormatValue } from '../utils/benchmark';

interface CellSummariesProps {
  cells: readonly BenchmarkCell[];
  direction: Direction;
  format: FormatValue;
}

/**
 * Each peer group's cell in words: the verdict against the mean (the colour only repeats it), the
 * quartile, the contributors band; a suppressed cell says why, and shows no number at all.
 */
export function CellSummaries({ cells, direction, format }: CellSummariesProps) {
  const t = useT();
  return (
    <ul className="cell-summaries">
      {cells.map((cell) => {
        const state = cellState(cell);
        if (!state.published) {
          return (
            <li key={cell.peerGroup.id} className="cell-summary cell-summary--suppressed">
              <strong>{cell.peerGroup.name}</strong>: {suppressedText(state.reason, t)}
            </li>
          );
        }
        const { mean, median, pooledRate, contributorsBand, ownQuartile } = state.statistics;
        const judged = versusMean(cell.own, mean, direction);
        const quartile = quartileText(ownQuartile, direction, t);
        const facts = [
          t('comparison.meanOf', { value: format(mean) }),
          ...(pooledRate !== null ? [t('comparison.pooledRateOf', { value: format(pooledRate) })] : []),
          ...(contributorsBand ? [t('comparison.contributorsBand', { band: contributorsBand })] : []),
        ];
        return (
          <li key={cell.peerGroup.id} className="cell-summary">
            <strong>{cell.peerGroup.name}</strong>:{' '}
            {judged ? (
              <span className={`verdict verdict--${judged.toLowerCase()}`}>{t(`comparison.verdict.${judged}`)}</span>
            ) : (
              t('comparison.noOwnValue')
            )}{' '}
            ({facts.join(', ')}).
            {quartile && <> {quartile}</>}
            {median === null && <> {t('comparison.noQuantiles')}</>}
          </li>
        );
      })}
    </ul>
  );
}
