/** One spoke of the radar: a criterion's score, the previous cycle's and the chosen peer group's mean. */
export interface RadarRow {
  criterion: number;
  own: number | null;
  previous: number | null;
  peers: number | null;
}

export interface RadarPeerGroup {
  peerGroupId: string;
  means?: readonly number[] | null;
  suppressionReason?: string | null;
}

/** A peer group whose means may be shown (released, not suppressed). */
export function isShownPeerGroup(group: RadarPeerGroup): boolean {
  return !group.suppressionReason && group.means?.length === 9;
}

/** The 9 spokes; a suppressed group gives no peer values at all (never a number for it). */
export function radarRows(
  criteria: ReadonlyArray<{ criterion: number; score?: number | null; previousScore?: number | null }>,
  peers: RadarPeerGroup | undefined,
): RadarRow[] {
  const means = peers && isShownPeerGroup(peers) ? peers.means : null;
  return [...criteria]
    .sort((a, b) => a.criterion - b.criterion)
    .map(({ criterion, score, previousScore }) => ({
      criterion,
      own: score ?? null,
      previous: previousScore ?? null,
      peers: means?.[criterion - 1] ?? null,
    }));
}

/** The group shown first: the first whose means are released, else the first at all (to explain why not). */
export function defaultPeerGroup<G extends RadarPeerGroup>(groups: readonly G[]): G | undefined {
  return groups.find(isShownPeerGroup) ?? groups[0];
}
