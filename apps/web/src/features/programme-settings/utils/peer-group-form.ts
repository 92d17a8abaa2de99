import { foldText as fold, type OfficeKind } from '@officebench/domain';

export interface PickableOffice {
  id: string;
  name: string;
  kind: OfficeKind;
  region: string;
}

export interface OfficeFilter {
  /** Part of the office's name or region, in any case, with or without Polish letters. */
  text: string;
  /** An office kind, or '' for all. */
  kind: OfficeKind | '';
}

/** The offices the picker lists: those of the kind chosen whose name or region holds the text. */
export function filterOffices<O extends PickableOffice>(offices: readonly O[], { text, kind }: OfficeFilter): O[] {
  const wanted = fold(text.trim());
  return offices.filter(
    (office) =>
      (kind === '' || office.kind === kind) && (!wanted || fold(office.name).includes(wanted) || fold(office.region).includes(wanted)),
  );
}

/** The kinds present among the offices, in the order they first appear. */
export function kindsOf(offices: readonly PickableOffice[]): OfficeKind[] {
  return [...new Set(offices.map(({ kind }) => kind))];
}
