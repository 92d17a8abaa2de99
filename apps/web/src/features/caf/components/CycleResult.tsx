import { useQuery } from '@apollo/client/react';
import { CAF_CRITERIA } from '@officebench/domain';
import { useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { ChartWithTable } from '../../../components/ChartWithTable';
import { DataTable } from '../../../components/DataTable';
import { QueryView } from '../../../components/QueryView';
import { SelectField } from '../../../components/SelectField';
import { CAF_RADAR_QUERY, type CafRadar } from '../graphql/caf-radar.query';
import type { CafCycle } from '../graphql/caf-cycle.query';
import { targetProgress, totalChange } from '../utils/cycle-view';
import { formatChange, formatPoints } from '../utils/format';
import { defaultPeerGroup, isShownPeerGroup, radarRows, suppressionReasonOf } from '../utils/radar';
import { CafRadarChart } from './CafRadarChart';

/** A closed cycle's result: the 9 criterion scores and total, the change, the target, the submission. */
export function CycleResult({ cycle }: { cycle: CafCycle }) {
  const { t, language } = useI18n();
  const points = (value: number | null | undefined) => (value == null ? '–' : formatPoints(language, value));
  const change = totalChange(cycle.total, cycle.previousTotal);
  return (
    <>
      <dl className="caf-result">
        <div>
          <dt>{t('caf.result.total')}</dt>
          <dd>{t('caf.result.outOf', { points: points(cycle.total) })}</dd>
        </div>
        <div>
          <dt>{t('caf.result.change')}</dt>
          <dd>
            {change === null
              ? t('caf.result.noPrevious')
              : t('caf.result.changeFrom', { change: formatChange(language, change), previous: points(cycle.previousTotal) })}
          </dd>
        </div>
        <div>
          <dt>{t('caf.result.submission')}</dt>
          <dd>{cycle.submissionStatus ? t(`submissionStatus.${cycle.submissionStatus}`) : t('caf.result.noSubmission')}</dd>
        </div>
      </dl>
      <DataTable
        caption={t('caf.result.criteria')}
        columns={[t('caf.result.criterion'), { label: t('caf.result.score'), numeric: true }]}
        rowHeaderColumn={0}
        rows={CAF_CRITERIA.map((criterion, index) => ({
          key: String(criterion.number),
          cells: [
            t('caf.model.criterion', { number: criterion.number, name: criterion.name[language] }),
            points(cycle.criterionScores?.[index]),
          ],
        }))}
      />
    </>
  );
}

/** The radar of the closed cycle against a chosen peer group, and the progress toward the target. */
export function RadarSection({ cycleId }: { cycleId: string }) {
  const result = useQuery(CAF_RADAR_QUERY, { variables: { cycleId } });
  return <QueryView result={result}>{({ cafRadar }) => <RadarView radar={cafRadar} />}</QueryView>;
}

function RadarView({ radar }: { radar: CafRadar }) {
  const { t, language } = useI18n();
  const [groupId, setGroupId] = useState(() => defaultPeerGroup(radar.peers)?.peerGroupId ?? '');
  const group = radar.peers.find(({ peerGroupId }) => peerGroupId === groupId);
  const shown = group && isShownPeerGroup(group);
  const rows = radarRows(radar.criteria, group);
  const format = (value: number) => formatPoints(language, value);
  const cell = (value: number | null) => (value === null ? '–' : format(value));
  const progress = targetProgress(radar.baselineTotal, radar.total, radar.targetChange);
  const title = t('caf.radar.title', { period: radar.periodLabel });
  return (
    <>
      {progress && (
        <div className="caf-target">
          <p>
            {t(progress.met ? 'caf.target.met' : 'caf.target.progress', {
              change: formatChange(language, progress.change),
              target: formatChange(language, progress.target),
              baseline: cell(radar.baselineTotal ?? null),
            })}
          </p>
          <meter min={0} max={1} value={Math.min(1, progress.share)} aria-label={t('caf.target.meter')} />
        </div>
      )}
      {radar.peers.length > 0 ? (
        <div className="form caf-radar-group">
          <SelectField
            id="caf-radar-group"
            label={t('caf.radar.group')}
            value={groupId}
            onChange={setGroupId}
            options={radar.peers.map(({ peerGroupId, peerGroupName }) => ({ value: peerGroupId, label: peerGroupName }))}
          />
        </div>
      ) : (
        <p>{t('caf.radar.noGroups')}</p>
      )}
      {group && !shown && (
        <p className="caf-suppressed">
          {t('caf.radar.suppressed', {
            group: group.peerGroupName,
            reason: t(`caf.suppression.${suppressionReasonOf(group)}`),
          })}
        </p>
      )}
      {group && shown && group.contributorsBand && <p className="field__hint">{t('caf.radar.band', { band: group.contributorsBand })}</p>}
      <ChartWithTable
        title={title}
        table={{
          columns: [
            t('caf.result.criterion'),
            { label: t('caf.radar.own'), numeric: true },
            { label: t('caf.radar.previous'), numeric: true },
            { label: shown ? t('caf.radar.peers', { group: group.peerGroupName }) : t('caf.radar.peersNone'), numeric: true },
          ],
          rowHeaderColumn: 0,
          rows: rows.map((row) => ({
            key: String(row.criterion),
            cells: [
              t('caf.model.criterion', {
                number: row.criterion,
                name: CAF_CRITERIA.find(({ number }) => number === row.criterion)?.name[language] ?? '',
              }),
              cell(row.own),
              cell(row.previous),
              cell(row.peers),
            ],
          })),
        }}
      >
        <CafRadarChart title={title} rows={rows} peersName={shown ? group.peerGroupName : null} format={format} />
      </ChartWithTable>
    </>
  );
}
