import { practiceOffices } from '@officebench/domain';
import { useParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { useSessionUser } from '../../../lib/session/useAuth';
import { actorOf } from '../../../lib/session/roles';
import { usePractice, usePracticeIndicators } from '../hooks/usePractices';
import { PracticeEditor } from './PracticeEditor';
import { PracticeMessage } from './PracticeMessage';
import './practices.css';

/** The offices the signed-in coordinator writes practices for, with their names. */
function useCoordinatedOffices(): { id: string; name: string }[] {
  const user = useSessionUser();
  const ids = practiceOffices(actorOf(user.id, user.roles));
  return ids.map((id) => ({ id, name: user.roles.find(({ office }) => office?.id === id)?.office?.name ?? id }));
}

/** `/praktyki/nowa` and `/praktyki/:id/edycja`: coordinators only (the API refuses the others anyway). */
export function PracticeEditorPage() {
  const t = useT();
  const { id } = useParams();
  const offices = useCoordinatedOffices();
  if (offices.length === 0) return <PracticeMessage title={t('accounts.forbiddenTitle')} body={t('practices.coordinatorsOnly')} />;
  return id ? <EditExisting id={id} offices={offices} /> : <EditorWithIndicators practice={null} offices={offices} />;
}

function EditExisting({ id, offices }: { id: string; offices: { id: string; name: string }[] }) {
  const t = useT();
  const { data, loading, error, refetch } = usePractice(id, { fresh: true });
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState onRetry={refetch} error={error} />;
  const practice = data?.goodPractice;
  if (!practice) return <PracticeMessage title={t('practices.notFound.title')} body={t('practices.notFound.body')} />;
  if (!practice.canEdit) return <PracticeMessage title={t('accounts.forbiddenTitle')} body={t('practices.notYours')} />;
  return <EditorWithIndicators key={practice.id} practice={practice} offices={offices} />;
}

function EditorWithIndicators({ practice, offices }: Pick<Parameters<typeof PracticeEditor>[0], 'practice' | 'offices'>) {
  const user = useSessionUser();
  const { indicators, loading } = usePracticeIndicators();
  return <PracticeEditor practice={practice} userId={user.id} offices={offices} indicators={indicators} indicatorsLoading={loading} />;
}
