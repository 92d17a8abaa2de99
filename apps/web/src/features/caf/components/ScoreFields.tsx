import { CAF_CRITERIA, scoringBand, scoringPanel, type CafSubCriterion } from '@officebench/domain';
import { useI18n } from '../../../app/i18n';
import { TextAreaField } from '../../../components/TextAreaField';
import { TextField } from '../../../components/TextField';
import { parseScore, scoreProblem, type ScoreEntry, type ScoreField } from '../utils/score-draft';

interface ScoreFieldsProps {
  /** Unique on the page: the fields' ids start with it. */
  idPrefix: string;
  sub: CafSubCriterion;
  entry: ScoreEntry;
  onChange: (field: ScoreField, value: string) => void;
  /** The focus left one of the fields: the form saves then. */
  onLeave: () => void;
  /** "Twoja ocena" or "Ocena uzgodniona". */
  scoreLabel: string;
}

/**
 * One sub-criterion's score (0-100), with the scoring panel's band it falls in beside it as guidance, and
 * the evidence, strengths and areas for improvement behind it.
 */
export function ScoreFields({ idPrefix, sub, entry, onChange, onLeave, scoreLabel }: ScoreFieldsProps) {
  const { t, language } = useI18n();
  const criterion = CAF_CRITERIA.find(({ number }) => number === sub.criterion);
  const parsed = parseScore(entry.score);
  const band = criterion && 'score' in parsed && parsed.score !== null ? scoringBand(scoringPanel(criterion), parsed.score) : null;
  const problem = scoreProblem(entry.score);
  const id = (field: string) => `${idPrefix}-${sub.code}-${field}`;
  const set = (field: ScoreField) => (value: string) => onChange(field, value);
  return (
    <div className="caf-score-fields" onBlur={onLeave}>
      <div className="caf-score-line">
        <TextField
          id={id('score')}
          label={`${scoreLabel} (0–100)`}
          inputMode="numeric"
          autoComplete="off"
          className="caf-score-input"
          value={entry.score}
          onChange={set('score')}
          error={problem ? t(`caf.score.${problem}`) : undefined}
          describedBy={[id('band')]}
        />
        <p id={id('band')} className="caf-band">
          {band ? (
            <>
              <strong>{band.label[language]}</strong> {band.meaning[language]}
            </>
          ) : (
            t('caf.score.bandHint')
          )}
        </p>
      </div>
      <TextAreaField id={id('evidence')} label={t('caf.score.evidence')} rows={2} value={entry.evidence} onChange={set('evidence')} />
      <TextAreaField id={id('strengths')} label={t('caf.score.strengths')} rows={2} value={entry.strengths} onChange={set('strengths')} />
      <TextAreaField
        id={id('improvements')}
        label={t('caf.score.improvements')}
        rows={2}
        value={entry.improvements}
        onChange={set('improvements')}
      />
    </div>
  );
}
