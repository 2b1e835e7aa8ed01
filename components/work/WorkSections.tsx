/** The sheet's "Opportunities, tasks, tickets" part (SPEC §2.5): one live query feeds the three sections. */
import type { Person } from '../../core/domain';
import { workQueries } from '../../models/work';
import { useLive } from '../hooks';
import { OpportunitiesSection } from './OpportunitiesSection';
import { TasksSection } from './TasksSection';
import { TicketsSection } from './TicketsSection';

export function WorkSections({ companyId, people }: { companyId: string; people: Person[] }) {
  const work = useLive(() => workQueries.sheet(companyId), [companyId]);
  if (!work) return null;
  return (
    <>
      <OpportunitiesSection companyId={companyId} work={work} people={people} />
      <TasksSection companyId={companyId} work={work} />
      <TicketsSection companyId={companyId} work={work} people={people} />
    </>
  );
}
