import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ACCESS_RULE } from '../src/common/access/access.decorator';
import { DEMO_ADMIN_EMAIL, DEMO_LEAD_EMAIL, demoCoordinatorEmail } from '../src/database/seed/demo-seed';
import {
  addSecondProgramme,
  coordinator,
  createUser,
  demoIds,
  type DemoIds,
  freshCafCycle,
  surveyRoundIn,
  lead,
  linkTokenFor,
  practiceIn,
  submissionIn,
} from './support/fixtures';
import { cafCycleIn } from './support/caf-cycles';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * Every query and mutation of the schema, called by every kind of caller, with what each may do.
 * A new operation must be added to OPERATIONS, or the first test fails.
 */
/** A metadata key @nestjs/graphql puts on every @Query, @Mutation and @ResolveField method (its value may be undefined). */
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';

/** `assessor`: a CAF assessor (OFFICE_ASSESSOR) of demo office 1, the office `coordinator` coordinates. */
const CALLERS = ['anonymous', 'admin', 'lead', 'otherLead', 'coordinator', 'otherCoordinator', 'foreignCoordinator', 'assessor'] as const;
type Caller = (typeof CALLERS)[number];
type Outcome = 'allowed' | 'refused';

interface World {
  demo: DemoIds;
  second: { programmeId: string; periodId: string };
  api: TestApi;
}

interface Operation {
  /** who may; everyone else must be refused */
  allowed: readonly Caller[] | 'everyone';
  /** the request, made fresh for each call (a mutation gets its own victim) */
  request(world: World): Promise<{ query: string; variables?: Record<string, unknown> }>;
  /** the call ends the caller's session (logout, or login replacing it): give it a session of its own */
  ownSession?: boolean;
  /**
   * For an object addressed by an id that row-level security hides: the callers who can see it (and
   * are refused FORBIDDEN); the others are answered NOT_FOUND, so not even its existence shows.
   */
  visibleTo?: readonly Caller[];
  /**
   * A query that answers a caller who may not see the object with null rather than an error (cafCycle):
   * the refused get null and no error, the allowed a non-null answer.
   */
  refusedAsNull?: boolean;
}

let counter = 0;
const unique = (prefix: string) => `${prefix}.${++counter}@test.officebench.local`;

const userIdOf = async (api: TestApi, email: string): Promise<string> =>
  (await api.owner.query('SELECT id FROM app_user WHERE email = $1', [email]))[0].id;

const TABLE_ASSESSOR_EMAIL = 'assessor.table@test.officebench.local';

/** A CAF self-assessment of demo office 1 in a fresh CAF period, its group office 1's coordinator and assessor (see cafCycleIn). */
async function cafCycleOfOffice1(
  { api, demo }: World,
  options: { scored?: boolean; state?: 'SCORING' | 'CONSENSUS'; agreed?: boolean } = {},
): Promise<{ id: string; version: number }> {
  return cafCycleIn(api.owner, {
    programmeId: demo.programmeId,
    officeId: demo.officeIds[0],
    periodId: await freshCafCycle(api.owner, demo.programmeId),
    assessorIds: [await userIdOf(api, demoCoordinatorEmail(1)), await userIdOf(api, TABLE_ASSESSOR_EMAIL)],
    ...options,
  });
}

/** A programme report of the demo's previous quarter waiting in its table (no job: it stays queued), by the demo lead. */
async function queuedReport(api: TestApi, demo: DemoIds): Promise<string> {
  const [{ id }] = await api.owner.query(
    `INSERT INTO programme_report (programme_id, period_id, language, requested_by, data_version)
     VALUES ($1, $2, 'pl', $3, gen_random_uuid()::text) RETURNING id`,
    [demo.programmeId, demo.previousQuarterId, await userIdOf(api, DEMO_LEAD_EMAIL)],
  );
  return id;
}

const OPERATIONS: Record<string, Operation> = {
  'Query.me': { allowed: 'everyone', request: async () => ({ query: '{ me { id roles { role } } }' }) },
  'Query.cafModel': {
    allowed: ['admin', 'lead', 'otherLead', 'coordinator', 'otherCoordinator', 'foreignCoordinator', 'assessor'],
    request: async () => ({ query: '{ cafModel { number subCriteria { code } } }' }),
  },
  'Query.programmes': {
    allowed: ['admin', 'lead', 'otherLead', 'coordinator', 'otherCoordinator', 'foreignCoordinator', 'assessor'],
    request: async () => ({ query: '{ programmes { id offices { name } } }' }),
  },
  'Query.programme': {
    allowed: ['admin', 'lead', 'coordinator', 'otherCoordinator', 'assessor'],
    request: async ({ demo }) => ({
      query: 'query($id: ID!) { programme(id: $id) { name periods { label } } }',
      variables: { id: demo.programmeId },
    }),
  },
  'Query.submission': {
    allowed: ['lead', 'coordinator'],
    request: async ({ demo }) => ({
      query: 'query($o: ID!, $p: ID!) { submission(officeId: $o, periodId: $p) { status values { value indicator { code } } } }',
      variables: { o: demo.officeIds[0], p: demo.openQuarterId },
    }),
  },
  'Query.submissionForm': {
    allowed: ['lead', 'coordinator'],
    request: async ({ demo }) => ({
      query:
        'query($o: ID!, $p: ID!) { submissionForm(officeId: $o, periodId: $p) { editable lines { indicator { code } previousValue } } }',
      variables: { o: demo.officeIds[0], p: demo.openQuarterId },
    }),
  },
  'Query.completeness': {
    allowed: ['lead'],
    request: async ({ demo }) => ({
      query: 'query($p: ID!) { completeness(programmeId: $p) { status isLate office { name } } }',
      variables: { p: demo.programmeId },
    }),
  },
  'Query.reviewList': {
    allowed: ['lead'],
    request: async ({ demo }) => ({
      query: 'query($p: ID!) { reviewList(programmeId: $p, status: SUBMITTED) { warningCount submission { id } } }',
      variables: { p: demo.programmeId },
    }),
  },
  'Query.importPeriods': {
    // anyone who may see the programme (a lead, an admin or an assessor gets an empty list: they import nothing)
    allowed: ['admin', 'lead', 'coordinator', 'otherCoordinator', 'assessor'],
    request: async ({ demo }) => ({
      query: 'query($p: ID!) { importPeriods(programmeId: $p) { importable period { label } offices { officeName status } } }',
      variables: { p: demo.programmeId },
    }),
  },
  'Mutation.approveSubmissions': {
    allowed: ['lead'],
    request: async ({ api, demo }) => {
      const periodId = await freshCafCycle(api.owner, demo.programmeId);
      const { id, version } = await submissionIn(api.owner, demo.programmeId, periodId, demo.officeIds[0], 'SUBMITTED');
      return {
        query: 'mutation($i: ApproveSubmissionsInput!) { approveSubmissions(input: $i) { approvedCount } }',
        variables: { i: { programmeId: demo.programmeId, items: [{ submissionId: id, expectedVersion: version }] } },
      };
    },
  },
  'Mutation.saveValues': {
    allowed: ['coordinator'],
    request: async ({ api, demo }) => {
      const periodId = await freshCafCycle(api.owner, demo.programmeId);
      return {
        query: 'mutation($i: SaveValuesInput!) { saveValues(input: $i) { version } }',
        variables: {
          i: {
            officeId: demo.officeIds[0],
            periodId,
            expectedVersion: null,
            values: [{ indicatorCode: 'CAF_TOTAL_SCORE', value: 400, comment: 'x' }],
          },
        },
      };
    },
  },
  'Mutation.submitSubmission': {
    allowed: ['coordinator'],
    visibleTo: ['lead', 'coordinator'],
    request: async ({ api, demo }) => {
      const { id, version } = await submissionIn(
        api.owner,
        demo.programmeId,
        await freshCafCycle(api.owner, demo.programmeId),
        demo.officeIds[0],
        'DRAFT',
      );
      return {
        query: 'mutation($s: ID!, $v: Int!) { submitSubmission(submissionId: $s, expectedVersion: $v) { status } }',
        variables: { s: id, v: version },
      };
    },
  },
  ...Object.fromEntries(
    (
      [
        ['approveSubmission', 'SUBMITTED', ''],
        ['returnSubmission', 'SUBMITTED', ', reason: "popraw"'],
        ['reopenSubmission', 'APPROVED', ', reason: "korekta"'],
      ] as const
    ).map(([mutation, status, reason]): [string, Operation] => [
      `Mutation.${mutation}`,
      {
        allowed: ['lead'],
        visibleTo: ['lead', 'coordinator'],
        request: async ({ api, demo }) => {
          const { id } = await submissionIn(
            api.owner,
            demo.programmeId,
            await freshCafCycle(api.owner, demo.programmeId),
            demo.officeIds[0],
            status,
          );
          return { query: `mutation($s: ID!) { ${mutation}(submissionId: $s${reason}) { status } }`, variables: { s: id } };
        },
      },
    ]),
  ),
  'Mutation.createPeriod': {
    allowed: ['lead'],
    request: async ({ demo }) => ({
      query: 'mutation($i: CreatePeriodInput!) { createPeriod(input: $i) { id } }',
      variables: {
        i: {
          programmeId: demo.programmeId,
          kind: 'CAF_CYCLE',
          label: `CAF ${++counter}`,
          startsOn: '2013-03-01',
          endsOn: '2013-05-31',
          opensAt: '2013-06-01T00:00:00Z',
          deadline: '2013-06-30T00:00:00Z',
        },
      },
    }),
  },
  'Mutation.lockPeriod': {
    allowed: ['lead'],
    request: async ({ api, demo }) => ({
      query: 'mutation($p: ID!) { lockPeriod(periodId: $p) { state } }',
      variables: { p: await freshCafCycle(api.owner, demo.programmeId) },
    }),
  },
  'Mutation.reopenPeriod': {
    allowed: ['lead'],
    request: async ({ api, demo }) => ({
      query: 'mutation($p: ID!) { reopenPeriod(periodId: $p, until: "2099-01-01T00:00:00Z", reason: "spóźnione dane") { state } }',
      variables: { p: await freshCafCycle(api.owner, demo.programmeId, { lockedAt: '2011-01-02' }) },
    }),
  },
  ...Object.fromEntries(
    (
      [
        ['benchmark', 'query($pr: ID!, $p: ID!, $o: ID!) { benchmark(programmeId: $pr, periodId: $p, officeId: $o) { suppressed mean } }'],
        [
          'trend',
          'query($pr: ID!, $o: ID!) { trend(programmeId: $pr, officeId: $o, indicatorCode: "CASE_HANDLING_DAYS") { own peerMean } }',
        ],
        ['officeProgress', 'query($pr: ID!, $o: ID!) { officeProgress(programmeId: $pr, officeId: $o) { status baseline } }'],
      ] as const
    ).map(([query, text]): [string, Operation] => [
      `Query.${query}`,
      {
        allowed: ['lead', 'coordinator'],
        request: async ({ demo }) => ({ query: text, variables: { pr: demo.programmeId, p: demo.openQuarterId, o: demo.officeIds[0] } }),
      },
    ]),
  ),
  'Query.distribution': {
    allowed: ['lead'],
    request: async ({ demo }) => ({
      query:
        'query($pr: ID!, $p: ID!) { distribution(programmeId: $pr, periodId: $p, indicatorCode: "CASE_HANDLING_DAYS") { value status office { name } } }',
      variables: { pr: demo.programmeId, p: demo.openQuarterId },
    }),
  },
  'Query.programmeProgress': {
    allowed: ['lead'],
    request: async ({ demo }) => ({
      query: 'query($pr: ID!) { programmeProgress(programmeId: $pr) { shareOnTrack offices { baseline } } }',
      variables: { pr: demo.programmeId },
    }),
  },
  'Mutation.releasePeriod': {
    allowed: ['lead'],
    request: async ({ api, demo }) => ({
      query: 'mutation($p: ID!) { releasePeriod(periodId: $p) { releasedAt } }',
      variables: { p: await freshCafCycle(api.owner, demo.programmeId, { deadline: '2011-02-01' }) },
    }),
  },
  'Query.releasePreview': {
    allowed: ['lead'],
    request: async ({ demo }) => ({
      query: 'query($p: ID!) { releasePreview(periodId: $p) { due refused shown hidden { reason cells } } }',
      variables: { p: demo.openQuarterId },
    }),
  },
  'Mutation.sendReminders': {
    allowed: ['lead'],
    request: async ({ api, demo }) => ({
      query: 'mutation($pr: ID!, $p: ID!) { sendReminders(programmeId: $pr, periodId: $p) { remindedOffices alreadyReminded { id } } }',
      variables: { pr: demo.programmeId, p: await freshCafCycle(api.owner, demo.programmeId) },
    }),
  },
  'Query.leadHome': {
    allowed: ['lead'],
    request: async ({ demo }) => ({
      query: 'query($pr: ID!) { leadHome(programmeId: $pr) { daysToDeadline waiting { submissionsToReview } spread { relativeSpread } } }',
      variables: { pr: demo.programmeId },
    }),
  },
  'Query.reminders': {
    allowed: ['lead', 'coordinator', 'otherCoordinator'],
    request: async ({ demo }) => ({
      query: 'query($pr: ID!) { reminders(programmeId: $pr) { kind sentAt office { name } } }',
      variables: { pr: demo.programmeId },
    }),
  },
  'Query.peerGroupCheck': {
    allowed: ['lead'],
    request: async ({ demo }) => ({
      query: 'query($i: PeerGroupMembersInput!) { peerGroupCheck(input: $i) { accepted reason } }',
      variables: { i: { programmeId: demo.programmeId, officeIds: demo.officeIds.slice(0, 3) } },
    }),
  },
  'Mutation.createPeerGroup': {
    allowed: ['lead'],
    request: async ({ demo }) => ({
      query: 'mutation($i: PeerGroupInput!) { createPeerGroup(input: $i) { id basis } }',
      variables: { i: { programmeId: demo.programmeId, name: `Grupa ${++counter}`, officeIds: demo.officeIds } },
    }),
  },
  'Mutation.deletePeerGroup': {
    allowed: ['lead'],
    request: async ({ api, demo }) => {
      const [{ id }] = await api.owner.query(`INSERT INTO peer_group (programme_id, name, basis) VALUES ($1, $2, 'CUSTOM') RETURNING id`, [
        demo.programmeId,
        `Ofiara ${++counter}`,
      ]);
      return { query: 'mutation($g: ID!) { deletePeerGroup(peerGroupId: $g) }', variables: { g: id } };
    },
  },
  'Mutation.setTarget': {
    allowed: ['lead'],
    request: async ({ demo }) => ({
      query: 'mutation($i: TargetInput!) { setTarget(input: $i) { id kind value } }',
      variables: { i: { programmeId: demo.programmeId, indicatorCode: 'CASE_HANDLING_DAYS', kind: 'CHANGE', value: -++counter } },
    }),
  },
  'Mutation.removeTarget': {
    allowed: ['lead'],
    request: async ({ api, demo }) => {
      const [{ id }] = await api.owner.query(
        `INSERT INTO programme_target (programme_id, indicator_id, kind, value) SELECT $1, id, 'LEVEL', 5 FROM indicator WHERE code = 'DESK_WAIT_MINUTES'
         ON CONFLICT (programme_id, indicator_id) DO UPDATE SET value = 5 RETURNING id`,
        [demo.programmeId],
      );
      return { query: 'mutation($t: ID!) { removeTarget(targetId: $t) }', variables: { t: id } };
    },
  },
  ...Object.fromEntries(
    (['goodPractices', 'goodPractice', 'myGoodPractices'] as const).map((name): [string, Operation] => [
      `Query.${name}`,
      {
        allowed: ['admin', 'lead', 'otherLead', 'coordinator', 'otherCoordinator', 'foreignCoordinator', 'assessor'],
        request: async ({ api, demo }) => {
          const practice = await practiceIn(api.owner, demo.officeIds[1], 'PUBLISHED');
          const texts = {
            goodPractices: {
              query: 'query { goodPractices(query: "obsluga klienta", first: 2) { totalCount edges { highlight node { title } } } }',
            },
            goodPractice: { query: 'query($id: ID!) { goodPractice(id: $id) { title office { name } } }', variables: { id: practice } },
            myGoodPractices: { query: '{ myGoodPractices { id status } }' },
          };
          return texts[name];
        },
      },
    ]),
  ),
  'Query.practiceSuggestions': {
    allowed: ['lead', 'coordinator'],
    request: async ({ demo }) => ({
      query:
        'query($pr: ID!, $p: ID!, $o: ID!) { practiceSuggestions(programmeId: $pr, periodId: $p, officeId: $o) { indicator { code } practices { officeImproved } } }',
      variables: { pr: demo.programmeId, p: demo.openQuarterId, o: demo.officeIds[0] },
    }),
  },
  'Query.indicatorHistory': {
    allowed: ['lead', 'coordinator'],
    request: async ({ demo }) => ({
      query:
        'query($o: ID!, $p: ID!) { indicatorHistory(officeId: $o, periodId: $p, indicatorCode: "CASES_ON_TIME_PCT") { period { label } status value } }',
      variables: { o: demo.officeIds[0], p: demo.openQuarterId },
    }),
  },
  'Query.officeScorecard': {
    allowed: ['lead', 'coordinator'],
    request: async ({ demo }) => ({
      query:
        'query($pr: ID!, $o: ID!) { officeScorecard(programmeId: $pr, officeId: $o) { tasks { filledCount } lines { latest own mean versusMean } } }',
      variables: { pr: demo.programmeId, o: demo.officeIds[0] },
    }),
  },
  // Practices belong to the office, not to a programme: its coordinator through another programme writes them too.
  'Query.practiceDisclosure': {
    allowed: ['coordinator', 'foreignCoordinator'],
    request: async ({ demo }) => ({
      query: 'query($o: ID!) { practiceDisclosure(officeId: $o) { showImprovement } }',
      variables: { o: demo.officeIds[0] },
    }),
  },
  'Mutation.setPracticeDisclosure': {
    allowed: ['coordinator', 'foreignCoordinator'],
    request: async ({ demo }) => ({
      query: 'mutation($o: ID!) { setPracticeDisclosure(officeId: $o, showImprovement: false) { showImprovement } }',
      variables: { o: demo.officeIds[0] },
    }),
  },
  'Mutation.createGoodPractice': {
    allowed: ['coordinator', 'foreignCoordinator'],
    request: async ({ demo }) => ({
      query: 'mutation($i: GoodPracticeInput!) { createGoodPractice(input: $i) { id status } }',
      variables: {
        i: {
          officeId: demo.officeIds[0],
          title: `Praktyka ${++counter}`,
          summary: 'Krótko.',
          body: 'Opis.',
          cafCriteria: [3],
          indicatorCodes: [],
        },
      },
    }),
  },
  ...Object.fromEntries(
    (
      [
        [
          'updateGoodPractice',
          'DRAFT',
          'mutation($id: ID!) { updateGoodPractice(id: $id, input: { title: "Nowy tytuł", summary: "Krótko.", body: "Opis.", cafCriteria: [], indicatorCodes: [] }) { version } }',
        ],
        ['publishGoodPractice', 'DRAFT', 'mutation($id: ID!) { publishGoodPractice(id: $id) { status } }'],
        ['deleteGoodPractice', 'DRAFT', 'mutation($id: ID!) { deleteGoodPractice(id: $id) }'],
        ['withdrawGoodPractice', 'PUBLISHED', 'mutation($id: ID!) { withdrawGoodPractice(id: $id) { status } }'],
      ] as const
    ).map(([name, status, query]): [string, Operation] => [
      `Mutation.${name}`,
      {
        allowed: ['coordinator', 'foreignCoordinator'],
        // A draft is seen only by the office's coordinators: to everyone else it does not exist.
        ...(status === 'DRAFT' ? { visibleTo: ['coordinator', 'foreignCoordinator'] as const } : {}),
        request: async ({ api, demo }) => ({ query, variables: { id: await practiceIn(api.owner, demo.officeIds[0], status) } }),
      },
    ]),
  ),
  'Mutation.featureGoodPractice': {
    allowed: ['lead'],
    request: async ({ api, demo }) => ({
      query: 'mutation($id: ID!, $p: ID!) { featureGoodPractice(id: $id, programmeId: $p, featured: true) { featured } }',
      variables: { id: await practiceIn(api.owner, demo.officeIds[1], 'PUBLISHED'), p: demo.programmeId },
    }),
  },
  // CAF self-assessments (issue 19): an office's own people (its coordinators and its assessors) and, reading,
  // the programme's lead. Each call gets its own cycle of office 1 in a fresh CAF period, its group office 1's
  // coordinator and `assessor`. The lead and the assessor see the cycle, so a change they may not make is
  // FORBIDDEN (visibleTo); to everyone else the cycle does not exist (caf-cycles.integration-spec.ts goes further).
  'Query.cafOffice': {
    allowed: ['lead', 'coordinator', 'assessor'],
    request: async ({ demo }) => ({
      query:
        'query($pr: ID!, $o: ID!) { cafOffice(programmeId: $pr, officeId: $o) { officeName cycles { state } openablePeriods { id } } }',
      variables: { pr: demo.programmeId, o: demo.officeIds[0] },
    }),
  },
  'Query.cafCycle': {
    allowed: ['lead', 'coordinator', 'assessor'],
    refusedAsNull: true,
    request: async (world) => ({
      query: 'query($id: ID!) { cafCycle(id: $id) { state assessors { scored } myScores { score } individualScores { score } } }',
      variables: { id: (await cafCycleOfOffice1(world, { scored: true })).id },
    }),
  },
  'Query.cafGroupCandidates': {
    allowed: ['lead', 'coordinator'],
    request: async ({ demo }) => ({
      query: 'query($pr: ID!, $o: ID!) { cafGroupCandidates(programmeId: $pr, officeId: $o) { userId role } }',
      variables: { pr: demo.programmeId, o: demo.officeIds[0] },
    }),
  },
  'Query.cafRadar': {
    allowed: ['lead', 'coordinator', 'assessor'],
    visibleTo: ['lead', 'coordinator', 'assessor'],
    request: async (world) => ({
      query: 'query($c: ID!) { cafRadar(cycleId: $c) { released criteria { score } peers { means } } }',
      variables: { c: (await cafCycleOfOffice1(world)).id },
    }),
  },
  'Query.cafProgramme': {
    allowed: ['lead'],
    request: async ({ demo }) => ({
      query: 'query($pr: ID!) { cafProgramme(programmeId: $pr) { closedCycles offices { officeName cycles { state total } } } }',
      variables: { pr: demo.programmeId },
    }),
  },
  'Query.programmeReports': {
    allowed: ['lead'],
    request: async ({ demo }) => ({
      query: 'query($pr: ID!) { programmeReports(programmeId: $pr) { id state progress } }',
      variables: { pr: demo.programmeId },
    }),
  },
  'Query.programmeReport': {
    allowed: ['lead'],
    refusedAsNull: true,
    request: async ({ api, demo }) => ({
      query: 'query($id: ID!) { programmeReport(id: $id) { state period { id } } }',
      variables: { id: await queuedReport(api, demo) },
    }),
  },
  'Mutation.requestProgrammeReport': {
    allowed: ['lead'],
    request: async ({ demo }) => ({
      query: 'mutation($pr: ID!, $p: ID!) { requestProgrammeReport(programmeId: $pr, periodId: $p, language: "en") { state } }',
      variables: { pr: demo.programmeId, p: demo.previousQuarterId },
    }),
  },
  // Satisfaction surveys (issue 21): an office's coordinators run its rounds; the lead reads them and edits
  // the programme's extra questions; the questionnaire is read by the programme's members. Each call gets
  // its own round of office 1 in a fresh annual period (surveys.integration-spec.ts goes further).
  'Query.surveyQuestionnaire': {
    allowed: ['lead', 'coordinator', 'otherCoordinator', 'assessor'],
    request: async ({ demo }) => ({
      query: 'query($pr: ID!) { surveyQuestionnaire(programmeId: $pr, kind: CLIENT) { version questions { code } } }',
      variables: { pr: demo.programmeId },
    }),
  },
  'Query.surveyOffice': {
    allowed: ['lead', 'coordinator'],
    request: async ({ demo }) => ({
      query: 'query($pr: ID!, $o: ID!) { surveyOffice(programmeId: $pr, officeId: $o) { officeName rounds { state } openable { kind } } }',
      variables: { pr: demo.programmeId, o: demo.officeIds[0] },
    }),
  },
  'Query.surveyRound': {
    allowed: ['lead', 'coordinator'],
    refusedAsNull: true,
    request: async ({ api, demo }) => ({
      query: 'query($id: ID!) { surveyRound(id: $id) { state responses results { code } } }',
      variables: {
        id: (await surveyRoundIn(api.owner, { programmeId: demo.programmeId, officeId: demo.officeIds[0], kind: 'CLIENT' })).id,
      },
    }),
  },
  'Query.surveyProgramme': {
    allowed: ['lead'],
    request: async ({ demo }) => ({
      query: 'query($pr: ID!) { surveyProgramme(programmeId: $pr) { officeName state responses } }',
      variables: { pr: demo.programmeId },
    }),
  },
  'Query.surveyComparison': {
    allowed: ['lead', 'coordinator'],
    visibleTo: ['lead', 'coordinator'],
    request: async ({ api, demo }) => ({
      query: 'query($r: ID!) { surveyComparison(roundId: $r) { released peers { means { code mean } } } }',
      variables: { r: (await surveyRoundIn(api.owner, { programmeId: demo.programmeId, officeId: demo.officeIds[0], kind: 'CLIENT' })).id },
    }),
  },
  'Mutation.setSurveyExtraQuestions': {
    allowed: ['lead'],
    request: async ({ api, demo }) => {
      const [stored] = await api.owner.query(`SELECT version FROM survey_questionnaire WHERE programme_id = $1 AND kind = 'EMPLOYEE'`, [
        demo.programmeId,
      ]);
      return {
        query:
          'mutation($pr: ID!, $q: [SurveyExtraQuestionInput!]!, $v: Int!) { setSurveyExtraQuestions(programmeId: $pr, kind: EMPLOYEE, questions: $q, expectedVersion: $v) { version } }',
        variables: {
          pr: demo.programmeId,
          q: [{ code: 'CANTEEN', kind: 'LIKERT', textPl: 'Jak ocenia Pan/Pani stołówkę?', textEn: 'How do you rate the canteen?' }],
          v: stored?.version ?? 0,
        },
      };
    },
  },
  'Mutation.openSurveyRound': {
    allowed: ['coordinator'],
    request: async ({ api, demo }) => ({
      query:
        'mutation($pr: ID!, $o: ID!, $p: ID!) { openSurveyRound(programmeId: $pr, officeId: $o, periodId: $p, kind: CLIENT) { state } }',
      variables: { pr: demo.programmeId, o: demo.officeIds[0], p: await freshCafCycle(api.owner, demo.programmeId, { kind: 'YEAR' }) },
    }),
  },
  'Mutation.createSurveyInvitations': {
    allowed: ['coordinator'],
    visibleTo: ['lead', 'coordinator'],
    request: async ({ api, demo }) => ({
      query: 'mutation($r: ID!) { createSurveyInvitations(roundId: $r, count: 2) { invited } }',
      variables: {
        r: (await surveyRoundIn(api.owner, { programmeId: demo.programmeId, officeId: demo.officeIds[0], kind: 'EMPLOYEE' })).id,
      },
    }),
  },
  'Mutation.closeSurveyRound': {
    allowed: ['coordinator'],
    visibleTo: ['lead', 'coordinator'],
    request: async ({ api, demo }) => ({
      query: 'mutation($r: ID!) { closeSurveyRound(roundId: $r, expectedVersion: 1) { state respondents } }',
      variables: {
        r: (await surveyRoundIn(api.owner, { programmeId: demo.programmeId, officeId: demo.officeIds[0], kind: 'CLIENT', answers: 3 })).id,
      },
    }),
  },
  'Mutation.openCafCycle': {
    allowed: ['coordinator'],
    request: async ({ api, demo }) => ({
      query:
        'mutation($pr: ID!, $o: ID!, $p: ID!, $a: [ID!]!) { openCafCycle(programmeId: $pr, officeId: $o, periodId: $p, assessorIds: $a) { state } }',
      variables: {
        pr: demo.programmeId,
        o: demo.officeIds[0],
        p: await freshCafCycle(api.owner, demo.programmeId),
        a: [await userIdOf(api, demoCoordinatorEmail(1))],
      },
    }),
  },
  'Mutation.setCafGroup': {
    allowed: ['coordinator'],
    visibleTo: ['lead', 'coordinator', 'assessor'],
    request: async (world) => {
      const cycle = await cafCycleOfOffice1(world);
      return {
        query: 'mutation($c: ID!, $a: [ID!]!, $v: Int!) { setCafGroup(cycleId: $c, assessorIds: $a, expectedVersion: $v) { version } }',
        variables: { c: cycle.id, a: [await userIdOf(world.api, demoCoordinatorEmail(1))], v: cycle.version },
      };
    },
  },
  'Mutation.saveCafScores': {
    allowed: ['coordinator', 'assessor'],
    visibleTo: ['lead', 'coordinator', 'assessor'],
    request: async (world) => ({
      query: 'mutation($c: ID!) { saveCafScores(cycleId: $c, scores: [{ code: "1.1", score: 40 }]) { myScores { score } } }',
      variables: { c: (await cafCycleOfOffice1(world)).id },
    }),
  },
  'Mutation.startCafConsensus': {
    allowed: ['coordinator'],
    visibleTo: ['lead', 'coordinator', 'assessor'],
    request: async (world) => {
      const cycle = await cafCycleOfOffice1(world, { scored: true });
      return {
        query: 'mutation($c: ID!, $v: Int!) { startCafConsensus(cycleId: $c, expectedVersion: $v) { state } }',
        variables: { c: cycle.id, v: cycle.version },
      };
    },
  },
  'Mutation.saveCafConsensus': {
    allowed: ['coordinator', 'assessor'],
    visibleTo: ['lead', 'coordinator', 'assessor'],
    request: async (world) => {
      const cycle = await cafCycleOfOffice1(world, { scored: true, state: 'CONSENSUS' });
      return {
        query:
          'mutation($c: ID!, $v: Int!) { saveCafConsensus(cycleId: $c, scores: [{ code: "1.1", score: 40 }], expectedVersion: $v) { consensus { score } } }',
        variables: { c: cycle.id, v: cycle.version },
      };
    },
  },
  'Mutation.closeCafCycle': {
    allowed: ['coordinator'],
    visibleTo: ['lead', 'coordinator', 'assessor'],
    request: async (world) => {
      const cycle = await cafCycleOfOffice1(world, { scored: true, state: 'CONSENSUS', agreed: true });
      return {
        query: 'mutation($c: ID!, $v: Int!) { closeCafCycle(cycleId: $c, expectedVersion: $v) { state total submissionStatus } }',
        variables: { c: cycle.id, v: cycle.version },
      };
    },
  },
  'Mutation.saveCafAction': {
    allowed: ['coordinator'],
    visibleTo: ['lead', 'coordinator', 'assessor'],
    request: async (world) => ({
      query: 'mutation($i: CafActionInput!) { saveCafAction(input: $i) { id version } }',
      variables: {
        i: { cycleId: (await cafCycleOfOffice1(world)).id, code: '3.1', title: 'Szkolenie', status: 'PLANNED', dueOn: '2999-01-01' },
      },
    }),
  },
  'Mutation.deleteCafAction': {
    allowed: ['coordinator'],
    visibleTo: ['lead', 'coordinator', 'assessor'],
    request: async (world) => {
      const cycle = await cafCycleOfOffice1(world);
      const [{ id }] = await world.api.owner.query(
        `INSERT INTO caf_action (cycle_id, programme_id, office_id, code, title) VALUES ($1, $2, $3, '3.1', 'Do usunięcia') RETURNING id`,
        [cycle.id, world.demo.programmeId, world.demo.officeIds[0]],
      );
      return { query: 'mutation($id: ID!) { deleteCafAction(id: $id, expectedVersion: 1) }', variables: { id } };
    },
  },
  'Query.users': {
    allowed: ['admin', 'lead'],
    request: async ({ demo }) => ({
      query: 'query($p: ID) { users(programmeId: $p) { email roles { role } } }',
      variables: { p: demo.programmeId },
    }),
  },
  'Mutation.login': {
    allowed: 'everyone',
    ownSession: true,
    request: async () => ({
      query: 'mutation($e: String!) { login(email: $e, password: "officebench-demo") { id } }',
      variables: { e: demoCoordinatorEmail(5) },
    }),
  },
  'Mutation.logout': { allowed: 'everyone', ownSession: true, request: async () => ({ query: 'mutation { logout }' }) },
  'Mutation.requestPasswordReset': {
    allowed: 'everyone',
    request: async () => ({
      query: 'mutation($e: String!) { requestPasswordReset(email: $e) }',
      variables: { e: demoCoordinatorEmail(6) },
    }),
  },
  'Mutation.setPassword': {
    allowed: 'everyone',
    request: async ({ api }) => {
      const token = await linkTokenFor(api.owner, await createUser(api.owner, unique('invited'), [], null));
      return {
        query: 'mutation($t: String!) { setPassword(token: $t, password: "a long enough password") { id } }',
        variables: { t: token },
      };
    },
  },
  'Mutation.inviteUser': {
    allowed: ['admin', 'lead'],
    request: async ({ demo }) => ({
      query: 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { user { id } } }',
      variables: {
        i: {
          email: unique('new'),
          displayName: 'Nowa Osoba',
          role: 'OFFICE_COORDINATOR',
          programmeId: demo.programmeId,
          officeId: demo.officeIds[2],
        },
      },
    }),
  },
  'Mutation.deactivateUser': {
    allowed: ['admin'],
    request: async ({ api }) => ({
      query: 'mutation($u: ID!) { deactivateUser(userId: $u) { isActive } }',
      variables: { u: await createUser(api.owner, unique('victim'), []) },
    }),
  },
  'Mutation.revokeRoleGrant': {
    allowed: ['admin', 'lead'],
    request: async ({ api, demo }) => {
      const userId = await createUser(api.owner, unique('granted'), [coordinator(demo.programmeId, demo.officeIds[3])]);
      const [{ id }] = await api.owner.query(`SELECT id FROM role_grant WHERE user_id = $1`, [userId]);
      return { query: 'mutation($g: ID!) { revokeRoleGrant(grantId: $g) }', variables: { g: id } };
    },
  },
};

describe('authorisation of every operation', () => {
  let world: World;
  const emails: Record<Exclude<Caller, 'anonymous'>, string> = {
    admin: DEMO_ADMIN_EMAIL,
    lead: DEMO_LEAD_EMAIL,
    otherLead: 'lead.second@test.officebench.local',
    coordinator: demoCoordinatorEmail(1),
    otherCoordinator: demoCoordinatorEmail(2),
    foreignCoordinator: 'coordinator.second@test.officebench.local',
    assessor: TABLE_ASSESSOR_EMAIL,
  };
  const sessions = new Map<Caller, string>();

  beforeAll(async () => {
    const api = await startTestApi({ rateLimits: { loginPerIp: 10_000, loginPerAccount: 10_000 } });
    const demo = await demoIds(api.owner);
    // The second programme shares office 1 with the demo: its coordinator there is a coordinator of the same office, elsewhere.
    const second = await addSecondProgramme(api.owner, [demo.officeIds[0], demo.officeIds[2]]);
    await createUser(api.owner, emails.otherLead, [lead(second.programmeId)], 'officebench-demo');
    await createUser(api.owner, emails.foreignCoordinator, [coordinator(second.programmeId, demo.officeIds[0])], 'officebench-demo');
    await createUser(
      api.owner,
      emails.assessor,
      [{ role: 'OFFICE_ASSESSOR', programmeId: demo.programmeId, officeId: demo.officeIds[0] }],
      'officebench-demo',
    );
    world = { api, demo, second };
    for (const caller of CALLERS) if (caller !== 'anonymous') sessions.set(caller, await api.signIn(emails[caller]));
  });

  afterAll(() => world.api.close());

  it('lists every query and mutation of the schema in the table', () => {
    const schema = world.api.app.get(GraphQLSchemaHost).schema;
    const operations = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}).map((name) => `${type?.name}.${name}`),
    );
    expect(operations.sort()).toEqual(Object.keys(OPERATIONS).sort());
  });

  it('every resolver method (query, mutation and resolved field) in the application states an access rule', () => {
    const checked: string[] = [];
    const missing: string[] = [];
    for (const nestModule of world.api.app.get(ModulesContainer).values()) {
      for (const { instance } of nestModule.providers.values()) {
        if (!instance || typeof instance !== 'object') continue;
        const prototype = Object.getPrototypeOf(instance);
        for (const name of Object.getOwnPropertyNames(prototype)) {
          const method = Object.getOwnPropertyDescriptor(prototype, name)?.value;
          if (name === 'constructor' || typeof method !== 'function' || !Reflect.getMetadataKeys(method).includes(RESOLVER_NAME_METADATA))
            continue;
          checked.push(`${prototype.constructor.name}.${name}`);
          if (!Reflect.getMetadata(ACCESS_RULE, method)) missing.push(`${prototype.constructor.name}.${name}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toEqual(
      expect.arrayContaining(['UsersResolver.roles', 'ProgrammesResolver.offices', 'AuthResolver.login', 'SubmissionsResolver.submission']),
    );
  });

  it('lists only the programmes one holds a grant in (the admin: all)', async () => {
    const names = async (caller: Caller) =>
      (await world.api.graphql('{ programmes { id } }', {}, sessions.get(caller))).body.data.programmes
        .map((p: { id: string }) => p.id)
        .sort();
    const both = [world.demo.programmeId, world.second.programmeId].sort();
    expect(await names('admin')).toEqual(both);
    expect(await names('lead')).toEqual([world.demo.programmeId]);
    expect(await names('coordinator')).toEqual([world.demo.programmeId]);
    expect(await names('otherLead')).toEqual([world.second.programmeId]);
    expect(await names('foreignCoordinator')).toEqual([world.second.programmeId]);
  });

  const cases = Object.entries(OPERATIONS).flatMap(([name, operation]) =>
    CALLERS.map((caller): [string, Caller, Outcome] => [
      name,
      caller,
      operation.allowed === 'everyone' || operation.allowed.includes(caller) ? 'allowed' : 'refused',
    ]),
  );

  it.each(cases)('%s by %s: %s', async (name, caller, expected) => {
    const operation = OPERATIONS[name];
    const { query, variables } = await operation.request(world);
    const cookie =
      caller === 'anonymous' ? undefined : operation.ownSession ? await world.api.signIn(emails[caller]) : sessions.get(caller);
    const { body } = await world.api.graphql(query, variables, cookie);
    const code = body.errors?.[0]?.extensions?.code;
    if (expected === 'allowed') {
      expect(body.errors ?? []).toEqual([]);
      expect(body.data).toBeTruthy();
      if (operation.refusedAsNull) expect(Object.values(body.data).every((value) => value !== null)).toBe(true);
    } else if (operation.refusedAsNull && caller !== 'anonymous') {
      expect(body.errors ?? []).toEqual([]);
      expect(Object.values(body.data ?? {}).every((value) => value === null)).toBe(true);
    } else {
      const hidden = operation.visibleTo && !operation.visibleTo.includes(caller);
      expect(code).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : hidden ? 'NOT_FOUND' : 'FORBIDDEN');
      expect(Object.values(body.data ?? {}).every((value) => value === null)).toBe(true);
    }
  });
});
