import type { KnockerIdentity } from '../host/classify-knocker.ts';

/** Who a knocker is, in words; the border style differs too, but the words carry the meaning. */
export function KnockerBadge({ identity }: { identity: KnockerIdentity }) {
  return (
    <span className={`etm-badge etm-badge--${identity.kind}`}>
      {identity.kind === 'unknown-guest' ? '⚠ ' : '✓ '}
      {identity.label}
    </span>
  );
}
