export const OFFICE_KINDS = [
  'URBAN_GMINA',
  'RURAL_GMINA',
  'URBAN_RURAL_GMINA',
  'CITY_COUNTY',
  'COUNTY',
  'VOIVODESHIP',
] as const;

export type OfficeKind = (typeof OFFICE_KINDS)[number];

export function isOfficeKind(value: string): value is OfficeKind {
  return (OFFICE_KINDS as readonly string[]).includes(value);
}
