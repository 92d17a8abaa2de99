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

/** What the API gives (cafRadar.peers[].suppressionReason): released but withheld, or not released yet. */
export const SUPPRESSION_REASONS = ['NOT_PUBLISHED', 'NOT_RELEASED'] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

/** Why a group's means are not shown, as the messages name it (an unknown reason reads as not released). */
export function suppressionReasonOf(group: RadarPeerGroup): SuppressionReason {
  const reason = group.suppressionReason;
  return (SUPPRESSION_REASONS as readonly (string | null | undefined)[]).includes(reason) ? (reason as SuppressionReason) : 'NOT_RELEASED';
}
