import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../app/i18n';
import { ErrorSummary, type ErrorItem } from '../../../components/ErrorSummary';
import { Notice } from '../../../components/Notice';
import { TextField } from '../../../components/TextField';
import { downloadBlob } from '../../../lib/downloads';
import { CREATE_SURVEY_INVITATIONS_MUTATION } from '../graphql/create-survey-invitations.mutation';
import type { SurveyRound } from '../graphql/survey-office.query';
import { useRefusalText } from '../../../app/useErrorMessage';
import { absoluteUrl, invitationsCsv, invitationsFileName, parseInvitationCount } from '../utils/links';

interface InvitationsProps {
  round: SurveyRound;
  /** The list of links is what a print shows now. */
  printing: boolean;
  print: () => void;
}

/** Single-use links of an employee round: made in the number asked for and shown this once. */
export function Invitations({ round, printing, print }: InvitationsProps) {
  const t = useT();
  const refusal = useRefusalText();
  const [create, { loading }] = useMutation(CREATE_SURVEY_INVITATIONS_MUTATION, { refetchQueries: ['SurveyOffice'] });
  const [countText, setCountText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [links, setLinks] = useState<readonly string[] | null>(null);
  const fieldId = `survey-invitations-${round.id}`;
  const origin = window.location.origin;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseInvitationCount(countText);
    if ('problem' in parsed) {
      const text = t(`surveys.invitations.${parsed.problem}`);
      setProblem(text);
      setErrors([{ fieldId, text }]);
      return;
    }
    setProblem(undefined);
    setErrors([]);
    try {
      const { data } = await create({ variables: { roundId: round.id, count: parsed.count } });
      if (data) setLinks(data.createSurveyInvitations.links);
      setCountText('');
    } catch (error) {
      setErrors([{ text: refusal(error) }]);
    }
  };

  const title = t('surveys.invitations.fileTitle', { period: round.periodLabel });
  const downloadCsv = (made: readonly string[]) =>
    downloadBlob(
      new Blob([invitationsCsv([t('surveys.invitations.number'), t('surveys.invitations.link')], made, origin)], {
        type: 'text/csv;charset=utf-8',
      }),
      invitationsFileName(title),
    );

  return (
    <>
      <h4>{t('surveys.invitations.title')}</h4>
      <p>{t('surveys.invitations.intro')}</p>
      {links && (
        <Notice takeFocus>
          <p>{t('surveys.invitations.made', { count: links.length })}</p>
          <p className="warning-text">{t('surveys.invitations.warning')}</p>
          <div className={printing ? 'survey-links print-target' : 'survey-links'}>
            <p className="survey-links__title">{title}</p>
            <ol aria-label={t('surveys.invitations.list')} className="survey-links__list">
              {links.map((link) => (
                <li key={link}>{absoluteUrl(origin, link)}</li>
              ))}
            </ol>
          </div>
          <p className="inline-links">
            <button type="button" className="secondary" onClick={() => downloadCsv(links)}>
              {t('surveys.invitations.csv')}
            </button>
            <button type="button" className="secondary" onClick={print}>
              {t('surveys.invitations.print')}
            </button>
          </p>
        </Notice>
      )}
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={(event) => void submit(event)} className="form surveys-inline-form" aria-busy={loading}>
        <TextField
          id={fieldId}
          label={t('surveys.invitations.count')}
          hint={t('surveys.invitations.countHint')}
          inputMode="numeric"
          autoComplete="off"
          value={countText}
          onChange={setCountText}
          error={problem}
        />
        <button type="submit" disabled={loading}>
          {loading ? t('surveys.invitations.creating') : t('surveys.invitations.submit')}
        </button>
      </form>
    </>
  );
}
