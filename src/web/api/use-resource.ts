import { useCallback, useEffect, useState, type DependencyList } from 'react';

export type Resource<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly data: T };

interface Loaded<T> {
  readonly key: string;
  readonly resource: Resource<T>;
}

/**
 * Loads data for a page and tracks loading / error / ready. A change of
 * `deps` shows "loading" in the same render (never the previous filter's
 * rows under the new URL) and aborts the request in flight, so a slow answer
 * for an old filter never overwrites the new one.
 *
 * @example const cases = useResource((signal) => listCases({ state }, signal), [state]);
 */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): Resource<T> & { reload: () => void } {
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify([...deps, generation]);
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => { if (!controller.signal.aborted) setLoaded({ key, resource: { status: 'ready', data } }); },
      (error: unknown) => { if (!controller.signal.aborted) setLoaded({ key, resource: { status: 'error', error } }); },
    );
    return () => controller.abort();
    // `load` is a new closure each render; `key` (deps + reloads) says when it really changes.
  }, [key]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const resource: Resource<T> = loaded !== null && loaded.key === key ? loaded.resource : { status: 'loading' };
  return { ...resource, reload };
}
