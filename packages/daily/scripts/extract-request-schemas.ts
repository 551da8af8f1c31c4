/**
 * Copies the request-body schemas of Daily's OpenAPI document (and the component schemas they
 * reference) into a small JSON file the emulator validates requests with at runtime. The full
 * spec lives outside the repository; the emulator must run without it.
 *
 * Usage: tsx scripts/extract-request-schemas.ts <openapi.json> <output.json>
 */
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  throw new Error('usage: extract-request-schemas <openapi.json> <output.json>');
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const spec = JSON.parse(readFileSync(input, 'utf8')) as Json;
if (!isObject(spec) || !isObject(spec.paths) || !isObject(spec.components)) {
  throw new Error(`${input} is not an OpenAPI document`);
}
const allSchemas = spec.components.schemas;
if (!isObject(allSchemas)) throw new Error('the document has no components.schemas');

const paths: Record<string, Record<string, { requestBody: Json }>> = {};
for (const [path, item] of Object.entries(spec.paths)) {
  if (!isObject(item)) continue;
  for (const [method, operation] of Object.entries(item)) {
    if (isObject(operation) && operation.requestBody !== undefined) {
      (paths[path] ??= {})[method] = { requestBody: operation.requestBody };
    }
  }
}

const schemas: Record<string, Json> = {};
const refPrefix = '#/components/schemas/';
const collectRefs = (node: Json): void => {
  if (Array.isArray(node)) return node.forEach(collectRefs);
  if (!isObject(node)) return;
  const ref = node.$ref;
  if (typeof ref === 'string' && ref.startsWith(refPrefix)) {
    const name = ref.slice(refPrefix.length);
    const target = allSchemas[name];
    if (target === undefined) throw new Error(`unresolved ${ref}`);
    if (!(name in schemas)) {
      schemas[name] = target;
      collectRefs(target);
    }
  }
  Object.values(node).forEach(collectRefs);
};
collectRefs(paths);

const extract = {
  openapi: spec.openapi ?? null,
  info: { source: 'Daily OpenAPI request bodies, extracted by scripts/extract-request-schemas.ts' },
  paths,
  components: { schemas },
};
writeFileSync(output, `${JSON.stringify(extract, null, 2)}\n`);
console.log(`wrote ${Object.keys(paths).length} paths and ${Object.keys(schemas).length} schemas to ${output}`);
