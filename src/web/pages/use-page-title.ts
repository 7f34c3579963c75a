import { useEffect } from 'react';

/** Sets document.title, so history, tabs and screen readers name the page. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Waypoint`;
  }, [title]);
}
