import { lazyPage, pageRoute, preloadMatchedPages } from './lazy-page';

const Page = () => null;

describe('lazy pages', () => {
  it('loads a page once, whether preloaded or rendered first', async () => {
    const load = jest.fn(async () => Page);
    const page = lazyPage(load);
    await Promise.all([page.preload(), page.preload()]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('preloads the pages the address matches and nothing else', () => {
    const loadMatched = jest.fn(async () => Page);
    const loadOther = jest.fn(async () => Page);
    const matched = pageRoute('programmes/:programmeId', lazyPage(loadMatched));
    pageRoute('praktyki', lazyPage(loadOther));
    preloadMatchedPages([{ route: {} }, { route: { handle: { title: 'no preload' } } }, { route: matched }]);
    expect(loadMatched).toHaveBeenCalledTimes(1);
    expect(loadOther).not.toHaveBeenCalled();
  });
});
