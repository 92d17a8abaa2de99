import { SUPPRESSION_REASONS } from '@officebench/domain';
import { graphqlEnum } from '../../../common/graphql-enum';

export const SuppressionReasonEnum = graphqlEnum('SuppressionReason', SUPPRESSION_REASONS);
