import { cafOfficePath } from '../../../lib/session/roles';

export { cafOfficePath };

/** One self-assessment's page, under its office's. */
export function cafCyclePath(programmeId: string, officeId: string, cycleId: string): string {
  return `${cafOfficePath(programmeId, officeId)}/${encodeURIComponent(cycleId)}`;
}
