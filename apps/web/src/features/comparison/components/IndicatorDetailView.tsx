import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { indicatorName } from '../../../lib/indicator-format';
import type { ComparisonIndicator } from '../graphql/comparison-programme.query';
import { DetailData } from './DetailData';
import { IndicatorDetail } from './IndicatorDetail';
import { backState } from '../utils/navigation';

export interface IndicatorDetailViewProps {
  programmeId: string;
  officeId: string;
  periodId: string;
  peerGroup: { id: string; name: string };
  released: boolean;
  indicator: ComparisonIndicator;
  /** The overview's address, with the page's choices. */
  overviewHref: string;
}

/** `?indicator=CODE`: one indicator in full, with the way back to the overview; the focus moves to its heading. */
export function IndicatorDetailView({
  programmeId,
  officeId,
  periodId,
  peerGroup,
  released,
  indicator,
  overviewHref,
}: IndicatorDetailViewProps) {
  const { t, language } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const name = indicatorName(indicator, language);
  useEffect(() => {
    heading.current?.focus();
  }, [indicator.code]);
  return (
    <section aria-labelledby="indicator-detail-heading" className="indicator-detail-view">
      <p className="comparison-back no-print">
        <Link to={overviewHref} state={backState(indicator.code)}>
          <span aria-hidden="true">← </span>
          {t('comparison.backToOverview')}
        </Link>
      </p>
      <h2 id="indicator-detail-heading" ref={heading} tabIndex={-1} className="indicator-detail__heading">
        {name}
      </h2>
      <DetailData programmeId={programmeId} officeId={officeId} periodId={periodId} peerGroupId={peerGroup.id} released={released}>
        {({ cells, ...officeData }) => {
          const own = cells.filter((cell) => cell.indicator.code === indicator.code);
          return own.length === 0 ? (
            <p>{t('comparison.detailNotFound')}</p>
          ) : (
            <IndicatorDetail {...{ programmeId, officeId, peerGroup, indicator, ...officeData }} cells={own} level={3} />
          );
        }}
      </DetailData>
    </section>
  );
}
