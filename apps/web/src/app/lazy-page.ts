import { type ComponentType, lazy } from 'react';

/** A page (or a section) whose code is its own chunk: rendered through React.lazy, and its chunk can be asked for ahead (preload). */
export interface LazyPage<P extends object = object> {
  Component: ComponentType<P>;
  preload: () => Promise<unknown>;
}

/** The load runs once, whether the page is preloaded or rendered first. */
export function lazyPage<P extends object = object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () => (loading ??= load().then((Component) => ({ default: Component })));
  return { Component: lazy(preload), preload };
}

/** A route of a lazy page: its component, and the preload in the route's handle (see preloadMatchedPages). */
export function pageRoute(path: string, page: LazyPage) {
  return { path, Component: page.Component, handle: { preload: page.preload } };
}

/**
 * Asks at once for the chunks of the pages the address matches, so that they arrive while the session is
 * being checked instead of after it (on a cold load of the comparison, about 0.3 s earlier).
 */
export function preloadMatchedPages(matches: ReadonlyArray<{ route: { handle?: unknown } }>): void {
  for (const { route } of matches) (route.handle as { preload?: () => Promise<unknown> } | undefined)?.preload?.();
}
