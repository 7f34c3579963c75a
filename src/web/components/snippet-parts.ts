/** One run of snippet text, highlighted or not. */
export interface SnippetPart {
  readonly text: string;
  readonly highlighted: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Splits a search snippet (escaped HTML whose only markup is <mark>…</mark>)
 * into plain-text runs, so React renders it as text and any other markup
 * stays inert text: the snippet is never handed to the DOM as HTML.
 *
 * @example snippetParts('a <mark>b</mark> &amp; c') // [{text:'a ',highlighted:false},{text:'b',highlighted:true},{text:' & c',highlighted:false}]
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let highlighted = false;
  for (const piece of snippet.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') highlighted = true;
    else if (piece === '</mark>') highlighted = false;
    else if (piece !== '') parts.push({ text: piece.replaceAll(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity), highlighted });
  }
  return parts;
}
