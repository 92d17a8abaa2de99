/**
 * The disclosure rules of `docs/comparisons.md`: which peer statistics an office may see.
 *
 * k is the programme's anonymity threshold. Every published aggregate, read directly or derived by
 * adding and subtracting published cells, must cover at least k + 1 offices, so that any viewer, even
 * one of them, learns at most something about k others.
 */

export const SUPPRESSION_REASONS = ['TOO_FEW_OFFICES', 'DOMINANCE', 'NESTED_GROUP', 'NOT_RELEASED'] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

/** No single office may hold more than this share of a cell's summed numerator, denominator or count. */
export const DOMINANCE_SHARE = 0.75;
export const SIGNIFICANT_DIGITS = 3;

/** Contributors a cell needs: k others than any viewing office, who may be one of them. */
export function minimumContributors(k: number): number {
  return k + 1;
}

/** Median and quartiles only from 2k contributors: at small n a quantile is one office's value. */
export function quantilesAllowed(contributors: number, k: number): boolean {
  return contributors >= 2 * k;
}

/**
 * Rounds to `digits` significant digits, halves away from zero, reading the number as the decimal it
 * prints as (8.825 is stored as 8.82499…; it rounds to 8.83, as a person would).
 */
export function roundSignificant(x: number, digits = SIGNIFICANT_DIGITS): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [mantissa, exponent] = Math.abs(x).toExponential(14).split('e');
  const rounded = Math.round(Number(`${mantissa}e${digits - 1}`));
  return Math.sign(x) * Number(`${rounded}e${Number(exponent) - (digits - 1)}`);
}

/** The contributor count as a band, never the count itself. */
export function contributorsBand(contributors: number): string {
  if (contributors >= 20) return '20+';
  if (contributors >= 10) return '10-19';
  if (contributors >= 5) return '5-9';
  return '3-4';
}

/** Whether one office holds more than the dominance share of a non-negative total. */
export function dominates(largest: number, total: number): boolean {
  return total > 0 && largest > DOMINANCE_SHARE * total;
}

/** Dominance applies to ratio indicators (numerators and denominators) and to counts. */
export function dominanceApplies(indicator: { inputKind: 'VALUE' | 'RATIO'; unit: string }): boolean {
  return indicator.inputKind === 'RATIO' || indicator.unit === 'count';
}

/** What the database computes for one cell (programme, period, indicator, peer group), unrounded. */
export interface CellAggregate {
  contributors: number;
  mean: number;
  sumValue: number;
  maxValue: number;
  sumNumerator: number | null;
  maxNumerator: number | null;
  sumDenominator: number | null;
  maxDenominator: number | null;
  p25: number;
  median: number;
  p75: number;
}

export interface CellIndicator {
  inputKind: 'VALUE' | 'RATIO';
  unit: string;
  scale: number;
}

/** The threshold and dominance rules (primary suppression). */
export function primarySuppression(cell: CellAggregate, indicator: CellIndicator, k: number): 'TOO_FEW_OFFICES' | 'DOMINANCE' | null {
  if (cell.contributors < minimumContributors(k)) return 'TOO_FEW_OFFICES';
  if (!dominanceApplies(indicator)) return null;
  if (indicator.inputKind === 'RATIO') {
    if (dominates(cell.maxNumerator ?? 0, cell.sumNumerator ?? 0) || dominates(cell.maxDenominator ?? 0, cell.sumDenominator ?? 0))
      return 'DOMINANCE';
    return null;
  }
  return dominates(cell.maxValue, cell.sumValue) ? 'DOMINANCE' : null;
}

export interface PublishedStatistics {
  contributorsBand: string;
  mean: number;
  pooledRate: number | null;
  median: number | null;
  p25: number | null;
  p75: number | null;
}

/** The statistics a published cell shows: rounded, banded, quantiles only where allowed. */
export function publishedStatistics(cell: CellAggregate, indicator: CellIndicator, k: number): PublishedStatistics {
  const quantiles = quantilesAllowed(cell.contributors, k);
  const pooled =
    indicator.inputKind === 'RATIO' && cell.sumDenominator ? ((cell.sumNumerator ?? 0) / cell.sumDenominator) * indicator.scale : null;
  return {
    contributorsBand: contributorsBand(cell.contributors),
    mean: roundSignificant(cell.mean),
    pooledRate: pooled === null ? null : roundSignificant(pooled),
    median: quantiles ? roundSignificant(cell.median) : null,
    p25: quantiles ? roundSignificant(cell.p25) : null,
    p75: quantiles ? roundSignificant(cell.p75) : null,
  };
}

/** The viewer's quartile (1 = lowest values) against published quartiles; null without them. */
export function ownQuartile(
  own: number | null,
  quartiles: { p25: number | null; median: number | null; p75: number | null },
): number | null {
  const { p25, median, p75 } = quartiles;
  if (own === null || p25 === null || median === null || p75 === null) return null;
  if (own <= p25) return 1;
  if (own <= median) return 2;
  if (own <= p75) return 3;
  return 4;
}
