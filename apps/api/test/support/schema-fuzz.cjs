// @ts-check
'use strict';
/**
 * The project's own GraphQL fuzzer (issue 13), written once in plain CommonJS so that both the jest spec
 * (apps/api/test/fuzz.integration-spec.ts) and the long run against a running product (scripts/fuzz.mjs)
 * can require it. Types: schema-fuzz.d.cts.
 *
 * - generateRequests: for every Query and Mutation field of the committed schema.gql, a document that
 *   calls it with all its arguments as variables and a small selection set, the variables drawn by
 *   fast-check from per-type arbitraries that mix valid-looking values with hostile ones.
 * - protocolCases: a fixed list of malformed or abusive HTTP requests.
 * - runCases: sends them, measures each answer, checks /health every so often, and collects failures
 *   (5xx, unexpected statuses, internal error text, slow answers, INTERNAL_SERVER_ERROR without a request id).
 * - formatReport: the failures grouped by operation, status, code and message.
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const fc = require('fast-check');
const {
  buildSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} = require('graphql');

const SCHEMA_PATH = join(__dirname, '..', '..', 'schema.gql');

/** Answers a well-behaved API may give; anything else (above all any 5xx) is a failure. */
const ALLOWED_STATUSES = [200, 400, 401, 413, 415, 429];
/** What the API must answer faster than (issue 13: no slow requests). */
const SLOW_MS = 1000;

/** Text that only an internal error can put into an answer (checked case-sensitively). */
const INTERNAL_TEXT = [
  /Internal server error/,
  /INTERNAL_SERVER_ERROR/,
  /Maximum call stack/,
  /invalid byte sequence/,
  /QueryFailedError/,
  /EntityNotFound|EntityPropertyNotFound|TypeORMError/,
  / {4}at \S/,
  /\\n\s+at \S/,
  /\.[cm]?[jt]s:\d+/,
  /SELECT /,
  /INSERT INTO/,
  /DELETE FROM/,
  /syntax error at or near/,
  /duplicate key/,
  /violates/,
  /relation "\w+" does not exist/,
  /TypeError|ReferenceError|RangeError/,
  /Cannot read propert/,
];

// ---------------------------------------------------------------------------------------------------
// Hostile values

/** `[[[…]]]` or `{a:{a:…}}` nested `depth` levels, built without recursion. */
function nested(depth, kind) {
  let value = kind === 'array' ? [] : {};
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

const ONE_MB = 'x'.repeat(1024 * 1024);
const DEEP_ARRAY = nested(3000, 'array');
const DEEP_OBJECT = nested(3000, 'object');

/** An object whose own (enumerable) key is "__proto__", as JSON.parse would make it. */
function protoKeyObject() {
  const value = {};
  Object.defineProperty(value, '__proto__', { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
  return value;
}

const POLISH = [
  'Zażółć gęślą jaźń',
  'Łódź',
  'Urząd Miasta Gdańska',
  'Gmina Żółkiewka',
  'ŹDŹBŁO',
  'środki z UE',
  'wniosek o dofinansowanie',
  'ą',
];
const UNICODE = [
  '😀',
  'Zażółć 👨‍👩‍👧‍👦 🇵🇱',
  'مرحبا بالعالم',
  'שלום',
  '\u202eevil\u202c',
  'a\u200bb',
  'e\u0301',
  '\ufeff',
  '\uffff',
  '𝕏𝕐',
  '\ud800',
  'a\udfffb',
  '\udbff\udfff',
];
const CONTROL = ['\u0000', 'a\u0000b', 'lead@demo.officebench.local\u0000', '\u0007', '\u001b[31mred', '\r\n', '\b\f\v', '\u0085'];
const INJECTION = [
  "' OR '1'='1",
  '1; DROP TABLE app_user; --',
  "admin'--",
  '" OR ""="',
  "1' union select null--",
  "'); select pg_sleep(5); --",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}',
  '${7*7}',
  '%s%s%s%n',
  '../../../etc/passwd',
  '\\',
  "'",
  '"',
  '%',
  '_',
  '*',
  '\\x00',
  '$1',
];
const BLANK = ['', ' ', '   ', '\t', '\n', '\t\n \r', '\u00a0', '\u3000'];
const NUMBERS = [
  2147483648,
  -2147483649,
  2147483647,
  -2147483648,
  1e308,
  -1e308,
  9007199254740993,
  5e-324,
  -0,
  1.5,
  -1,
  0,
  'NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  '0x10',
  '1_000',
  '١٢٣',
];
const WRONG_TYPES = [{}, { a: 1 }, [], [1, 2, 3], ['a'], [null], true, false, 0, 1, 'true', 'false', '1', 'null', 'undefined', '[]', '{}'];
const DATES = [
  '2026-02-30T00:00:00Z',
  '2026-13-01T00:00:00Z',
  '2026-01-15T25:61:00Z',
  '0000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.001Z',
  '-000001-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '1970-01-01T00:00:00+99:00',
  '2026-01-15',
  '2026-02-30',
  '15.01.2026',
  'tomorrow',
  1768435200000,
];
const IDS = [
  '0',
  '-1',
  '1',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
  '00000000-0000-4000-8000-00000000000g',
  '{00000000-0000-4000-8000-000000000000}',
  '00000000000040008000000000000000',
];

/** Hostile values of any type; the big ones are rare. */
const hostileValue = fc.oneof(
  { arbitrary: fc.constantFrom(...WRONG_TYPES), weight: 30 },
  { arbitrary: fc.constantFrom(...NUMBERS), weight: 25 },
  { arbitrary: fc.constantFrom(...UNICODE), weight: 20 },
  { arbitrary: fc.constantFrom(...CONTROL), weight: 20 },
  { arbitrary: fc.constantFrom(...INJECTION), weight: 25 },
  { arbitrary: fc.constantFrom(...BLANK), weight: 15 },
  { arbitrary: fc.constantFrom(...DATES), weight: 10 },
  { arbitrary: fc.constantFrom(...IDS), weight: 10 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 15 },
  { arbitrary: fc.constantFrom('a'.repeat(10_000), 'ą'.repeat(30_000), 'Łódź '.repeat(3_000)), weight: 5 },
  { arbitrary: fc.constantFrom(DEEP_ARRAY, DEEP_OBJECT), weight: 5 },
  { arbitrary: fc.constant(null).map(() => protoKeyObject()), weight: 5 },
  { arbitrary: fc.constant(ONE_MB), weight: 2 },
);

// ---------------------------------------------------------------------------------------------------
// Valid-looking values, by scalar and by the argument's or field's name

const POLISH_TEXT = fc.oneof(fc.constantFrom(...POLISH), fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 12 }));
const ISO_DAY = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const ISO_TIME = fc.oneof(
  fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom('2026-01-15T00:00:00Z', '2026-01-15T12:00:00.000Z', '2026-01-15T12:00:00+01:00', '2026-01-15'),
);
const EMAIL = fc.oneof(
  fc.constantFrom('nobody@example.pl', 'koordynator@urzad.gov.pl', 'Łukasz@gmina.pl', 'a@b.c', 'sekretariat@um.warszawa.pl'),
  fc.emailAddress(),
);

/** @param {string[] | undefined} list @param {fc.Arbitrary<string>} fallback */
function fromPool(list, fallback) {
  return list && list.length > 0
    ? fc.oneof({ arbitrary: fc.constantFrom(...list), weight: 3 }, { arbitrary: fallback, weight: 1 })
    : fallback;
}

/** Which id pool an argument or input field named `name` of the field `fieldName` draws from. */
function idKindOf(name, fieldName) {
  const stem = name.replace(/Ids?$/, '');
  if (stem !== name && stem !== '') return stem;
  if (/practice/i.test(fieldName)) return 'practice';
  if (/programme/i.test(fieldName)) return 'programme';
  return undefined;
}

/**
 * The valid-looking values of one leaf type.
 * @param {import('graphql').GraphQLNamedType} type @param {string} name @param {string} fieldName
 * @param {{ ids: Record<string, string[]>, strings: Record<string, string[]> }} pools
 */
function validLeaf(type, name, fieldName, pools) {
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  switch (type.name) {
    case 'ID': {
      const kind = idKindOf(name, fieldName);
      const all = Object.values(pools.ids).flat();
      return fromPool(kind && pools.ids[kind]?.length ? pools.ids[kind] : all, fc.oneof(fc.uuid(), fc.constantFrom(...IDS)));
    }
    case 'Int':
      if (/year/i.test(name)) return fc.integer({ min: 1990, max: 2035 });
      if (/caf/i.test(name)) return fc.integer({ min: 0, max: 10 });
      if (/version/i.test(name)) return fc.integer({ min: -1, max: 5 });
      if (/first/i.test(name)) return fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom(-1, 1000, 2147483647));
      return fc.oneof(fc.integer({ min: -10, max: 100 }), fc.integer({ min: -2147483648, max: 2147483647 }));
    case 'Float':
      return fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }));
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return ISO_TIME;
    case 'String':
      if (/email/i.test(name)) return fromPool(pools.strings.email, EMAIL);
      if (/indicatorCode|^code$/i.test(name)) return fromPool(pools.strings.indicatorCode, fc.string({ maxLength: 12 }));
      if (/region/i.test(name)) return fromPool(pools.strings.region, POLISH_TEXT);
      if (/On$|date/i.test(name)) return fc.oneof(ISO_DAY, fc.constantFrom('2026-01-15', '2026-03-31', '2026-02-30', '2026-1-5'));
      if (/password/i.test(name))
        return fc.oneof(fc.constantFrom('officebench-demo', 'x', 'a-long-enough-password-2026'), fc.string({ maxLength: 80 }));
      if (/token/i.test(name))
        return fc.oneof(fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), maxLength: 64 }), fc.base64String({ maxLength: 64 }));
      if (/^(after|before|cursor)$/i.test(name))
        return fc.oneof(fc.base64String({ maxLength: 40 }), fc.constantFrom('', 'MA==', 'eyJ4IjoxfQ=='));
      if (/label/i.test(name)) return fc.oneof(fc.constantFrom('2026-Q1', '2026', 'CAF 2026', '2026-Q5'), POLISH_TEXT);
      return POLISH_TEXT;
    default:
      return fc.oneof(POLISH_TEXT, fc.integer());
  }
}

/** A marker for a variable or input field left out altogether. */
const OMIT = Symbol('omit');

/**
 * @param {import('graphql').GraphQLInputType} type
 * @param {{ name: string, fieldName: string, pools: { ids: Record<string, string[]>, strings: Record<string, string[]> }, hostile: boolean, depth: number }} ctx
 * @returns {fc.Arbitrary<unknown>}
 */
function inputArb(type, ctx) {
  const { hostile } = ctx;
  const nonNull = isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  /** @type {fc.Arbitrary<unknown>} */
  let arb;
  if (isListType(inner)) {
    const item = inputArb(inner.ofType, { ...ctx, depth: ctx.depth + 1 });
    // A single value where a list is expected is coerced to a list of one: valid too.
    arb = fc.oneof({ arbitrary: fc.array(item, { maxLength: ctx.depth > 1 ? 2 : 4 }), weight: 4 }, { arbitrary: item, weight: 1 });
  } else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    /** @type {Record<string, fc.Arbitrary<unknown>>} */
    const model = {};
    for (const field of fields) model[field.name] = inputArb(field.type, { ...ctx, name: field.name, depth: ctx.depth + 1 });
    const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    // Hostile: some required fields may be missing, and an unknown field may come along.
    const record = fc.record(model, { requiredKeys: hostile ? required.filter((_, i) => i % 2 === 0) : required });
    arb = hostile
      ? fc
          .tuple(
            record,
            fc.option(fc.tuple(fc.constantFrom('unknownField', 'id', '__typename', 'constructor', 'Title', 'title '), hostileValue), {
              freq: 3,
            }),
          )
          .map(([value, extra]) => (extra ? { ...value, [extra[0]]: extra[1] } : value))
      : record;
  } else if (isLeafType(inner)) {
    arb = validLeaf(inner, ctx.name, ctx.fieldName, ctx.pools);
  } else {
    throw new Error(`not an input type: ${String(inner)}`);
  }
  if (!nonNull) arb = fc.oneof({ arbitrary: arb, weight: 5 }, { arbitrary: fc.constant(null), weight: 1 });
  else if (hostile) arb = fc.oneof({ arbitrary: arb, weight: 8 }, { arbitrary: fc.constant(null), weight: 1 });
  return hostile ? fc.oneof({ arbitrary: arb, weight: 3 }, { arbitrary: hostileValue, weight: 1 }) : arb;
}

// ---------------------------------------------------------------------------------------------------
// Documents

/** Rotates a list so that selection variants cover different fields. */
const rotate = (list, by) => (list.length === 0 ? list : [...list.slice(by % list.length), ...list.slice(0, by % list.length)]);

/**
 * A small valid selection for `type`: up to 5 scalar fields and, above the second level, up to 2 object
 * fields with their own scalars. `variant` rotates which fields are picked.
 * @param {import('graphql').GraphQLOutputType} type @param {number} level @param {number} variant
 */
function selectionFor(type, level, variant) {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const fields = Object.values(named.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type)));
  const leaves = rotate(
    fields.filter((f) => isLeafType(getNamedType(f.type))),
    variant * 5,
  )
    .slice(0, 5)
    .map((f) => f.name);
  const objects =
    level < 2
      ? rotate(
          fields.filter((f) => isObjectType(getNamedType(f.type))),
          variant * 2,
        ).slice(0, 2)
      : [];
  const parts = [...leaves, ...objects.map((f) => `${f.name} ${selectionFor(f.type, level + 1, variant)}`)];
  return `{ ${parts.length > 0 ? parts.join(' ') : '__typename'} }`;
}

/** @param {import('graphql').GraphQLField<unknown, unknown>} field @param {'query' | 'mutation'} kind @param {number} variant */
function documentFor(field, kind, variant) {
  const operationName = `Fuzz_${field.name}`;
  const definitions = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const query = `${kind} ${operationName}${definitions ? `(${definitions})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionFor(field.type, 1, variant)} }`;
  return { operationName, query };
}

/** The committed schema, or the SDL given. */
function loadSchema(sdl) {
  return buildSchema(sdl ?? readFileSync(SCHEMA_PATH, 'utf8'));
}

/**
 * The Query and Mutation fields of the schema.
 * @param {import('graphql').GraphQLSchema} schema
 */
function rootFields(schema) {
  /** @type {Array<{ kind: 'query' | 'mutation', field: import('graphql').GraphQLField<unknown, unknown> }>} */
  const out = [];
  for (const [kind, type] of /** @type {const} */ ([
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ])) {
    if (type) for (const field of Object.values(type.getFields())) out.push({ kind, field });
  }
  return out;
}

/**
 * One field's requests: its document (with one of three selection variants) and its variables, either all
 * valid-looking or mixed with hostile values (left out, null, wrong types, extra ones).
 */
function requestArbFor(kind, field, pools, callers) {
  const variablesArb = (hostile) => {
    /** @type {Record<string, fc.Arbitrary<unknown>>} */
    const model = {};
    for (const arg of field.args) {
      const value = inputArb(arg.type, { name: arg.name, fieldName: field.name, pools, hostile, depth: 0 });
      const omittable = hostile || !isNonNullType(arg.type);
      model[arg.name] = omittable ? fc.oneof({ arbitrary: value, weight: 6 }, { arbitrary: fc.constant(OMIT), weight: 1 }) : value;
    }
    const extra = hostile
      ? fc.option(fc.tuple(fc.constantFrom('unexpected', 'input', 'id', '__proto__'), hostileValue), { freq: 5 })
      : fc.constant(null);
    return fc.tuple(fc.record(model), extra).map(([values, more]) => {
      /** @type {Record<string, unknown>} */
      const variables = {};
      for (const [key, value] of Object.entries(values)) if (value !== OMIT) variables[key] = value;
      if (more) Object.defineProperty(variables, more[0], { value: more[1], enumerable: true, writable: true, configurable: true });
      return variables;
    });
  };
  return fc
    .record({
      variant: fc.nat(2),
      variables: fc.oneof(variablesArb(false), variablesArb(true)),
      caller: fc.constantFrom(...callers),
      named: fc.oneof({ arbitrary: fc.constant(true), weight: 9 }, { arbitrary: fc.constant(false), weight: 1 }),
    })
    .map(({ variant, variables, caller, named }) => {
      const { operationName, query } = documentFor(field, kind, variant);
      return { operation: field.name, kind, operationName: named ? operationName : undefined, query, variables, caller };
    });
}

/**
 * `numRuns` requests drawn with `seed` over every Query and Mutation field of the schema (the committed
 * apps/api/schema.gql unless `sdl` is given).
 * @param {{ seed: number, numRuns: number, pools?: { ids?: Record<string, string[]>, strings?: Record<string, string[]> }, callers?: string[], sdl?: string }} options
 */
function generateRequests({ seed, numRuns, pools = {}, callers = ['anonymous'], sdl }) {
  const fullPools = { ids: pools.ids ?? {}, strings: pools.strings ?? {} };
  const schema = loadSchema(sdl);
  const arbitrary = fc.oneof(...rootFields(schema).map(({ kind, field }) => requestArbFor(kind, field, fullPools, callers)));
  return fc.sample(arbitrary, { seed, numRuns });
}

/** The HTTP request of a generated GraphQL request. */
function toHttp(request) {
  const body = JSON.stringify({ operationName: request.operationName, query: request.query, variables: request.variables });
  return { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body };
}

// ---------------------------------------------------------------------------------------------------
// Protocol cases

/**
 * `query { ...F0 } fragment F0 on Query { ...F1 ...F1 } … fragment F22 on Query { me { id } }`: `count`
 * fragments, each spreading the next twice, 2^(count-1) `me` fields once expanded (916 bytes for 23).
 */
function exponentialFragments(count) {
  const parts = ['query { ...F0 }'];
  for (let i = 0; i < count - 1; i++) parts.push(`fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  parts.push(`fragment F${count - 1} on Query { me { id } }`);
  return parts.join('\n');
}

/** A protocol case: any method, path, headers and body. */
const raw = (operation, method, path, headers, body, extra = {}) => ({
  operation,
  caller: 'anonymous',
  http: { method, path, headers, body },
  ...extra,
});
/** A protocol case: a JSON body POSTed to /graphql. */
const post = (operation, body, extra = {}) =>
  raw(operation, 'POST', '/graphql', { 'content-type': 'application/json' }, JSON.stringify(body), extra);
const get = (operation, query, headers, extra = {}) => raw(operation, 'GET', `/graphql?${query}`, headers, undefined, extra);
const postText = (operation, contentType, body, extra = {}) =>
  raw(operation, 'POST', '/graphql', contentType ? { 'content-type': contentType } : {}, body, extra);

const CREATE_PERIOD = 'mutation CreatePeriod($input: CreatePeriodInput!) { createPeriod(input: $input) { id } }';
const FIRST_PRACTICES = 'query Practices($first: Int) { goodPractices(first: $first) { totalCount } }';
const LOGIN = 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id } }';
const ME = JSON.stringify({ query: '{ me { id } }' });
const q = (query) => `query=${encodeURIComponent(query)}`;
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

/**
 * The fixed list of protocol cases: malformed bodies, unusual methods and content types, documents that
 * are expensive to parse or validate, and variables of the wrong type. `expectStatus` / `expectCodes`
 * (when given) are checked on top of the general rules.
 */
function protocolCases() {
  const fragments23 = exponentialFragments(23);
  const aliases = Array.from({ length: 2000 }, (_, i) => `a${i}: __typename`).join(' ');
  const directives = '@include(if: true) '.repeat(500);
  // 50,000 tokens (`[` and `]`), well under 100 kB.
  const tokens = `query { goodPractices(first: 1, filter: { cafCriterion: [${'[]'.repeat(25_000)}] }) { totalCount } }`;
  const deepList = `query { goodPractices(first: 1, filter: { cafCriterion: ${'['.repeat(20_000)}1${']'.repeat(20_000)} }) { totalCount } }`;
  const deepObject = `query { goodPractices(first: 1, filter: ${'{ a: '.repeat(10_000)}1${' }'.repeat(10_000)}) { totalCount } }`;
  const status400 = { expectStatus: [400] };
  const notJson = [400, 415];
  const notUtf8 = Buffer.concat([
    Buffer.from('{"query":"query($q: String) { goodPractices(query: $q) { totalCount } }","variables":{"q":"'),
    Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
    Buffer.from('"}}'),
  ]);
  return [
    postText('malformed JSON body', 'application/json', '{"query": "{ me { id } }"', status400),
    postText('JSON with a trailing comma', 'application/json', '{"query": "{ me { id } }",}', status400),
    postText('text/plain content type', 'text/plain', ME, { expectStatus: notJson }),
    postText('form content type', 'application/x-www-form-urlencoded', q('{ me { id } }'), { expectStatus: notJson }),
    postText('XML content type', 'application/xml', '<query>{ me { id } }</query>', { expectStatus: notJson }),
    postText('no content type', undefined, Buffer.from(ME), { expectStatus: notJson }),
    postText('JSON with a charset the server does not know', 'application/json; charset=klingon', ME, { expectStatus: [400, 415] }),
    postText('empty body', 'application/json', '', status400),
    postText('JSON null body', 'application/json', 'null', status400),
    postText('JSON string body', 'application/json', '"{ me { id } }"', status400),
    postText('body that is not UTF-8', 'application/json', notUtf8, { caller: 'coordinator' }),
    postText(
      'a float beyond double range in the JSON',
      'application/json',
      '{"query":"query($first: Int) { goodPractices(first: $first) { totalCount } }","variables":{"first":1e400}}',
      status400,
    ),
    get('GET with a query string', q('{ me { id } }'), PREFLIGHT, { caller: 'lead', expectStatus: [200] }),
    get('GET without a preflight header (CSRF)', q('{ me { id } }'), {}, status400),
    get('GET with a mutation', q('mutation { logout }'), PREFLIGHT, { expectStatus: [405] }),
    get('GET with variables that are not JSON', `${q(FIRST_PRACTICES)}&variables=%7Bnot-json`, PREFLIGHT, status400),
    raw('PUT', 'PUT', '/graphql', { 'content-type': 'application/json' }, ME, { expectStatus: [400, 404, 405] }),
    post('batched array', [{ query: '{ me { id } }' }, { query: '{ me { id } }' }], status400),
    post('empty array', [], status400),
    post('query is not a string', { query: 42 }, status400),
    post('query is missing', { variables: {} }, status400),
    post('variables is a string', { query: FIRST_PRACTICES, variables: '{"first": 1}' }, status400),
    post('variables is an array', { query: FIRST_PRACTICES, variables: [1] }, status400),
    post('operationName is not a string', { query: FIRST_PRACTICES, operationName: { a: 1 } }, status400),
    post(
      'unknown operationName',
      { query: 'query A { me { id } }', operationName: 'B' },
      { expectStatus: [400], expectCodes: ['OPERATION_RESOLUTION_FAILURE'] },
    ),
    post('two anonymous operations', { query: 'query { me { id } } query { programmes { id } }' }, status400),
    post('two named operations, no operationName', { query: 'query A { me { id } } query B { programmes { id } }' }, status400),
    post(
      'persisted-query hash only',
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38' } } },
      { expectStatus: [400], expectCodes: ['PERSISTED_QUERY_NOT_SUPPORTED'] },
    ),
    post(
      'persisted-query hash with a query',
      { query: '{ me { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } },
      { expectStatus: [200, 400] },
    ),
    post(`exponential fragments, 23 (${fragments23.length} bytes)`, { query: fragments23 }, { ...status400, caller: 'lead' }),
    post('exponential fragments, 40', { query: exponentialFragments(40) }, { ...status400, caller: 'lead' }),
    post('fragment cycle', { query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }, status400),
    post('list literal nested 20,000 levels', { query: deepList }, { expectStatus: [400], expectCodes: ['GRAPHQL_PARSE_FAILED'] }),
    post('object literal nested 10,000 levels', { query: deepObject }, { expectStatus: [400], expectCodes: ['GRAPHQL_PARSE_FAILED'] }),
    post('selection sets nested 5,000 levels', { query: `query ${'{ me '.repeat(5_000)}${'}'.repeat(5_000)} }` }, status400),
    post(
      'null for a non-null input object',
      { query: CREATE_PERIOD, variables: { input: null } },
      { expectStatus: [400], expectCodes: ['BAD_USER_INPUT'], caller: 'lead' },
    ),
    post(
      'a non-null variable left out',
      { query: CREATE_PERIOD, variables: {} },
      { expectStatus: [400], expectCodes: ['BAD_USER_INPUT'], caller: 'lead' },
    ),
    post('{} for an Int', { query: FIRST_PRACTICES, variables: { first: {} } }, { expectStatus: [400], expectCodes: ['BAD_USER_INPUT'] }),
    post(
      '2147483648 for an Int',
      { query: FIRST_PRACTICES, variables: { first: 2147483648 } },
      { expectStatus: [400], expectCodes: ['BAD_USER_INPUT'] },
    ),
    post(
      '"NaN" for an Int',
      { query: FIRST_PRACTICES, variables: { first: 'NaN' } },
      { expectStatus: [400], expectCodes: ['BAD_USER_INPUT'] },
    ),
    post(
      'NUL in the login e-mail',
      { query: LOGIN, variables: { email: 'lead@demo.officebench.local\u0000', password: 'x' } },
      { expectStatus: [200, 400], expectCodes: ['BAD_USER_INPUT'] },
    ),
    post('introspection', { query: getIntrospectionQuery() }, { expectStatus: [200, 400] }),
    post('2,000 aliases', { query: `{ ${aliases} }` }, status400),
    post('@include(if: true) 500 times', { query: `{ me ${directives}{ id } }` }, status400),
    post('a body over 100 kB', { query: `{ me { id } } # ${'x'.repeat(110_000)}` }, { expectStatus: [413] }),
    post('50,000 tokens under 100 kB', { query: tokens }, status400),
    post('NUL in the document', { query: '{ me { id } }\u0000' }, status400),
    post(
      'lone surrogate in a string literal',
      { query: '{ goodPractices(query: "\ud800") { totalCount } }' },
      { expectStatus: [200, 400] },
    ),
  ];
}

// ---------------------------------------------------------------------------------------------------
// Sending and checking

/**
 * Sends one HTTP request and measures it until the whole answer is in.
 * @param {string} baseUrl
 * @param {{ method: string, path: string, headers?: Record<string, string>, body?: string | Buffer }} http
 * @param {{ cookie?: string, timeoutMs?: number }} [options]
 */
async function send(baseUrl, http, { cookie, timeoutMs = 5000 } = {}) {
  const headers = { ...http.headers, ...(cookie ? { cookie } : {}) };
  const started = performance.now();
  try {
    const response = await fetch(new URL(http.path, baseUrl), {
      method: http.method,
      headers,
      body: http.body,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'manual',
    });
    const text = await response.text();
    /** @type {Record<string, string>} */
    const responseHeaders = {};
    response.headers.forEach((value, key) => (responseHeaders[key] = value));
    // One cookie a line (a joined header is ambiguous: Expires holds a comma).
    if (response.headers.getSetCookie().length > 0) responseHeaders['set-cookie'] = response.headers.getSetCookie().join('\n');
    return { status: response.status, text, headers: responseHeaders, ms: performance.now() - started, error: undefined };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return {
      status: 0,
      text: '',
      headers: {},
      ms: performance.now() - started,
      error: timedOut ? `no answer within ${timeoutMs} ms` : String(error),
    };
  }
}

/** The body as JSON, or undefined. */
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A request shortened for a report. */
function describeRequest(c) {
  const body = c.http.body === undefined ? '' : Buffer.isBuffer(c.http.body) ? c.http.body.toString('latin1') : c.http.body;
  const short = body.length > 700 ? `${body.slice(0, 700)}… (${body.length} chars)` : body;
  const path = c.http.path.length > 200 ? `${c.http.path.slice(0, 200)}…` : c.http.path;
  return `${c.caller} ${c.http.method} ${path} ${short}`.trim();
}

/**
 * What is wrong with one answer (every problem it shows, in one failure), or undefined when it is fine.
 * @param {{ operation: string, caller: string, http: { method: string, path: string, body?: string | Buffer }, expectStatus?: number[], expectCodes?: string[] }} c
 * @param {{ status: number, text: string, headers: Record<string, string>, ms: number, error?: string }} result
 */
function checkAnswer(c, result) {
  /** @type {string[]} */
  const problems = [];
  const body = parseJson(result.text);
  const errors = body && Array.isArray(body.errors) ? body.errors : [];
  if (result.error) problems.push(result.error);
  else {
    if (result.status >= 500) problems.push(`HTTP ${result.status}`);
    else if (!ALLOWED_STATUSES.includes(result.status) && !(c.expectStatus ?? []).includes(result.status))
      problems.push(`unexpected HTTP ${result.status}`);
    if (c.expectStatus && !c.expectStatus.includes(result.status)) problems.push(`expected HTTP ${c.expectStatus.join(' or ')}`);
    if (c.expectCodes && !errors.some((e) => c.expectCodes?.includes(e?.extensions?.code)))
      problems.push(`expected code ${c.expectCodes.join(' or ')}`);
    // Data is the client's own (it may quote what the fuzzer sent); everything else must not leak internals.
    const scanned = body && typeof body === 'object' && !Array.isArray(body) ? JSON.stringify({ ...body, data: undefined }) : result.text;
    const leak = INTERNAL_TEXT.find((pattern) => pattern.test(scanned));
    if (leak) problems.push(`internal error text ${leak}`);
    for (const error of errors) {
      if (
        error?.extensions?.code === 'INTERNAL_SERVER_ERROR' &&
        (!error.extensions.requestId || error.extensions.requestId !== result.headers['x-request-id'])
      ) {
        problems.push(
          `INTERNAL_SERVER_ERROR with extensions.requestId ${JSON.stringify(error.extensions.requestId)} ≠ X-Request-Id ${JSON.stringify(result.headers['x-request-id'])}`,
        );
      }
    }
    if (result.ms > SLOW_MS) problems.push(`slow: ${Math.round(result.ms)} ms > ${SLOW_MS} ms`);
  }
  if (problems.length === 0) return undefined;
  return {
    operation: c.operation,
    status: result.status,
    code:
      errors
        .map((e) => e?.extensions?.code)
        .filter(Boolean)
        .join(',') || '-',
    message: String(errors[0]?.message ?? result.error ?? result.text).replace(/\s+/g, ' '),
    problem: problems.join('; '),
    ms: Math.round(result.ms),
    example: describeRequest(c),
  };
}

/**
 * Sends the cases one after another, checks each answer and `/health` after every `healthEvery` of them.
 * After an unanswered request, `recover()` must bring the API back (true) or the run stops (false).
 * @param {Array<{ operation: string, caller: string, http: { method: string, path: string, headers?: Record<string, string>, body?: string | Buffer }, expectStatus?: number[], expectCodes?: string[] }>} cases
 * @param {{ baseUrl: () => string, cookieFor: (caller: string) => string | undefined, signIn?: (caller: string) => Promise<void>, recover?: () => Promise<boolean>, healthEvery?: number, timeoutMs?: number, onAnswer?: (index: number) => void }} options
 */
async function runCases(cases, options) {
  const { healthEvery = 50, timeoutMs = 5000 } = options;
  /** @type {Array<NonNullable<ReturnType<typeof checkAnswer>>>} */
  const failures = [];
  /** @type {Record<string, number>} */
  const byStatus = {};
  /** @type {Record<string, number>} */
  const byCode = {};
  /** @type {Record<string, number>} answers with data and no error, by operation: how deep the fuzzer got */
  const succeeded = {};
  let slowest = { ms: 0, operation: '' };
  let stopped;
  const checkHealth = async (after) => {
    const health = await send(options.baseUrl(), { method: 'GET', path: '/health' }, { timeoutMs });
    if (health.status !== 200) {
      failures.push({
        operation: '/health',
        status: health.status,
        code: '-',
        message: health.error ?? health.text.slice(0, 200),
        problem: `/health did not answer 200 after ${after}`,
        ms: Math.round(health.ms),
        example: 'GET /health',
      });
      return false;
    }
    return true;
  };
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    const result = await send(options.baseUrl(), c.http, { cookie: options.cookieFor(c.caller), timeoutMs });
    byStatus[result.status] = (byStatus[result.status] ?? 0) + 1;
    const body = parseJson(result.text);
    for (const error of body && Array.isArray(body.errors) ? body.errors : []) {
      const code = String(error?.extensions?.code ?? '(none)');
      byCode[code] = (byCode[code] ?? 0) + 1;
    }
    if (result.status === 200 && body?.data && !body.errors) succeeded[c.operation] = (succeeded[c.operation] ?? 0) + 1;
    if (result.ms > slowest.ms) slowest = { ms: Math.round(result.ms), operation: c.operation };
    const failure = checkAnswer(c, result);
    if (failure) failures.push(failure);
    options.onAnswer?.(i);
    if (c.operation === 'logout' && c.caller !== 'anonymous' && options.signIn) await options.signIn(c.caller);
    const unanswered = result.status === 0;
    if (unanswered || (i + 1) % healthEvery === 0 || i === cases.length - 1) {
      const healthy = await checkHealth(unanswered ? `no answer to ${c.operation}` : `${i + 1} requests`);
      if (!healthy && !(options.recover && (await options.recover()))) {
        stopped = `the API stopped answering after request ${i + 1} of ${cases.length} (${c.operation}); the rest were not sent`;
        break;
      }
    }
  }
  return { failures, byStatus, byCode, succeeded, slowest, sent: cases.length, stopped };
}

/**
 * Failures grouped by (operation, status, code, first 120 characters of the message with the quoted
 * values left out), biggest group first, each with its problems and an example request.
 * @param {Array<NonNullable<ReturnType<typeof checkAnswer>>>} failures @param {{ title?: string, seed?: number, stopped?: string }} [options]
 */
function formatReport(failures, { title = 'fuzz', seed, stopped } = {}) {
  if (failures.length === 0 && !stopped) return '';
  /** @type {Map<string, { count: number, slowest: number, problems: Set<string>, example: string }>} */
  const groups = new Map();
  for (const f of failures) {
    // The values a message quotes vary from request to request; the rest says what went wrong.
    const message = f.message
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>')
      .replace(/(got invalid value) .*?(; | at "|$)/, '$1 …$2')
      .slice(0, 120);
    const key = `${f.operation} · HTTP ${f.status} · ${f.code} · ${JSON.stringify(message)}`;
    const group = groups.get(key) ?? { count: 0, slowest: 0, problems: new Set(), example: f.example };
    group.count += 1;
    group.slowest = Math.max(group.slowest, f.ms);
    for (const problem of f.problem.split('; ')) group.problems.add(problem.replace(/\d+ ms >/, 'N ms >'));
    groups.set(key, group);
  }
  const lines = [`${title}: ${failures.length} failure(s) in ${groups.size} group(s)${seed === undefined ? '' : ` (seed ${seed})`}`];
  if (stopped) lines.push(`STOPPED: ${stopped}`);
  for (const [key, group] of [...groups].sort((a, b) => b[1].count - a[1].count)) {
    lines.push(
      '',
      `${group.count}× ${key}  [slowest ${group.slowest} ms]`,
      `   problems: ${[...group.problems].join('; ')}`,
      `   e.g. ${group.example}`,
    );
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------
// Signing in and the pools of real ids

const DEMO_PASSWORD = 'officebench-demo';
const DEMO_ACCOUNTS = { lead: 'lead@demo.officebench.local', coordinator: 'coordinator.1@demo.officebench.local' };

/** Signs in over HTTP and returns the session cookie (name=value), or throws. */
async function signIn(baseUrl, email, password = DEMO_PASSWORD) {
  const result = await send(baseUrl, toHttp({ query: LOGIN, variables: { email, password }, operationName: 'Login' }), {
    timeoutMs: 10_000,
  });
  const cookie = (result.headers['set-cookie'] ?? '')
    .split('\n')
    .map((c) => c.trim().split(';')[0])
    .find((c) => c.startsWith('officebench_session=') && c !== 'officebench_session=');
  if (!cookie) throw new Error(`could not sign in as ${email}: HTTP ${result.status} ${result.error ?? result.text.slice(0, 300)}`);
  return cookie;
}

/** Real ids and strings of the demo data, read over GraphQL as the lead and a coordinator. */
async function collectPools(baseUrl, { lead, coordinator }) {
  const ask = async (query, variables, cookie) =>
    parseJson((await send(baseUrl, toHttp({ query, variables }), { cookie, timeoutMs: 10_000 })).text)?.data ?? {};
  /** @type {Record<string, Set<string>>} */
  const ids = {
    programme: new Set(),
    office: new Set(),
    period: new Set(),
    peerGroup: new Set(),
    target: new Set(),
    practice: new Set(),
    user: new Set(),
    submission: new Set(),
  };
  /** @type {Record<string, Set<string>>} */
  const strings = { indicatorCode: new Set(), region: new Set() };
  const { programmes = [] } = await ask(
    '{ programmes { id offices { id region } peerGroups { id } periods { id } indicators { code } targets { id } } }',
    {},
    lead,
  );
  for (const p of programmes) {
    ids.programme.add(p.id);
    for (const o of p.offices ?? []) {
      ids.office.add(o.id);
      strings.region.add(o.region);
    }
    for (const g of p.peerGroups ?? []) ids.peerGroup.add(g.id);
    for (const q of p.periods ?? []) ids.period.add(q.id);
    for (const i of p.indicators ?? []) strings.indicatorCode.add(i.code);
    for (const t of p.targets ?? []) ids.target.add(t.id);
    const { users = [] } = await ask('query($p: ID) { users(programmeId: $p) { id } }', { p: p.id }, lead);
    for (const u of users) ids.user.add(u.id);
  }
  const { goodPractices } = await ask('{ goodPractices(first: 50) { edges { node { id } } } }', {}, coordinator);
  for (const e of goodPractices?.edges ?? []) ids.practice.add(e.node.id);
  const { me, myGoodPractices = [] } = await ask('{ me { id roles { office { id } } } myGoodPractices { id } }', {}, coordinator);
  for (const p of myGoodPractices) ids.practice.add(p.id);
  const ownOffice = me?.roles?.find((r) => r.office)?.office?.id;
  if (ownOffice) {
    for (const periodId of [...ids.period].slice(-6)) {
      const { submission } = await ask(
        'query($o: ID!, $p: ID!) { submission(officeId: $o, periodId: $p) { id } }',
        { o: ownOffice, p: periodId },
        coordinator,
      );
      if (submission?.id) ids.submission.add(submission.id);
    }
  }
  // At most 40 of a kind: the first 20 and the last 20 (the newest periods are the open ones).
  const list = (sets) =>
    Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, v.size > 40 ? [...[...v].slice(0, 20), ...[...v].slice(-20)] : [...v]]));
  const pools = { ids: list(ids), strings: list(strings) };
  // The coordinator's own office often (a quarter of the draws), so that its writes get past the access checks.
  if (ownOffice) pools.ids.office.push(...Array.from({ length: Math.ceil(pools.ids.office.length / 3) }, () => ownOffice));
  return pools;
}

module.exports = {
  SCHEMA_PATH,
  ALLOWED_STATUSES,
  SLOW_MS,
  INTERNAL_TEXT,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  loadSchema,
  rootFields,
  generateRequests,
  toHttp,
  exponentialFragments,
  protocolCases,
  send,
  checkAnswer,
  runCases,
  formatReport,
  signIn,
  collectPools,
};
