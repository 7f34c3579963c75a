import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { systemPrincipal } from '../../core/principal.js';
import { searchDocuments } from '../../services/documents/search-documents.js';
import { renderCaseNotice } from '../../services/notices/render-case-notice.js';
import { readConfig } from '../config.js';
import { openRuntime, type Runtime } from '../runtime.js';

async function withRuntime(work: (runtime: Runtime) => Promise<void>): Promise<void> {
  const runtime = await openRuntime(readConfig());
  try {
    await work(runtime);
  } finally {
    await runtime.close();
  }
}

/**
 * `waypoint documents search <query>` and `waypoint notices render <case-id> --language ar --format pdf --out file`.
 *
 * @example waypoint documents search "rwanda assurances" --limit 5
 */
export function registerDocumentsCommand(program: Command): void {
  program
    .command('documents')
    .description('Documents')
    .command('search <query>')
    .description('Full-text search over document paragraphs (ranked, with snippets)')
    .option('--limit <n>', 'number of hits', '20')
    .action((query: string, options: { limit: string }) =>
      withRuntime(async (runtime) => {
        const { items } = await searchDocuments(runtime.services, systemPrincipal(runtime.config.operatorActor), { q: query, limit: Math.min(100, Math.max(1, Number.parseInt(options.limit, 10) || 20)) });
        const lines = items.map((hit) => `${hit.documentId} ¶${hit.paragraphNumber} (${hit.paragraphClassification}) ${hit.title}\n    ${hit.snippet.replaceAll('<mark>', '[').replaceAll('</mark>', ']')}`);
        process.stdout.write(lines.length === 0 ? 'no matches\n' : `${lines.join('\n')}\n`);
      }),
    );

  program
    .command('notices')
    .description('Third-country removal notices')
    .command('render <caseId>')
    .description('Render and store the notice for a case')
    .requiredOption('--language <code>', 'template language (ar, en, es, fr)')
    .option('--format <format>', 'html or pdf', 'pdf')
    .requiredOption('--out <file>', 'where to write the rendered file')
    .action((caseId: string, options: { language: string; format: string; out: string }) =>
      withRuntime(async (runtime) => {
        const format = options.format === 'html' ? 'html' : 'pdf';
        const rendered = await renderCaseNotice(runtime.services, systemPrincipal(runtime.config.operatorActor), caseId, { language: options.language, format });
        writeFileSync(options.out, rendered.bytes);
        process.stdout.write(`notice ${rendered.documentId} ${rendered.language} ${rendered.format} sha256 ${rendered.sha256} → ${options.out}\n`);
      }),
    );
}
