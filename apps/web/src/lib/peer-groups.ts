/** A peer group as the page chooses among them: its basis and its members (public facts). */
export interface ChoosableGroup {
  id: string;
  basis: string;
  members: readonly { id: string }[];
}

/**
 * The group the page starts with: the group of the office's own kind (basis KIND, the office among its
 * members), else the programme's ALL group, else the first group; null when there is none.
 */
export function defaultPeerGroupId(groups: readonly ChoosableGroup[], officeId: string): string | null {
  const ownKind = groups.find(({ basis, members }) => basis === 'KIND' && members.some(({ id }) => id === officeId));
  return (ownKind ?? groups.find(({ basis }) => basis === 'ALL') ?? groups[0])?.id ?? null;
}
