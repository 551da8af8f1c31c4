import type { ReactNode } from 'react';

const MARK = '\u0001';

/**
 * A translated sentence with one value shown in bold (a countdown clock, a teacher's name): the message is asked for
 * with a marker in the value's place, so translators keep the whole sentence and its word order.
 */
export function withStrong(
  translate: (value: string) => string,
  value: string,
  className = 'countdown-time',
): ReactNode {
  const [before = '', after = ''] = translate(MARK).split(MARK);
  return (
    <>
      {before}
      <strong className={className || undefined}>{value}</strong>
      {after}
    </>
  );
}
