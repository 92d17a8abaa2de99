import { OFFICE_KINDS, type OfficeKind } from '@officebench/domain';

export interface KindCount {
  kind: OfficeKind;
  count: number;
}

/** How many offices there are of each kind, for every kind in the catalogue order (zeros included). */
export function countOfficesByKind(offices: readonly { kind: OfficeKind }[]): KindCount[] {
  return OFFICE_KINDS.map((kind) => ({ kind, count: offices.filter((office) => office.kind === kind).length }));
}
