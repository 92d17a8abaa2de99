import { AuditLogEntity } from '../modules/audit/entities/audit-log.entity';
import { AccountTokenEntity } from '../modules/auth/entities/account-token.entity';
import { RoleGrantEntity } from '../modules/auth/entities/role-grant.entity';
import { SessionEntity } from '../modules/auth/entities/session.entity';
import { UserEntity } from '../modules/auth/entities/user.entity';
import { GoodPracticeEntity } from '../modules/good-practices/entities/good-practice.entity';
import { IndicatorEntity } from '../modules/indicators/entities/indicator.entity';
import { ProgrammeIndicatorEntity } from '../modules/indicators/entities/programme-indicator.entity';
import { OfficeEntity } from '../modules/offices/entities/office.entity';
import { PeerGroupMemberEntity } from '../modules/peer-groups/entities/peer-group-member.entity';
import { PeerGroupEntity } from '../modules/peer-groups/entities/peer-group.entity';
import { PeriodEntity } from '../modules/periods/entities/period.entity';
import { ProgrammeOfficeEntity } from '../modules/programmes/entities/programme-office.entity';
import { ProgrammeEntity } from '../modules/programmes/entities/programme.entity';
import { SubmissionValueEntity } from '../modules/submissions/entities/submission-value.entity';
import { SubmissionEntity } from '../modules/submissions/entities/submission.entity';

export const ENTITIES = [
  AccountTokenEntity,
  AuditLogEntity,
  GoodPracticeEntity,
  IndicatorEntity,
  OfficeEntity,
  PeerGroupEntity,
  PeerGroupMemberEntity,
  PeriodEntity,
  ProgrammeEntity,
  ProgrammeIndicatorEntity,
  ProgrammeOfficeEntity,
  RoleGrantEntity,
  SessionEntity,
  SubmissionEntity,
  SubmissionValueEntity,
  UserEntity,
];
