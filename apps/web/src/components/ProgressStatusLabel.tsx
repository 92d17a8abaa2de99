import { useT } from '../app/i18n';
import type { ProgressStatus } from '../generated/graphql';
import { STATUS_LOOK } from '../lib/targets';
import './progress-status.css';

/** A target's status as an icon and a word in the status's colour, framed: it reads the same without colour. */
export function ProgressStatusLabel({ status }: { status: ProgressStatus }) {
  const t = useT();
  const { icon, colour } = STATUS_LOOK[status];
  return (
    <span className="progress-status" style={{ color: colour, borderColor: colour }}>
      <span aria-hidden="true">{icon}</span> {t(`progressStatus.${status}`)}
    </span>
  );
}
