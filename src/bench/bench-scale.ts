/** How much data and work each benchmark uses. `tiny` is for the CI smoke test only. */
export interface BenchScale {
  readonly name: 'tiny' | 'small' | 'full';
  /** Synthetic cases in the demo spread, loaded before anything is measured (the "N cases" of the memory row). */
  readonly backgroundCases: number;
  /** Concurrent clients for the transition and HTTP benchmarks. */
  readonly clients: number;
  /** hold + release_hold pairs per client (each pair is two audited transitions). */
  readonly transitionPairsPerClient: number;
  /** Open cases under one program that the program-wide court order sweeps. */
  readonly sweepCases: number;
  /** Sealed audit entries verify walks. */
  readonly auditEntries: number;
  readonly searchQueries: number;
  /** Synthetic cables × paragraphs each for the search benchmark (full: 10k × 100 = 1M paragraphs). */
  readonly searchDocuments: number;
  readonly searchParagraphsPerDocument: number;
  readonly importCases: number;
  readonly manifestCases: number;
  readonly decisionIterations: number;
  /** HTTP requests per connection. */
  readonly httpRequestsPerConnection: number;
}

export const BENCH_SCALES: Readonly<Record<BenchScale['name'], BenchScale>> = {
  tiny: { name: 'tiny', backgroundCases: 120, clients: 8, transitionPairsPerClient: 3, sweepCases: 200, auditEntries: 1_000, searchQueries: 20, searchDocuments: 20, searchParagraphsPerDocument: 20, importCases: 200, manifestCases: 30, decisionIterations: 2_000, httpRequestsPerConnection: 6 },
  small: { name: 'small', backgroundCases: 2_000, clients: 8, transitionPairsPerClient: 20, sweepCases: 2_000, auditEntries: 20_000, searchQueries: 200, searchDocuments: 200, searchParagraphsPerDocument: 100, importCases: 2_000, manifestCases: 300, decisionIterations: 20_000, httpRequestsPerConnection: 40 },
  full: { name: 'full', backgroundCases: 100_000, clients: 8, transitionPairsPerClient: 400, sweepCases: 100_000, auditEntries: 1_000_000, searchQueries: 200, searchDocuments: 10_000, searchParagraphsPerDocument: 100, importCases: 100_000, manifestCases: 300, decisionIterations: 100_000, httpRequestsPerConnection: 1_000 },
};
