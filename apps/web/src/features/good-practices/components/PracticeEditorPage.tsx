import { useParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { QueryView } from '../../../components/QueryView';
import { useSessionUser } from '../../../lib/session/useAuth';
import { useCoordinatedOffices, type CoordinatedOffice } from '../hooks/useCoordinatedOffices';
import { usePractice, usePracticeIndicators } from '../hooks/usePractices';
import { PracticeEditor } from './PracticeEditor';
import { CoordinatorsOnly, PracticeMessage, PracticeNotFound } from './PracticeMessage';
import './practices.css';

/** `/praktyki/nowa` and `/praktyki/:id/edycja`: coordinators only (the API refuses the others anyway). */
export function PracticeEditorPage() {
  const { id } = useParams();
  const offices = useCoordinatedOffices();
  if (offices.length === 0) return <CoordinatorsOnly />;
  return id ? <EditExisting id={id} offices={offices} /> : <EditorWithIndicators practice={null} offices={offices} />;
}

function EditExisting({ id, offices }: { id: string; offices: CoordinatedOffice[] }) {
  const t = useT();
  const result = usePractice(id, { fresh: true });
  return (
    <QueryView result={result} keepDataOnError>
      {({ goodPractice: practice }) => {
        if (!practice) return <PracticeNotFound />;
        if (!practice.canEdit) return <PracticeMessage title={t('accounts.forbiddenTitle')} body={t('practices.notYours')} />;
        return <EditorWithIndicators key={practice.id} practice={practice} offices={offices} />;
      }}
    </QueryView>
  );
}

function EditorWithIndicators({ practice, offices }: Pick<Parameters<typeof PracticeEditor>[0], 'practice' | 'offices'>) {
  const user = useSessionUser();
  const { indicators, loading } = usePracticeIndicators();
  return <PracticeEditor practice={practice} userId={user.id} offices={offices} indicators={indicators} indicatorsLoading={loading} />;
}
