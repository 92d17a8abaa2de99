import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PeerGroupBasis } from '@officebench/domain';
import type { PeerGroupEntity } from '../entities/peer-group.entity';

@ObjectType('PeerGroup')
export class PeerGroupModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { description: 'ALL, KIND, REGION, SIZE_BAND or CUSTOM' }) basis!: PeerGroupBasis;

  static from({ id, name, basis }: PeerGroupEntity): PeerGroupModel {
    return Object.assign(new PeerGroupModel(), { id, name, basis });
  }
}
