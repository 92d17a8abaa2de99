// Types of schema-fuzz.cjs (plain CommonJS so that scripts/fuzz.mjs can require it too).
import type { GraphQLField, GraphQLSchema } from 'graphql';

export type Caller = string;

export interface FuzzPools {
  /** Real ids by kind: programme, office, period, peerGroup, target, practice, user, submission. */
  ids?: Record<string, string[]>;
  /** Real strings by kind: indicatorCode, region, email. */
  strings?: Record<string, string[]>;
}

/** One generated GraphQL request. */
export interface FuzzRequest {
  /** The Query or Mutation field it calls. */
  operation: string;
  kind: 'query' | 'mutation';
  /** Usually `Fuzz_<field>`; sometimes left out. */
  operationName: string | undefined;
  query: string;
  variables: Record<string, unknown>;
  caller: Caller;
}

export interface HttpRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** A request to send and check: a generated one (see toHttp) or a protocol case. */
export interface FuzzCase {
  operation: string;
  caller: Caller;
  http: HttpRequest;
  /** Checked on top of the general rules. */
  expectStatus?: number[];
  /** At least one error must carry one of these codes. */
  expectCodes?: string[];
}

export interface Answer {
  /** 0 when nothing came back (see error). */
  status: number;
  text: string;
  headers: Record<string, string>;
  ms: number;
  error: string | undefined;
}

export interface Failure {
  operation: string;
  status: number;
  code: string;
  message: string;
  /** Its problems, joined with '; '. */
  problem: string;
  ms: number;
  example: string;
}

export interface RunResult {
  failures: Failure[];
  byStatus: Record<string, number>;
  byCode: Record<string, number>;
  /** Answers with data and no error, by operation (how deep the fuzzer got). */
  succeeded: Record<string, number>;
  slowest: { ms: number; operation: string };
  sent: number;
  /** Set when the API stopped answering and could not be brought back. */
  stopped: string | undefined;
}

export interface RunOptions {
  baseUrl: () => string;
  cookieFor: (caller: Caller) => string | undefined;
  /** Signs the caller in again (after a fuzzed logout ended its session). */
  signIn?: (caller: Caller) => Promise<void>;
  /** Brings an API that stopped answering back; false ends the run. */
  recover?: () => Promise<boolean>;
  healthEvery?: number;
  timeoutMs?: number;
  onAnswer?: (index: number) => void;
}

export const SCHEMA_PATH: string;
export const ALLOWED_STATUSES: number[];
export const SLOW_MS: number;
export const INTERNAL_TEXT: RegExp[];
export const DEMO_ACCOUNTS: { lead: string; coordinator: string };
export const DEMO_PASSWORD: string;

export function loadSchema(sdl?: string): GraphQLSchema;
export function rootFields(schema: GraphQLSchema): Array<{ kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }>;
export function generateRequests(options: {
  seed: number;
  numRuns: number;
  pools?: FuzzPools;
  callers?: Caller[];
  sdl?: string;
}): FuzzRequest[];
export function toHttp(request: Pick<FuzzRequest, 'operationName' | 'query' | 'variables'>): HttpRequest;
export function exponentialFragments(count: number): string;
export function protocolCases(): FuzzCase[];
export function send(baseUrl: string, http: HttpRequest, options?: { cookie?: string; timeoutMs?: number }): Promise<Answer>;
/** Every problem one answer shows, in one failure; undefined when it is fine. */
export function checkAnswer(fuzzCase: FuzzCase, answer: Answer): Failure | undefined;
export function runCases(cases: FuzzCase[], options: RunOptions): Promise<RunResult>;
export function formatReport(failures: Failure[], options?: { title?: string; seed?: number; stopped?: string }): string;
export function signIn(baseUrl: string, email: string, password?: string): Promise<string>;
export function collectPools(baseUrl: string, cookies: { lead: string; coordinator: string }): Promise<Required<FuzzPools>>;
