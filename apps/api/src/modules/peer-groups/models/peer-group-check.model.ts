import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PeerGroupCheck', { description: 'Lead only: whether a custom group of these offices would be accepted, and if not, why' })
export class PeerGroupCheckModel {
  @Field({ description: 'createPeerGroup would accept these members (the name is checked only when the group is created)' })
  accepted!: boolean;
  @Field(() => String, { nullable: true, description: 'Why not, in the request’s language, as createPeerGroup would refuse it' })
  reason!: string | null;
  @Field(() => Int, { description: 'Distinct offices chosen' }) members!: number;
  @Field(() => Int, { description: 'The fewest offices a group may hold: the programme’s threshold k + 1' }) minimum!: number;
}
