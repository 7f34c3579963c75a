import type { PublishedValue } from '../disclosure/index.js';

/** How every format shows a suppressed number (the method statement says so). */
export const SUPPRESSED_MARK = '–';

/** @example publishedValueText({ status: 'suppressed' }) === '–' */
export function publishedValueText(value: PublishedValue | undefined): string {
  return value === undefined || value.status === 'suppressed' ? SUPPRESSED_MARK : String(value.value);
}
