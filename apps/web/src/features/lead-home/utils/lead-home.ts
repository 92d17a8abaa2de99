import { reviewSearch } from '../../../lib/review-queue';
import { programmeReportsPath } from '../../../lib/paths';

const segment = encodeURIComponent;

/**
 * Where each figure of the lead's home leads. The practices' paths are Polish, as the router has them;
 * the settings page is /programmes/:id/settings/:section.
 */
export function homePaths(programmeId: string) {
  const base = `/programmes/${segment(programmeId)}`;
  return {
    about: `${base}/about`,
    reports: programmeReportsPath(programmeId),
    completeness: (periodId: string) => `${base}/completeness?period=${segment(periodId)}`,
    review: (periodId: string | null = null) => `${base}/review${reviewSearch({ periodId, status: 'SUBMITTED' })}`,
    targets: `${base}/targets`,
    distribution: (periodId: string, indicatorCode: string) =>
      `${base}/distribution?period=${segment(periodId)}&indicator=${segment(indicatorCode)}`,
    /** The distribution page, where the lead publishes a period's results. */
    publish: (periodId: string) => `${base}/distribution?period=${segment(periodId)}`,
    /** The settings page's periods, where the lead locks and reopens them. */
    periodSettings: `${base}/settings/periods`,
    practices: '/praktyki',
    practice: (practiceId: string) => `/praktyki/${segment(practiceId)}`,
  };
}

/** Offices on track as a share of the offices with data (0..1); null when no office has data yet. */
export function shareOnTrack({ officesOnTrack, officesWithData }: { officesOnTrack: number; officesWithData: number }): number | null {
  return officesWithData === 0 ? null : officesOnTrack / officesWithData;
}

/** The completeness figures the home shows, in the order read: handed in first, then what is missing. */
export const COMPLETENESS_FIGURES = ['submitted', 'approved', 'late', 'returned', 'draft', 'notStarted'] as const;
export type CompletenessFigure = (typeof COMPLETENESS_FIGURES)[number];

/** Offices that have done their part: submitted (waiting for the lead) or approved. */
export function handedIn(counts: { submitted: number; approved: number }): number {
  return counts.submitted + counts.approved;
}
