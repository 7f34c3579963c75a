import type { TestProject } from 'vitest/node';
import { startWaypointServer } from './waypoint-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One server for the whole browser suite; tests read its URL with inject('baseUrl'). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startWaypointServer();
  project.provide('baseUrl', server.baseUrl);
  return () => server.stop();
}
