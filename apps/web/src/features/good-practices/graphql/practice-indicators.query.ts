import { gql, type TypedDocumentNode } from '@apollo/client';

export interface CatalogueIndicator {
  code: string;
  name: string;
  nameEn: string;
  cafCriterion: number | null;
}

export interface PracticeIndicatorsData {
  /** The programmes the viewer holds a role in (an admin: all), with their indicators. */
  programmes: { id: string; name: string; indicators: CatalogueIndicator[] }[];
}

/** The indicators a practice can be linked to and searched by: those of the viewer's programmes. */
export const PRACTICE_INDICATORS_QUERY: TypedDocumentNode<PracticeIndicatorsData, Record<string, never>> = gql`
  query PracticeIndicators {
    programmes {
      id
      name
      indicators {
        code
        name
        nameEn
        cafCriterion
      }
    }
  }
`;
