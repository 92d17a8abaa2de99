import { CAF_CRITERIA, CAF_SUB_CRITERIA } from '@officebench/domain';
import { demoCoordinatorEmail } from '../src/database/seed/demo-seed';
import { startTestApi, type TestApi } from './support/test-api';

const MODEL = `{ cafModel { number kind name nameEn subCriteria { code name nameEn description descriptionEn } panel { from to label labelEn } } }`;

describe('the CAF 2020 model over GraphQL (cafModel, issue 19)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  it('gives a signed-in user the 9 criteria with their 28 sub-criteria in order and the panel of each kind', async () => {
    const cookie = await api.signIn(demoCoordinatorEmail(1));
    const { body } = await api.graphql(MODEL, {}, cookie);
    expect(body.errors).toBeUndefined();
    const model: Array<{
      number: number;
      kind: string;
      name: string;
      subCriteria: Array<{ code: string; name: string; nameEn: string }>;
      panel: Array<{ from: number; to: number; labelEn: string }>;
    }> = body.data.cafModel;
    expect(model.map((c) => [c.number, c.kind, c.name])).toEqual(CAF_CRITERIA.map((c) => [c.number, c.kind, c.name.pl]));
    expect(model.flatMap((c) => c.subCriteria.map((s) => [s.code, s.name, s.nameEn]))).toEqual(
      CAF_SUB_CRITERIA.map((s) => [s.code, s.name.pl, s.name.en]),
    );
    expect(model[0].panel.map((b) => b.labelEn)).toEqual(['Nothing yet', 'Plan', 'Do', 'Check', 'Act', 'Full PDCA cycle']);
    expect(model[5].panel[0]).toEqual({ from: 0, to: 10, label: 'Brak pomiaru', labelEn: 'Not measured' });
  });

  it('refuses an anonymous caller', async () => {
    const { body } = await api.graphql(MODEL, {});
    expect(body.data).toBeNull();
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
