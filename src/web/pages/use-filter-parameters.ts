import { useSearchParams } from 'react-router';

/** Sets some of the page's URL parameters at once; null or '' removes one. */
export type SetFilterParameters = (changes: Readonly<Record<string, string | null>>) => void;

/**
 * The page's URL search parameters, where list and search pages keep their filters (so a filtered
 * view can be bookmarked, shared and reached with Back), and a setter for them. A change to any
 * filter drops the keyset `cursor`: a new filter starts again at the first page.
 *
 * @example const [params, setParameters] = useFilterParameters(); setParameters({ status: 'active' });
 */
export function useFilterParameters(): [URLSearchParams, SetFilterParameters] {
  const [searchParams, setSearchParams] = useSearchParams();
  const setParameters: SetFilterParameters = (changes) => {
    const next = new URLSearchParams(searchParams);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(name);
      else next.set(name, value);
    }
    if (!Object.keys(changes).every((name) => name === 'cursor')) next.delete('cursor');
    setSearchParams(next);
  };
  return [searchParams, setParameters];
}
