import { useCallback, useEffect, useState, type DependencyList } from 'react';

export type Resource<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly data: T };

/**
 * Loads data for a page and tracks loading / error / ready. A change of
 * `deps` or unmounting aborts the request in flight, so a slow answer for an
 * old filter never overwrites the new one.
 *
 * @example const cases = useResource((signal) => listCases({ state }, signal), [state]);
 */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): Resource<T> & { reload: () => void } {
  const [resource, setResource] = useState<Resource<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setResource({ status: 'loading' });
    load(controller.signal).then(
      (data) => { if (!controller.signal.aborted) setResource({ status: 'ready', data }); },
      (error: unknown) => { if (!controller.signal.aborted) setResource({ status: 'error', error }); },
    );
    return () => controller.abort();
    // `load` is a new closure each render; `deps` says when it really changes.
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { ...resource, reload };
}
