import {
  CAF_CRITERIA,
  CAF_MAX_TOTAL,
  computeIndicatorValue,
  type IndicatorDefinition,
  type ReportingOfficeKind,
  seededRandom,
  subCriteriaOf,
} from '@officebench/domain';

/**
 * Deterministic, plausible SYNTHETIC demo values. Nothing here is a real office's figure: each office
 * gets a starting level and an improvement trend drawn from a seeded generator, so every start of a
 * fresh demo database shows the same numbers.
 */

function seedOf(...parts: Array<string | number>): number {
  let hash = 2166136261;
  for (const char of parts.join('|')) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

const between = (random: () => number, [low, high]: readonly [number, number]) => low + random() * (high - low);

/** Synthetic headcount and population by office kind. */
const SIZE_BY_KIND: Record<ReportingOfficeKind, { employees: [number, number]; population: [number, number] }> = {
  URBAN_GMINA: { employees: [70, 320], population: [6_000, 120_000] },
  RURAL_GMINA: { employees: [25, 60], population: [4_000, 25_000] },
  URBAN_RURAL_GMINA: { employees: [40, 130], population: [7_000, 40_000] },
  CITY_COUNTY: { employees: [400, 1_200], population: [100_000, 600_000] },
  COUNTY: { employees: [110, 260], population: [60_000, 180_000] },
  VOIVODESHIP: { employees: [700, 1_100], population: [2_000_000, 3_000_000] },
};

export function syntheticSize(officeName: string, kind: ReportingOfficeKind): { employees: number; population: number } {
  const random = seededRandom(seedOf('size', officeName));
  const size = SIZE_BY_KIND[kind];
  return { employees: Math.round(between(random, size.employees)), population: Math.round(between(random, size.population) / 10) * 10 };
}

/**
 * How an indicator behaves in the demo: its starting level, its change per period (signed, in the
 * indicator's unit) and, for ratios, the denominator per period ('employees' scales with headcount).
 */
interface Profile {
  start: [number, number];
  step: [number, number];
  denominator?: [number, number] | { perEmployee: [number, number] };
}

const PROFILES: Record<string, Profile> = {
  CLIENT_SATISFIED_PCT: { start: [52, 70], step: [5, 10], denominator: [150, 600] },
  EMPLOYEE_SATISFIED_PCT: { start: [48, 68], step: [5, 10], denominator: { perEmployee: [0.6, 0.9] } },
  CAF_TOTAL_SCORE: { start: [260, 430], step: [55, 95] },
  CASE_HANDLING_DAYS: { start: [9, 21], step: [-0.6, -0.1], denominator: { perEmployee: [15, 30] } },
  CASES_ON_TIME_PCT: { start: [84, 95], step: [0.1, 0.6], denominator: { perEmployee: [15, 30] } },
  APPEALS_OVERTURNED_PCT: { start: [10, 30], step: [-1.2, 0.2], denominator: [8, 60] },
  LOCAL_LAW_INVALIDATED_PCT: { start: [2, 9], step: [-1.5, 0.3], denominator: [40, 160] },
  COMPLAINTS_PER_1000_CASES: { start: [0.8, 4.5], step: [-0.2, 0.05], denominator: { perEmployee: [15, 30] } },
  DESK_WAIT_MINUTES: { start: [5, 16], step: [-0.6, 0], denominator: { perEmployee: [40, 90] } },
  E_SERVICES_COUNT: { start: [3, 35], step: [0.5, 3] },
  E_APPLICATIONS_PCT: { start: [0.5, 7], step: [0.3, 1.4], denominator: { perEmployee: [20, 40] } },
  E_DOCUMENT_FLOW_PCT: { start: [4, 35], step: [1.5, 5], denominator: { perEmployee: [80, 160] } },
  TRAINING_HOURS_PER_EMPLOYEE: { start: [2, 7], step: [-0.2, 0.5], denominator: { perEmployee: [1, 1] } },
  EMPLOYEES_TRAINED_PCT: { start: [18, 55], step: [0.5, 3], denominator: { perEmployee: [1, 1] } },
  STAFF_TURNOVER_PCT: { start: [0.8, 4], step: [-0.15, 0.05], denominator: { perEmployee: [1, 1] } },
  ABSENCE_RATE_PCT: { start: [3, 7], step: [-0.15, 0.1], denominator: { perEmployee: [61, 63] } },
  COST_PER_CASE_PLN: { start: [70, 240], step: [-12, 4], denominator: { perEmployee: [60, 120] } },
  CORRECTIVE_ACTIONS_ON_TIME_PCT: { start: [55, 85], step: [0.5, 3], denominator: [4, 30] },
  INTERNAL_AUDITS_DONE_PCT: { start: [65, 95], step: [0, 2], denominator: [3, 12] },
  IMPROVEMENT_ACTIONS_DONE_PCT: { start: [25, 60], step: [2, 6], denominator: [6, 40] },
  BIP_UPDATES_ON_TIME_PCT: { start: [78, 96], step: [0.2, 1.2], denominator: [40, 300] },
};

export interface SyntheticIndicator extends IndicatorDefinition {
  code: string;
}

export interface SyntheticEntry {
  value: number;
  numerator: number | null;
  denominator: number | null;
}

/**
 * The entry of one office for one indicator in the period with this index (0 = first period of its
 * kind). Ratio entries have whole-number parts and the value computed from them, as a user's would.
 */
export function syntheticEntry(indicator: SyntheticIndicator, officeName: string, employees: number, periodIndex: number): SyntheticEntry {
  const profile = PROFILES[indicator.code];
  if (!profile) throw new Error(`No synthetic profile for indicator ${indicator.code}`);
  const officeRandom = seededRandom(seedOf(indicator.code, officeName));
  const start = between(officeRandom, profile.start);
  const step = between(officeRandom, profile.step);
  const periodRandom = seededRandom(seedOf(indicator.code, officeName, periodIndex));
  const noise = (periodRandom() - 0.5) * Math.abs(step || 1);
  const low = indicator.minValue ?? 0;
  const high = indicator.maxValue ?? Number.MAX_SAFE_INTEGER;
  const target = Math.min(high, Math.max(low, start + step * periodIndex + noise));

  if (indicator.inputKind === 'VALUE') {
    return { value: Math.round(target), numerator: null, denominator: null };
  }
  const basis = profile.denominator ?? [1, 1];
  const denominator = Math.max(
    1,
    Math.round(Array.isArray(basis) ? between(periodRandom, basis) : employees * between(periodRandom, basis.perEmployee)),
  );
  const numerator = Math.round((target / indicator.scale) * denominator);
  // Rounding cannot pass high / scale * denominator (a whole number for every catalogue indicator), so the value stays in range.
  return { value: computeIndicatorValue(indicator, { numerator, denominator }) as number, numerator, denominator };
}

/**
 * A synthetic consensus of a CAF self-assessment whose total (the sum of the 9 criterion means) is exactly
 * `total`, a whole number from 0 to 900: each criterion scores a whole number near total / 9 (results a
 * little below enablers, as in the source programmes' first cycles), and its sub-criteria spread around
 * it in pairs that cancel, so that their mean is the criterion's score. Individual scores of the group's
 * members are the consensus give or take a few points (`assessorScores`).
 */
export function syntheticCafConsensus(officeName: string, periodIndex: number, total: number): Map<string, number> {
  if (!Number.isInteger(total) || total < 0 || total > CAF_MAX_TOTAL) throw new Error(`not a CAF total: ${total}`);
  const random = seededRandom(seedOf('caf', officeName, periodIndex));
  const criteria = CAF_CRITERIA.map(({ kind }) =>
    Math.min(100, Math.max(0, Math.round(total / 9 + (kind === 'ENABLER' ? 4 : -5) + (random() - 0.5) * 12))),
  );
  // Move the rounding's difference onto the criteria with room, one point at a time.
  for (let gap = total - criteria.reduce((sum, c) => sum + c, 0), i = 0; gap !== 0; i = (i + 1) % 9) {
    const step = Math.sign(gap);
    if (criteria[i] + step >= 0 && criteria[i] + step <= 100) {
      criteria[i] += step;
      gap -= step;
    }
  }
  const scores = new Map<string, number>();
  CAF_CRITERIA.forEach(({ number }, i) => {
    const subs = subCriteriaOf(number);
    const room = Math.min(criteria[i], 100 - criteria[i], 10);
    subs.forEach(({ code }, k) => {
      const pair = Math.floor(k / 2);
      const unpaired = subs.length % 2 === 1 && k === subs.length - 1;
      const spread = unpaired ? 0 : Math.round(room * (0.3 + 0.7 * seededRandom(seedOf('caf', officeName, periodIndex, number, pair))()));
      scores.set(code, criteria[i] + (unpaired ? 0 : k % 2 === 0 ? spread : -spread));
    });
  });
  return scores;
}

/** One group member's individual scores: the consensus give or take up to 12 points, within 0-100. */
export function syntheticAssessorScores(consensus: ReadonlyMap<string, number>, assessor: string): Map<string, number> {
  const random = seededRandom(seedOf('assessor', assessor));
  return new Map([...consensus].map(([code, score]) => [code, Math.min(100, Math.max(0, score + Math.round((random() - 0.5) * 24)))]));
}
