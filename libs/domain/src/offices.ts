export const OFFICE_KINDS = [
  'URBAN_GMINA',
  'RURAL_GMINA',
  'URBAN_RURAL_GMINA',
  'CITY_COUNTY',
  'COUNTY',
  'VOIVODESHIP',
  /** a local-government association (e.g. Związek Powiatów Polskich): publishes practices, not values */
  'ASSOCIATION',
] as const;

export type OfficeKind = (typeof OFFICE_KINDS)[number];

/** Kinds of office that take part in programmes and report values (an association only publishes practices). */
export type ReportingOfficeKind = Exclude<OfficeKind, 'ASSOCIATION'>;
export const REPORTING_OFFICE_KINDS = OFFICE_KINDS.filter((kind): kind is ReportingOfficeKind => kind !== 'ASSOCIATION');

export function isOfficeKind(value: string): value is OfficeKind {
  return (OFFICE_KINDS as readonly string[]).includes(value);
}

/**
 * The 16 voivodeships, as offices' `region` holds them (lower case, Polish, e.g. "dolnośląskie"), in
 * Polish alphabetical order. A practice search filters by one of them.
 */
export const REGIONS = [
  'dolnośląskie',
  'kujawsko-pomorskie',
  'lubelskie',
  'lubuskie',
  'łódzkie',
  'małopolskie',
  'mazowieckie',
  'opolskie',
  'podkarpackie',
  'podlaskie',
  'pomorskie',
  'śląskie',
  'świętokrzyskie',
  'warmińsko-mazurskie',
  'wielkopolskie',
  'zachodniopomorskie',
] as const;

export type Region = (typeof REGIONS)[number];
