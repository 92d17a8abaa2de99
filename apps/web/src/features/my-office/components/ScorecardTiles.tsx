import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { ChartWithTable } from '../../../components/ChartWithTable';
import { ProgressStatusLabel } from '../../../components/ProgressStatusLabel';
import { indicatorName, valueFormatter } from '../../../lib/indicator-format';
import { formatTargetValue } from '../../../lib/targets';
import type { ScorecardLine } from '../graphql/office-scorecard.query';
import { changeText, lineTone, scorecardTableColumns, scorecardTableRows, standingText, trendText } from '../utils/scorecard';
import { Sparkline } from './Sparkline';

interface ScorecardTilesProps {
  lines: readonly ScorecardLine[];
  groupName: string;
  /** The comparison page's detail of one indicator. */
  detailPath: (indicatorCode: string) => string;
}

/**
 * Every indicator as a compact tile, with the tiles' words as a table (ChartWithTable: the table view, its
 * CSV, and the tiles with their trends as a picture).
 */
export function ScorecardTiles({ lines, groupName, detailPath }: ScorecardTilesProps) {
  const { t, language } = useI18n();
  const name = (line: ScorecardLine) => indicatorName(line.indicator, language);
  return (
    <ChartWithTable
      title={t('myOffice.results.tableCaption', { group: groupName })}
      table={{ columns: scorecardTableColumns(t), rows: scorecardTableRows(lines, name, t, language) }}
      viewLabel={t('myOffice.results.asTiles')}
    >
      <ul className="scorecard">
        {lines.map((line) => {
          const format = valueFormatter(line.indicator.unit, t, language);
          const change = changeText(line, t, language);
          return (
            <li key={line.indicator.code} className={`scorecard__tile scorecard__tile--${lineTone(line)}`}>
              <h3>
                <Link to={detailPath(line.indicator.code)}>{name(line)}</Link>
              </h3>
              <div className="scorecard__headline">
                {line.latest === null || !line.latestPeriod ? (
                  <p className="scorecard__value scorecard__value--none">{t('myOffice.line.noValue')}</p>
                ) : (
                  <p className="scorecard__value">
                    {format(line.latest)}{' '}
                    <span className="scorecard__period">{t('myOffice.line.periodOf', { period: line.latestPeriod.label })}</span>
                  </p>
                )}
                {line.trend.some((point) => point.own !== null) && (
                  <Sparkline
                    own={line.trend.map((point) => point.own)}
                    peerMean={line.trend.map((point) => point.peerMean)}
                    label={trendText(line, t, language)}
                  />
                )}
              </div>
              <p className="scorecard__change">{change ?? t('myOffice.line.noPrevious')}</p>
              <p>
                {line.comparedPeriod && (
                  <span className="scorecard__compared">{t('myOffice.comparedIn', { period: line.comparedPeriod.label })} </span>
                )}
                <span className="scorecard__standing">{standingText(line, t, language)}</span>
              </p>
              {line.progress && (
                <p className="scorecard__target">
                  {t('myOffice.target', { value: formatTargetValue(line.progress.target, t, language) })}{' '}
                  <ProgressStatusLabel status={line.progress.status} />
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </ChartWithTable>
  );
}
