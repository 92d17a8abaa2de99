import { useMutation } from '@apollo/client/react';
import { CAF_CRITERIA, CAF_SUB_CRITERIA } from '@officebench/domain';
import type { FormEvent } from 'react';
import { useI18n } from '../../../app/i18n';
import type { CafCycle } from '../graphql/caf-cycle.query';
import { SAVE_CAF_SCORES_MUTATION } from '../graphql/save-caf-scores.mutation';
import { useScoreDraft } from '../hooks/useScoreDraft';
import { EMPTY_ENTRY, scoreDraftKey, scoredCount, shownEntries } from '../utils/score-draft';
import { SaveStatus } from './SaveStatus';
import { ScoreFields } from './ScoreFields';

const CODES = CAF_SUB_CRITERIA.map(({ code }) => code);

/**
 * A group member's own scores of the 28 sub-criteria, private until consensus. Saved when the focus
 * leaves a sub-criterion's fields and with the button; what is not saved yet waits in the browser.
 */
export function ScoringForm({ cycle }: { cycle: CafCycle }) {
  const { t, language } = useI18n();
  const [saveScores] = useMutation(SAVE_CAF_SCORES_MUTATION);
  const { draft, change, save, state, unsaved } = useScoreDraft({
    storageKey: scoreDraftKey('scores', cycle.id),
    saved: cycle.myScores,
    send: async (scores) => {
      const { data } = await saveScores({ variables: { cycleId: cycle.id, scores } });
      return data?.saveCafScores.myScores ?? [];
    },
  });
  const shown = shownEntries(CODES, draft, cycle.myScores);
  const scored = scoredCount(shown);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  return (
    <form noValidate onSubmit={submit} className="caf-scoring" aria-describedby="caf-scoring-progress">
      <div className="caf-sticky-status">
        <p id="caf-scoring-progress" className="caf-progress">
          {t('caf.scoring.progress', { scored, total: CODES.length })}
        </p>
        <SaveStatus state={state} unsaved={unsaved} />
      </div>
      {CAF_CRITERIA.map((criterion) => (
        <section key={criterion.number} className="caf-criterion" aria-labelledby={`caf-scoring-${criterion.number}`}>
          <h3 id={`caf-scoring-${criterion.number}`}>
            {t('caf.model.criterion', { number: criterion.number, name: criterion.name[language] })}
          </h3>
          {CAF_SUB_CRITERIA.filter((sub) => sub.criterion === criterion.number).map((sub) => (
            <fieldset key={sub.code} className="caf-sub">
              <legend>
                <span className="caf-code">{sub.code}</span> {sub.name[language]}
              </legend>
              <p className="field__hint">{sub.description[language]}</p>
              <ScoreFields
                idPrefix="mine"
                sub={sub}
                entry={shown[sub.code] ?? EMPTY_ENTRY}
                onChange={(field, value) => change(sub.code, field, value)}
                onLeave={() => void save()}
                scoreLabel={t('caf.scoring.myScore')}
              />
            </fieldset>
          ))}
        </section>
      ))}
      <p>
        <button type="submit" disabled={state.kind === 'saving'}>
          {t('caf.scoring.save')}
        </button>
      </p>
    </form>
  );
}
