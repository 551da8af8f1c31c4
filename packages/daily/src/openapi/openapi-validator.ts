import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** Top-level OpenAPI fields: the document is added to Ajv whole so `#/components/...` refs resolve. */
const OPENAPI_DOCUMENT_FIELDS = [
  'openapi',
  'info',
  'servers',
  'paths',
  'components',
  'security',
  'tags',
  'externalDocs',
];
/** OpenAPI annotations that are not JSON Schema keywords (Ajv knows `nullable`, `readOnly`, `examples`). */
const OPENAPI_ANNOTATIONS = ['example'];

const extensionKeywords = (document: unknown): string[] => {
  const found = new Set<string>();
  JSON.stringify(document, (key: string, value: unknown) => {
    if (key.startsWith('x-')) found.add(key);
    return value;
  });
  return [...found];
};

const escapePointerSegment = (segment: string): string => segment.replaceAll('~', '~0').replaceAll('/', '~1');

const hasPath = (document: unknown, segments: readonly string[]): boolean => {
  let node: unknown = document;
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null || !(segment in node)) return false;
    node = Reflect.get(node, segment);
  }
  return true;
};

export type HttpMethod = 'get' | 'post' | 'put' | 'delete' | 'patch';

export interface OpenApiValidator {
  /** The validator for the schema at a JSON pointer into the document, given as segments. */
  schemaAt<T = unknown>(...segments: string[]): ValidateFunction<T> | undefined;
  /** The validator for an operation's JSON request body, or undefined when the spec declares none. */
  requestBody<T = unknown>(method: HttpMethod, path: string): ValidateFunction<T> | undefined;
  /** The validator for a named schema under components.schemas. */
  component<T = unknown>(name: string): ValidateFunction<T> | undefined;
  /** The validator for an operation's JSON answer with that status, or undefined when the spec declares no schema. */
  response(method: HttpMethod, path: string, status: number): ValidateFunction | undefined;
  describe(errors: ErrorObject[] | null | undefined): string;
}

/**
 * Validates data against the schemas of an OpenAPI 3.0 document. Ajv handles 3.0's `nullable`
 * natively; `format: int32` is checked (it is what rejects millisecond timestamps).
 */
export function createOpenApiValidator(document: object, id = 'openapi'): OpenApiValidator {
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary([...OPENAPI_DOCUMENT_FIELDS, ...OPENAPI_ANNOTATIONS, ...extensionKeywords(document)]);
  ajv.addSchema(document, id);

  const schemaAt = <T>(...segments: string[]): ValidateFunction<T> | undefined => {
    if (!hasPath(document, segments)) return undefined;
    return ajv.getSchema<T>(`${id}#/${segments.map(escapePointerSegment).join('/')}`);
  };

  return {
    schemaAt,
    requestBody: <T>(method: HttpMethod, path: string) =>
      schemaAt<T>('paths', path, method, 'requestBody', 'content', 'application/json', 'schema'),
    component: <T>(name: string) => schemaAt<T>('components', 'schemas', name),
    response: (method, path, status) =>
      schemaAt('paths', path, method, 'responses', String(status), 'content', 'application/json', 'schema'),
    describe: (errors) => ajv.errorsText(errors, { separator: '; ', dataVar: 'body' }),
  };
}
