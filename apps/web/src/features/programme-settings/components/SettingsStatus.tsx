import { Notice } from '../../../components/Notice';

/**
 * A section's news after a change. It takes the focus each time it changes: the control that led to it
 * may be gone (a locked period's lock button, a removed row).
 */
export function SettingsStatus({ status }: { status: string | null }) {
  return status ? (
    <Notice key={status} takeFocus>
      {status}
    </Notice>
  ) : null;
}
