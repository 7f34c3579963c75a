import type { ReactElement } from 'react';
import { snippetParts } from './snippet-parts';

/**
 * A search snippet with its matches in <mark>, built as React text nodes.
 *
 * @example <HighlightedSnippet snippet="third-country <mark>nationals</mark>" />
 */
export function HighlightedSnippet({ snippet }: { readonly snippet: string }): ReactElement {
  return <>{snippetParts(snippet).map((part, index) => (part.highlighted ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}</>;
}
