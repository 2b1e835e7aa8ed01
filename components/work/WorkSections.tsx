/** The sheet's "Opportunities, tasks, tickets" part (SPEC §2.5): one live query feeds the three sections; the sheet says which to show. */
import type { Person } from '../../core/domain';
import { workQueries } from '../../models/work';
import { useLive } from '../hooks';
import { OpportunitiesSection } from './OpportunitiesSection';
import { TasksSection } from './TasksSection';
import { TicketsSection } from './TicketsSection';

export interface WorkShown {
  tasks: boolean;
  opportunities: boolean;
  tickets: boolean;
}

export function WorkSections({ companyId, people, show }: { companyId: string; people: Person[]; show: WorkShown }) {
  const work = useLive(() => workQueries.sheet(companyId), [companyId]);
  if (!work) return null;
  return (
    <>
      {show.tasks ? <TasksSection companyId={companyId} work={work} /> : null}
      {show.opportunities ? <OpportunitiesSection companyId={companyId} work={work} people={people} /> : null}
      {show.tickets ? <TicketsSection companyId={companyId} work={work} people={people} /> : null}
    </>
  );
}
