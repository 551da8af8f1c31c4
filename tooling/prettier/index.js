/**
 * One formatting for the whole tree. The width matches how the code was written before the
 * formatter arrived (most lines under 120), so the first pass changed layout, not style.
 * @type {import('prettier').Config}
 */
export default {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  arrowParens: 'always',
};
