import { Link } from 'wouter';
import { PageHeading } from '../components/page-heading.tsx';

export function NotFoundPage() {
  return (
    <div className="stack">
      <PageHeading title="Not found">We couldn't find that page</PageHeading>
      <Link href="/" className="button primary">
        Go to my meetings
      </Link>
    </div>
  );
}
