import { actionsDoneOnTime, cafProgress, type PlannedAction } from './caf-plan';

const action = (status: PlannedAction['status'], dueOn: string | null, completedOn: string | null = null): PlannedAction => ({
  status,
  dueOn,
  completedOn,
});
const q3 = { startsOn: '2026-07-01', endsOn: '2026-09-30' };

describe('actionsDoneOnTime', () => {
  it('counts the actions due in the quarter and those done by their due date', () => {
    expect(
      actionsDoneOnTime(
        [
          action('DONE', '2026-08-15', '2026-08-10'),
          action('DONE', '2026-09-30', '2026-10-02'),
          action('IN_PROGRESS', '2026-07-01'),
          action('CANCELLED', '2026-08-01'),
          action('DONE', '2026-10-01', '2026-09-01'),
          action('PLANNED', null),
        ],
        q3,
      ),
    ).toEqual({ numerator: 1, denominator: 3 });
  });

  it('has nothing to report for a quarter without due actions', () => {
    expect(actionsDoneOnTime([action('DONE', '2026-06-30', '2026-06-01')], q3)).toBeNull();
    expect(actionsDoneOnTime([], q3)).toBeNull();
  });
});

describe('cafProgress', () => {
  it('counts the change from the first closed cycle to the latest against the target', () => {
    expect(cafProgress([300, 380, 460], 150)).toEqual({ baseline: 300, latest: 460, change: 160, meetsTarget: true });
    expect(cafProgress([300, 420], 150)).toEqual({ baseline: 300, latest: 420, change: 120, meetsTarget: false });
  });

  it('has no change before a second cycle and no verdict without a target', () => {
    expect(cafProgress([300], 150)).toEqual({ baseline: 300, latest: 300, change: null, meetsTarget: null });
    expect(cafProgress([300, 500], null).meetsTarget).toBeNull();
    expect(cafProgress([], 150).baseline).toBeNull();
  });
});
