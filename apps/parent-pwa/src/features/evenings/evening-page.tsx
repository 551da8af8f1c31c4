import { useParams } from 'wouter';
import { useEvening } from '../../api/use-evenings.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { QueryView } from '../../components/query-view.tsx';
import { EveningScreen } from './evening-screen.tsx';
import './evenings.css';

/** One parents' evening: when booking opens, booking the family's meetings, and the booked evening. */
export function EveningPage() {
  const { id } = useParams<{ id: string }>();
  const evening = useEvening(id);
  return (
    <>
      <PageHeading title="Parents' evening">{evening.data?.name ?? "Parents' evening"}</PageHeading>
      <QueryView query={evening} what="the parents' evening">
        {(data) => <EveningScreen evening={data} receivedAt={evening.dataUpdatedAt} />}
      </QueryView>
    </>
  );
}
