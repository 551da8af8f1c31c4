import { useT } from '@edutrack/i18n/react';
import { useParams } from 'wouter';
import { useEvening } from '../../api/use-evenings.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { EveningScreen } from './evening-screen.tsx';
import './evenings.css';

/** One parents' evening: when booking opens, booking the family's meetings, and the booked evening. */
export function EveningPage() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const evening = useEvening(id);
  return (
    <>
      <PageHeading title={t('evenings.pageTitle')}>{evening.data?.name ?? t('evenings.pageTitle')}</PageHeading>
      <QueryView query={evening} what={t('evenings.theEveningWhat')}>
        {(data) => <EveningScreen evening={data} receivedAt={evening.dataUpdatedAt} />}
      </QueryView>
    </>
  );
}
