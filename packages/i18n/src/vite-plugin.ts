import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { compileCatalog } from './compile-catalog.ts';

/** locales/<language>/<namespace>.json: one file per feature and language. */
const CATALOG_FILE = /\/locales\/[^/]+\/[^/]+\.json$/;
// The compiled module gets an id of its own, ending in .js, so Vite's JSON handling leaves it alone.
const COMPILED = '.catalog.js';
const PSEUDO = '.pseudo';

/**
 * Compiles message catalogs when they are imported (`import.meta.glob('../locales/*\/*.json')`): each
 * becomes a small chunk of compiled messages, fetched only for the language in use. `?pseudo` on an
 * English catalog yields the pseudo-locale.
 */
export function catalogPlugin(): Plugin {
  return {
    name: 'edutrack:catalogs',
    enforce: 'pre',
    async resolveId(source, importer) {
      const [path = '', query] = source.split('?');
      if (!CATALOG_FILE.test(path)) return null;
      const resolved = await this.resolve(path, importer, { skipSelf: true });
      if (!resolved) return null;
      return `${resolved.id}${query === 'pseudo' ? PSEUDO : ''}${COMPILED}`;
    },
    async load(id) {
      if (!id.endsWith(COMPILED)) return null;
      let file = id.slice(0, -COMPILED.length);
      const pseudo = file.endsWith(PSEUDO);
      if (pseudo) file = file.slice(0, -PSEUDO.length);
      this.addWatchFile(file);
      const source = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
      return `export default ${JSON.stringify(compileCatalog(source, { pseudo }))};`;
    },
  };
}
