import { Suspense, useEffect, useRef, type ElementType } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { LoadingState } from '../../../components/LoadingState';
import { groupByCriterion, groupTitle } from '../../../lib/group-lines';
import { indicatorName } from '../../../lib/indicator-format';
import type { ComparisonIndicator } from '../graphql/comparison-programme.query';
import { indicatorCells } from '../utils/scorecard';
import { DetailData } from './DetailData';
import { IndicatorDetail } from './IndicatorDetail';

export interface PrintViewProps {
  programmeId: string;
  officeId: string;
  periodId: string;
  /** Printed, since the page's choices are not. */
  periodLabel: string;
  peerGroup: { id: string; name: string };
  released: boolean;
  indicators: readonly ComparisonIndicator[];
  overviewHref: string;
  /** The office's progress to the programme's targets (the targets feature's section, given by the route). */
  progressSection: ElementType<{ programmeId: string; officeId: string }>;
}

/**
 * `?view=all`: every indicator's detail on one page, by CAF criterion, then the office's progress to the
 * targets; printing leaves out the navigation and the buttons (comparison.css).
 */
export function PrintView({
  programmeId,
  officeId,
  periodId,
  periodLabel,
  peerGroup,
  released,
  indicators,
  overviewHref,
  progressSection: ProgressSection,
}: PrintViewProps) {
  const { t, language } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="comparison-print">
      <p className="comparison-back no-print">
        <Link to={overviewHref}>
          <span aria-hidden="true">← </span>
          {t('comparison.backToOverview')}
        </Link>
      </p>
      <h2 ref={heading} tabIndex={-1} className="indicator-detail__heading">
        {t('comparison.printTitle')}
      </h2>
      <p>{t('comparison.printIntro', { group: peerGroup.name, period: periodLabel })}</p>
      <p className="no-print">
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('comparison.print')}
        </button>
      </p>
      <DetailData programmeId={programmeId} officeId={officeId} periodId={periodId} peerGroupId={peerGroup.id} released={released}>
        {({ cells, ...officeData }) => {
          const lines = indicatorCells(indicators, cells).map(({ indicator }) => ({
            indicator,
            cells: cells.filter((cell) => cell.indicator.code === indicator.code),
          }));
          if (lines.length === 0) return <p>{t('comparison.noCells')}</p>;
          return groupByCriterion(lines).map(({ criterion, lines: grouped }) => (
            <section key={criterion ?? 'none'} className="section" aria-labelledby={`print-criterion-${criterion ?? 'none'}`}>
              <h3 id={`print-criterion-${criterion ?? 'none'}`}>{groupTitle(criterion, t, language)}</h3>
              {grouped.map(({ indicator, cells: own }) => (
                <article key={indicator.code} className="comparison-print__indicator" aria-labelledby={`print-${indicator.code}`}>
                  <h4 id={`print-${indicator.code}`}>{indicatorName(indicator, language)}</h4>
                  <IndicatorDetail {...{ programmeId, officeId, peerGroup, indicator, ...officeData }} cells={own} level={5} />
                </article>
              ))}
            </section>
          ));
        }}
      </DetailData>
      <Suspense fallback={<LoadingState />}>
        <ProgressSection programmeId={programmeId} officeId={officeId} />
      </Suspense>
    </div>
  );
}
