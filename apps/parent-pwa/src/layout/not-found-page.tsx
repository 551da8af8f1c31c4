import { useT } from '@edutrack/i18n/react';
import { Link } from 'wouter';
import { PageHeading } from '../components/page-heading.tsx';

export function NotFoundPage() {
  const t = useT();
  return (
    <div className="stack">
      <PageHeading title={t('layout.notFoundTitle')}>{t('layout.notFound')}</PageHeading>
      <Link href="/" className="button primary">
        {t('layout.goToMeetings')}
      </Link>
    </div>
  );
}
