import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** React code in the two apps and the shared call screens: hooks rules and accessibility. */
export function reactConfig(files) {
  return [
    {
      files,
      ...jsxA11y.flatConfigs.recommended,
      languageOptions: { ...jsxA11y.flatConfigs.recommended.languageOptions, globals: { ...globals.browser } },
    },
    {
      files,
      plugins: { 'react-hooks': reactHooks },
      // The classic hook rules. The React Compiler diagnostics that v7's preset adds are left out:
      // the apps are not compiled with React Compiler, so its memoization limits do not apply.
      rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
    },
  ];
}
