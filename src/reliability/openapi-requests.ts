import fc from 'fast-check';

/**
 * Generates HTTP requests for every operation of an OpenAPI 3.1 document:
 * values drawn from each JSON schema (so valid requests reach the handlers)
 * and mutations of them (wrong types, unknown fields, huge strings, deep
 * nesting, garbage ids) so the validators and handlers meet hostile input.
 * New routes are covered as soon as they appear in /openapi.json.
 */

/** The subset of JSON Schema that zod's OpenAPI output uses. */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly $ref?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly prefixItems?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly format?: string;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly example?: unknown;
  readonly examples?: readonly unknown[];
  readonly default?: unknown;
}

interface OpenApiParameter {
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly name: string;
  readonly required?: boolean;
  readonly schema?: JsonSchema;
}

interface OpenApiOperation {
  readonly parameters?: readonly OpenApiParameter[];
  readonly requestBody?: { readonly content?: Readonly<Record<string, { readonly schema?: JsonSchema }>> };
}

export interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, OpenApiOperation>>>>;
  readonly components?: { readonly schemas?: Readonly<Record<string, JsonSchema>> };
}

/** One route and method, with what it accepts. */
export interface Operation {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly query: readonly OpenApiParameter[];
  readonly body: JsonSchema | null;
}

/** A request ready for `app.inject`. */
export interface GeneratedRequest {
  readonly method: Operation['method'];
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly payload?: string;
  /** What the generator did to the request, for failure messages. */
  readonly variant: string;
}

const METHODS = new Set(['get', 'post', 'patch', 'put', 'delete']);

/** Every operation in the document, in document order. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (!METHODS.has(method)) continue;
      const parameters = operation.parameters ?? [];
      operations.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''),
        query: parameters.filter((parameter) => parameter.in === 'query'),
        body: operation.requestBody?.content?.['application/json']?.schema ?? null,
      });
    }
  }
  return operations;
}

/** Strings that break naive code: injections, traversal, control and odd Unicode. */
export const HOSTILE_STRINGS: readonly string[] = [
  "' OR '1'='1",
  "'; DROP TABLE cases; --",
  '"><script>alert(1)</script>',
  '=HYPERLINK("http://evil.example","x")',
  '+cmd|\' /C calc\'!A0',
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  'line\r\nSet-Cookie: injected=1',
  '\u0000',
  '\u202Eevil',
  '𝕏'.repeat(20),
  '%00',
  '{{7*7}}',
  '${jndi:ldap://x}',
  '',
  ' ',
];

/** Ids to put in path parameters: real ones the caller gave, random uuids and garbage. */
export function pathParamArbitrary(knownValues: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: knownValues.length > 0 ? fc.constantFrom(...knownValues) : fc.uuid() },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS.filter((value) => value !== '')) },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constantFrom('00000000-0000-0000-0000-000000000000', 'x'.repeat(5_000), '-1', '1e309', 'null') },
  );
}

export interface SchemaContext {
  readonly components: Readonly<Record<string, JsonSchema>>;
  /** Values of format uuid are drawn from these as well as random uuids. */
  readonly knownIds: readonly string[];
}

/** Values valid for the schema, as far as JSON Schema can say (refinements like country codes use the example). */
export function validValue(schema: JsonSchema, context: SchemaContext, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref !== undefined) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = context.components[name];
    return target ? validValue(target, context, depth + 1) : fc.constant(null);
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum !== undefined && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives !== undefined && alternatives.length > 0) return fc.oneof(...alternatives.map((alternative) => validValue(alternative, context, depth + 1)));
  if (schema.allOf?.[0] !== undefined) return validValue(schema.allOf[0], context, depth + 1);
  const example = schema.example ?? schema.examples?.[0];
  const type = typeof schema.type === 'string' || schema.type === undefined ? schema.type : (schema.type.find((name) => name !== 'null') ?? 'null');
  switch (type) {
    case 'string':
      return stringValue(schema, context, example);
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
      const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : Math.max(min, 1_000_000));
      const integer = fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) });
      return typeof example === 'number' ? fc.oneof(fc.constant(example), integer) : integer;
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const item = schema.items ?? {};
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.min(schema.maxItems ?? 3, minLength + 3);
      if (depth > 6) return fc.constant([]);
      return fc.array(validValue(item, context, depth + 1), { minLength, maxLength });
    }
    case 'object':
    case undefined:
    default: {
      if (schema.properties === undefined) return type === 'object' ? fc.constant({}) : fc.constant(example ?? null);
      const required = new Set(schema.required ?? []);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, property] of Object.entries(schema.properties)) record[key] = validValue(property, context, depth + 1);
      return fc.record(record, { requiredKeys: [...required].filter((key) => key in record) });
    }
  }
}

function stringValue(schema: JsonSchema, context: SchemaContext, example: unknown): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return context.knownIds.length > 0 ? fc.oneof(fc.constantFrom(...context.knownIds), fc.uuid()) : fc.uuid();
  if (schema.format === 'date-time') return fc.date({ min: new Date('2000-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }).map((date) => date.toISOString());
  if (schema.format === 'date') return fc.date({ min: new Date('2000-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
  if (schema.format === 'email') return fc.emailAddress();
  if (typeof example === 'string') return fc.constant(example);
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 60, Math.max(minLength, 60));
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength, maxLength }) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS).filter((value) => value.length >= minLength && value.length <= maxLength) },
  );
}

/** A JSON value nested `depth` levels deep: `[[[...]]]`. */
export function deeplyNested(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/** Bodies a careful client would never send: each one must be refused with 4xx, not crash the server. */
export function mutatedBody(schema: JsonSchema, context: SchemaContext): fc.Arbitrary<{ payload: string; variant: string }> {
  const valid = validValue(schema, context);
  return fc.oneof(
    valid.map((value) => ({ payload: JSON.stringify(addUnknownField(value)), variant: 'unknown field' })),
    valid.chain((value) => wrongTypedField(value).map((payload) => ({ payload: JSON.stringify(payload), variant: 'wrong type' }))),
    valid.map((value) => ({ payload: JSON.stringify(hugeStrings(value)), variant: 'huge strings' })),
    fc.integer({ min: 1_000, max: 20_000 }).map((depth) => ({ payload: `{"deep":${deeplyNested(depth)}}`, variant: `nested ${depth} deep` })),
    fc.constantFrom('', '{', '[1,2', 'null', '"text"', '123', 'true', '{"a":1,"a":2}', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}').map((payload) => ({
      payload,
      variant: 'malformed or odd JSON',
    })),
    fc.anything({ maxDepth: 3 }).map((value) => ({ payload: JSON.stringify(value) ?? 'null', variant: 'arbitrary JSON' })),
  );
}

function addUnknownField(value: unknown): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value, unexpectedField: 'x' } : value;
}

function wrongTypedField(value: unknown): fc.Arbitrary<unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fc.constant({ wrong: value });
  const keys = Object.keys(value);
  if (keys.length === 0) return fc.constant([value]);
  return fc.tuple(fc.constantFrom(...keys), fc.constantFrom<unknown>(42, -1.5, true, null, [], {}, 'string', 1e308)).map(([key, replacement]) => ({ ...value, [key]: replacement }));
}

function hugeStrings(value: unknown): unknown {
  if (typeof value === 'string') return value + 'A'.repeat(100_000);
  if (Array.isArray(value)) return value.map(hugeStrings);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, hugeStrings(inner)]));
  return value;
}

/** Query strings: valid values from the parameter schemas, sometimes garbage or unknown parameters. */
export function queryArbitrary(parameters: readonly OpenApiParameter[], context: SchemaContext): fc.Arbitrary<string> {
  const entries = parameters.map((parameter) =>
    fc.option(
      fc.oneof(
        { weight: 3, arbitrary: validValue(parameter.schema ?? {}, context).map((value) => (typeof value === 'string' ? value : JSON.stringify(value))) },
        { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS, 'x'.repeat(3_000), '-1', '99999999999999999999') },
      ).map((value) => [parameter.name, value] as const),
      { nil: null },
    ),
  );
  const extra = fc.option(fc.constantFrom(['unknownParam', '1'] as const, ['limit', '0'] as const, ['__proto__', 'x'] as const), { nil: null, freq: 5 });
  return fc.tuple(fc.tuple(...entries), extra).map(([chosen, unknown]) => {
    const search = new URLSearchParams();
    for (const entry of [...chosen, unknown]) if (entry !== null && entry !== undefined) search.append(entry[0], entry[1]);
    const text = search.toString();
    return text === '' ? '' : `?${text}`;
  });
}

/** Requests for one operation: mostly schema-valid, a share mutated. */
export function requestArbitrary(operation: Operation, context: SchemaContext, pathValues: (name: string) => readonly string[], headers: Record<string, string>): fc.Arbitrary<GeneratedRequest> {
  const params = fc.tuple(...operation.pathParams.map((name) => pathParamArbitrary(pathValues(name))));
  const query = queryArbitrary(operation.query, context);
  const body: fc.Arbitrary<{ payload?: string; variant: string }> =
    operation.body === null
      ? fc.constant({ variant: 'no body' })
      : fc.oneof(
          { weight: 3, arbitrary: validValue(operation.body, context).map((value) => ({ payload: JSON.stringify(value), variant: 'schema-valid body' })) },
          { weight: 2, arbitrary: mutatedBody(operation.body, context) },
        );
  const ifMatch = fc.constantFrom(undefined, '"v1"', '"v2"', '*', 'garbage', 'W/"v1"');
  return fc.tuple(params, query, body, ifMatch).map(([values, search, chosenBody, etag]) => {
    let url = operation.path;
    operation.pathParams.forEach((name, index) => {
      url = url.replace(`{${name}}`, encodeURIComponent(values[index] ?? ''));
    });
    const requestHeaders: Record<string, string> = { ...headers };
    if (chosenBody.payload !== undefined) requestHeaders['content-type'] = 'application/json';
    if (etag !== undefined) requestHeaders['if-match'] = etag;
    return {
      method: operation.method,
      url: `${url}${search}`,
      headers: requestHeaders,
      ...(chosenBody.payload !== undefined && { payload: chosenBody.payload }),
      variant: chosenBody.variant,
    };
  });
}

/** True when a body is the API's one error shape: `{ error: { code, message, details } }`. */
export function isErrorShape(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const error = (body as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, details } = error as { code?: unknown; message?: unknown; details?: unknown };
  return typeof code === 'string' && typeof message === 'string' && typeof details === 'object' && details !== null && !Array.isArray(details);
}
