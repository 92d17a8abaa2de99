import { ImportFailure } from './import-failure';

/** For specs: the ImportFailure `run` throws (anything else is rethrown; not throwing fails the test). */
export function failure(run: () => unknown): ImportFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFailure) return error;
    throw error;
  }
  throw new Error('expected an ImportFailure');
}
