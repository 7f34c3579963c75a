import type { ReactElement } from 'react';

// dateStyle/timeStyle cannot be combined with timeZoneName, so the parts are spelled out.
const LOCAL_FORMAT = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });

/**
 * An instant in the reader's time zone; hovering shows the exact UTC instant
 * the server stored.
 *
 * @example <Time instant="2026-11-29T18:51:54.440Z" /> // "Nov 29, 2026, 01:51 PM EST", title "2026-11-29T18:51:54.440Z (UTC)"
 */
export function Time({ instant }: { readonly instant: string | null }): ReactElement {
  if (instant === null) return <span>—</span>;
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return <span>{instant}</span>;
  const utc = date.toISOString();
  return (
    <time dateTime={utc} title={`${utc} (UTC)`}>
      {LOCAL_FORMAT.format(date)}
    </time>
  );
}
