import { readFile } from 'node:fs/promises';
import { AppError } from '../../core/errors.js';
import { fromHex, type MerkleHash } from '../merkle/merkle-hash.js';
import { signedTreeHeadSchema, type SignedTreeHead } from '../signing/tree-head.js';
import { checkpointExportSchema } from './checkpoint-export.js';

/** What a witness needs from the log for one round. */
export interface WitnessInput {
  /** The key the log presents (raw base64 or PEM); the witness compares it with the one it pinned. */
  readonly publicKeyText: string;
  readonly head: SignedTreeHead;
  /** Proof from `seenSize` to `head.size`; empty when there is nothing to prove. */
  readonly consistencyProof: readonly MerkleHash[];
}

/** The subset of fetch the witness uses; tests pass one that calls app.inject. */
export type FetchJson = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/**
 * Reads the newest signed head and the consistency proof from the size the
 * witness last saw, either from a server (`https://…`: GET /api/audit/key,
 * /api/audit/checkpoints/latest, /api/audit/proof/consistency) or from a file
 * written by `waypoint audit checkpoint export`. Throws AppError
 * `validation_failed` when the source cannot be read or has the wrong shape
 * (the witness then exits 2: it could not judge).
 *
 * @example const input = await readWitnessInput('https://waypoint.example.org', seen?.size ?? null);
 */
export async function readWitnessInput(from: string, seenSize: number | null, fetchJson: FetchJson = fetch): Promise<WitnessInput> {
  return /^https?:\/\//.test(from) ? fetchFromServer(from.replace(/\/+$/, ''), seenSize, fetchJson) : readFromFile(from, seenSize);
}

async function fetchFromServer(base: string, seenSize: number | null, fetchJson: FetchJson): Promise<WitnessInput> {
  const key = (await getJson(fetchJson, `${base}/api/audit/key`)) as { rawBase64?: unknown };
  if (typeof key.rawBase64 !== 'string') throw new AppError('validation_failed', `${base}/api/audit/key has no rawBase64`);
  const latest = (await getJson(fetchJson, `${base}/api/audit/checkpoints/latest`)) as { head?: unknown };
  const head = parseHead(latest.head, `${base}/api/audit/checkpoints/latest`);
  let consistencyProof: MerkleHash[] = [];
  if (seenSize !== null && seenSize >= 1 && seenSize < head.size) {
    const body = (await getJson(fetchJson, `${base}/api/audit/proof/consistency?from=${seenSize}&to=${head.size}`)) as { proof?: unknown };
    consistencyProof = parseProof(body.proof, 'the consistency proof');
  }
  return { publicKeyText: key.rawBase64, head, consistencyProof };
}

async function readFromFile(path: string, seenSize: number | null): Promise<WitnessInput> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new AppError('validation_failed', `cannot read checkpoint export ${path}: ${(error as Error).message}`, { path });
  }
  const parsed = checkpointExportSchema.safeParse(json);
  if (!parsed.success) throw new AppError('validation_failed', `${path} is not a checkpoint export: ${parsed.error.issues[0]?.message ?? ''}`, { path });
  const exported = parsed.data;
  let consistencyProof: MerkleHash[] = [];
  if (seenSize !== null && seenSize >= 1 && seenSize < exported.head.size) {
    const entry = exported.proofs.find((candidate) => candidate.from === seenSize);
    if (entry === undefined) throw new AppError('validation_failed', `${path} holds no consistency proof from size ${seenSize}; export again from the server`, { path, seenSize });
    consistencyProof = entry.proof.map(fromHex);
  }
  return { publicKeyText: exported.publicKey, head: exported.head, consistencyProof };
}

async function getJson(fetchJson: FetchJson, url: string): Promise<unknown> {
  let response: Awaited<ReturnType<FetchJson>>;
  try {
    response = await fetchJson(url);
  } catch (error) {
    throw new AppError('validation_failed', `cannot fetch ${url}: ${(error as Error).message}`, { url });
  }
  if (!response.ok) throw new AppError('validation_failed', `${url} answered HTTP ${response.status}`, { url, status: response.status });
  return response.json();
}

function parseHead(value: unknown, where: string): SignedTreeHead {
  const parsed = signedTreeHeadSchema.safeParse(value);
  if (!parsed.success) throw new AppError('validation_failed', `${where} is not a signed tree head`);
  return parsed.data;
}

function parseProof(value: unknown, what: string): MerkleHash[] {
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string' && /^[0-9a-f]{64}$/.test(item))) {
    throw new AppError('validation_failed', `${what} is not a list of hex hashes`);
  }
  return value.map(fromHex);
}
