import { useQuery } from '@apollo/client/react';
import { useT } from '../../../app/i18n';
import { CheckboxGroup } from '../../../components/CheckboxGroup';
import { CAF_GROUP_CANDIDATES_QUERY } from '../graphql/caf-group-candidates.query';

interface GroupChoiceProps {
  id: string;
  programmeId: string;
  officeId: string;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error?: string;
}

/** The self-assessment group to choose: the office's coordinators and CAF assessors, as checkboxes. */
export function GroupChoice({ id, programmeId, officeId, selected, onChange, error }: GroupChoiceProps) {
  const t = useT();
  const candidates = useQuery(CAF_GROUP_CANDIDATES_QUERY, { variables: { programmeId, officeId } });
  return (
    <CheckboxGroup
      id={id}
      legend={t('caf.group.legend')}
      hint={t('caf.group.hint')}
      options={(candidates.data?.cafGroupCandidates ?? []).map(({ userId, displayName, email }) => ({
        value: userId,
        label: `${displayName} (${email})`,
      }))}
      selected={selected}
      onChange={onChange}
      error={error}
      emptyText={candidates.loading ? t('caf.group.loading') : t('caf.group.noCandidates')}
    />
  );
}
