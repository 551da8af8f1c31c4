import { useT } from '@edutrack/i18n/react';
import { renderHook } from '@testing-library/react';

/** The screens' words in English (the setup loads the call catalogs), for the describe-* functions. */
export const englishT = renderHook(() => useT()).result.current;
