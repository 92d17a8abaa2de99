import { REPORTING_OFFICE_KINDS, type OfficeKind } from '@officebench/domain';

export interface KindCount {
  kind: OfficeKind;
  count: number;
}

/** How many offices there are of each kind, for every kind of reporting office in the catalogue order (zeros included). */
export function countOfficesByKind(offices: readonly { kind: OfficeKind }[]): KindCount[] {
  return REPORTING_OFFICE_KINDS.map((kind) => ({ kind, count: offices.filter((office) => office.kind === kind).length }));
}
