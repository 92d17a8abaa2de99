import type { Language } from './submission-checks';

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

/** An office's kind in words, singular ("gmina miejska", "county office"): exports and reports. */
const OFFICE_KIND_NAMES: Record<Language, Record<OfficeKind, string>> = {
  pl: {
    URBAN_GMINA: 'gmina miejska',
    RURAL_GMINA: 'gmina wiejska',
    URBAN_RURAL_GMINA: 'gmina miejsko-wiejska',
    CITY_COUNTY: 'miasto na prawach powiatu',
    COUNTY: 'starostwo powiatowe',
    VOIVODESHIP: 'urząd marszałkowski',
    ASSOCIATION: 'związek jednostek samorządu',
  },
  en: {
    URBAN_GMINA: 'urban gmina',
    RURAL_GMINA: 'rural gmina',
    URBAN_RURAL_GMINA: 'urban-rural gmina',
    CITY_COUNTY: 'city with county rights',
    COUNTY: 'county office',
    VOIVODESHIP: 'voivodeship office',
    ASSOCIATION: 'local-government association',
  },
};

export function officeKindName(kind: OfficeKind, language: Language): string {
  return OFFICE_KIND_NAMES[language][kind] ?? kind;
}
