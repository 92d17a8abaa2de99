import { actionDraftOf, EMPTY_ACTION, isActionStatus, TITLE_MAX, validateAction } from './action-form';

const draft = {
  ...EMPTY_ACTION,
  code: '3.2',
  title: ' Szkolenia z obsługi klienta ',
  owner: ' Wydział Organizacyjny ',
  dueOn: '2027-03-31',
};

describe('validateAction', () => {
  it('makes a new action from the draft, tidying the text and leaving out what is empty', () => {
    expect(validateAction(draft, { cycleId: 'c1' })).toEqual({
      input: {
        cycleId: 'c1',
        code: '3.2',
        indicatorCode: null,
        title: 'Szkolenia z obsługi klienta',
        owner: 'Wydział Organizacyjny',
        dueOn: '2027-03-31',
        status: 'PLANNED',
        result: '',
      },
    });
  });

  it('changes an existing action on the version it was read at', () => {
    const input = validateAction(
      { ...draft, indicatorCode: 'EPUAP_SHARE', status: 'DONE' },
      { cycleId: 'c1', id: 'a1', expectedVersion: 3 },
    ).input;
    expect(input).toMatchObject({ id: 'a1', expectedVersion: 3, indicatorCode: 'EPUAP_SHARE', status: 'DONE' });
  });

  it('names every missing or wrong field', () => {
    expect(validateAction(EMPTY_ACTION, { cycleId: 'c1' }).problems).toEqual({ code: 'required', title: 'required' });
    expect(validateAction({ ...draft, title: 'x'.repeat(TITLE_MAX + 1), dueOn: '31.03.2027' }, { cycleId: 'c1' }).problems).toEqual({
      title: 'tooLong',
      dueOn: 'dateInvalid',
    });
  });
});

describe('action drafts', () => {
  it('start from an existing action for editing', () => {
    expect(
      actionDraftOf({ code: '1.1', indicatorCode: null, title: 'Plan', owner: '', dueOn: null, status: 'IN_PROGRESS', result: '' }),
    ).toEqual({ ...EMPTY_ACTION, code: '1.1', title: 'Plan', status: 'IN_PROGRESS' });
  });

  it('recognise the statuses', () => {
    expect(isActionStatus('DONE')).toBe(true);
    expect(isActionStatus('FINISHED')).toBe(false);
  });
});
