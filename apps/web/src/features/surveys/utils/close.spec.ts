import { closeVariables } from './close';

describe('closing a round', () => {
  const round = { id: 'r-1', version: 4 };

  it('sends the version shown and submit:true when the coordinator ticks the handing in', () => {
    expect(closeVariables(round, true)).toEqual({ roundId: 'r-1', expectedVersion: 4, submit: true });
  });

  it('keeps the year’s submission in preparation when unticked', () => {
    expect(closeVariables(round, false)).toEqual({ roundId: 'r-1', expectedVersion: 4, submit: false });
  });
});
