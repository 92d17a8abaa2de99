import { useQuery } from '@apollo/client/react';
import { useT } from '../../../app/i18n';
import { DataTable } from '../../../components/DataTable';
import { QueryView } from '../../../components/QueryView';
import { SURVEY_COMPARISON_QUERY } from '../graphql/survey-comparison.query';
import type { SurveyQuestionResult } from '../graphql/survey-office.query';
import { useSurveyFormat } from '../hooks/useSurveyFormat';
import { peerMeans, ratingRows } from '../utils/results';

/** The office's means beside each peer group's released ones, or why a group shows none. */
export function PeerComparison({ roundId, results }: { roundId: string; results: readonly SurveyQuestionResult[] }) {
  const t = useT();
  const format = useSurveyFormat();
  const result = useQuery(SURVEY_COMPARISON_QUERY, { variables: { roundId } });
  const rows = ratingRows(results);
  const written = (value: number | null) => (value === null ? '–' : format.mean(value));
  return (
    <>
      <h4>{t('surveys.peers.title')}</h4>
      <QueryView result={result}>
        {({ surveyComparison: { released, peers } }) => {
          if (!released) return <p>{t('surveys.peers.notReleased')}</p>;
          if (peers.length === 0) return <p>{t('surveys.peers.none')}</p>;
          return peers.map((peer) => (
            <div key={peer.peerGroupId} className="survey-peer">
              <h5>{peer.peerGroupName}</h5>
              {peer.means ? (
                <DataTable
                  caption={t('surveys.peers.table', { group: peer.peerGroupName })}
                  columns={[
                    t('surveys.questions.col.question'),
                    { label: t('surveys.peers.own'), numeric: true },
                    { label: peer.peerGroupName, numeric: true },
                  ]}
                  rows={peerMeans(rows, peer.means).map(({ code, text, own, peers: group }) => ({
                    key: code,
                    cells: [text, written(own), written(group)],
                  }))}
                />
              ) : (
                <p>{t(peer.suppressionReason === 'NOT_PUBLISHED' ? 'surveys.peers.NOT_PUBLISHED' : 'surveys.peers.NOT_RELEASED')}</p>
              )}
            </div>
          ));
        }}
      </QueryView>
    </>
  );
}
