import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { groupByCriterion, groupTitle } from '../../../lib/group-lines';
import { indicatorName, valueFormatter } from '../../../lib/indicator-format';
import type { BenchmarkCell } from '../graphql/benchmark-cell.fragment';
import type { ComparisonIndicator } from '../graphql/comparison-programme.query';
import { suppressedText } from '../utils/benchmark';
import { indicatorCells, positionCounts, scorecardPosition, type ScorecardPosition } from '../utils/scorecard';

interface ScorecardTableProps {
  /** The programme's indicators, in programme order. */
  indicators: readonly ComparisonIndicator[];
  /** The period's cells of one peer group. */
  cells: readonly BenchmarkCell[];
  caption: string;
  /** The address of an indicator's detail. */
  detailHref: (indicatorCode: string) => string;
}

/** The id of an indicator's link, so that coming back from its detail puts the focus on it again. */
export const detailLinkId = (indicatorCode: string) => `peer-scorecard-${indicatorCode}`;

/**
 * Where the office stands in one peer group, every indicator in a row, by CAF criterion: its value, the
 * group's mean and median, its quarter of the group in words on a tinted cell (the words carry it; the
 * tint, by the indicator's direction, only repeats them) and whether it is better than the mean. A hidden
 * cell says why in one cell. On a phone every row becomes a card (comparison.css).
 */
export function ScorecardTable({ indicators, cells, caption, detailHref }: ScorecardTableProps) {
  const { t, language } = useI18n();
  const lines = indicatorCells(indicators, cells).map((line) => ({
    ...line,
    position: scorecardPosition(line.cell, line.indicator.direction),
  }));
  if (lines.length === 0) return <p>{t('comparison.noCells')}</p>;
  // A group too small for quantiles publishes no median at all: its column goes, and a sentence says why.
  const withMedian = lines.some(({ position }) => position.published && position.median !== null);
  const columns = [
    t('comparison.colIndicator'),
    t('comparison.colOwn'),
    t('comparison.colMean'),
    ...(withMedian ? [t('comparison.colMedian')] : []),
    t('comparison.colQuartile'),
    t('comparison.colVerdict'),
  ];
  const numericColumns = withMedian ? 3 : 2;
  const counts = positionCounts(lines.map(({ position }) => position));
  return (
    <>
      <p className="peer-scorecard__summary">
        {t('comparison.overviewSummary', counts)}
        {!withMedian && counts.hidden < counts.total && <> {t('comparison.noQuantiles')}</>}
      </p>
      <div className="peer-scorecard-frame" role="region" aria-label={t('table.region', { caption })} tabIndex={0}>
        <table className={withMedian ? 'data-table peer-scorecard peer-scorecard--median' : 'data-table peer-scorecard'}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column, index) => (
                <th key={column} scope="col" className={index >= 1 && index <= numericColumns ? 'numeric' : undefined}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          {groupByCriterion(lines).map(({ criterion, lines: grouped }) => (
            <tbody key={criterion ?? 'none'}>
              <tr className="peer-scorecard__criterion">
                <th scope="rowgroup" colSpan={columns.length}>
                  {groupTitle(criterion, t, language)}
                </th>
              </tr>
              {grouped.map(({ indicator, cell, position }) => {
                const format = valueFormatter(indicator.unit, t, language);
                const name = indicatorName(indicator, language);
                return (
                  <tr key={indicator.code}>
                    <th scope="row" className="peer-scorecard__indicator">
                      <Link id={detailLinkId(indicator.code)} to={detailHref(indicator.code)}>
                        {name}
                      </Link>
                      <span className="peer-scorecard__direction">{t(`comparison.direction.${indicator.direction}`)}</span>
                    </th>
                    <td className="numeric" data-label={columns[1]}>
                      {cell.own === null ? t('values.none') : format(cell.own)}
                    </td>
                    <PositionCells position={position} format={format} labels={columns.slice(2)} withMedian={withMedian} />
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}

function PositionCells({
  position,
  format,
  labels,
  withMedian,
}: {
  position: ScorecardPosition;
  format: (value: number) => string;
  /** The titles of the columns from the mean on. */
  labels: readonly string[];
  withMedian: boolean;
}) {
  const { t } = useI18n();
  if (!position.published) {
    return (
      <td colSpan={labels.length} className="peer-scorecard__hidden">
        {suppressedText(position.reason, t)}
      </td>
    );
  }
  const { mean, median, verdict, tone, noQuartile } = position;
  return (
    <>
      <td className="numeric" data-label={labels[0]}>
        {format(mean)}
      </td>
      {withMedian && (
        <td className="numeric" data-label={labels[1]}>
          {median === null ? t('values.none') : format(median)}
        </td>
      )}
      <td className={`peer-scorecard__quartile peer-scorecard__quartile--${(tone ?? 'none').toLowerCase()}`} data-label={labels.at(-2)}>
        {tone ? t(`comparison.tone.${tone}`) : noQuartile ? t(`comparison.noQuartile.${noQuartile}`) : t('values.none')}
      </td>
      <td data-label={labels.at(-1)}>
        {verdict ? (
          <span className={`verdict verdict--${verdict.toLowerCase()}`}>{t(`comparison.verdict.${verdict}`)}</span>
        ) : (
          t('comparison.noOwnValue')
        )}
      </td>
    </>
  );
}
