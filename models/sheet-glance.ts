/**
 * What the top of a sheet shows at a glance (issue 12): the last exchange, the next open task and how
 * many records each section holds (empty sections fold into the "Add …" menu). Reads through indexes
 * only: the last exchanges by `[companyId+happensAt]`, the rest as counts or the sheet's few tasks.
 */
import type { Interaction, Task } from '../core/domain';
import { partitionTasks } from '../core/pipelines';
import { db } from '../storage/db';
import { MIN_KEY } from '../storage/live';
import { sheetCounts } from '../storage/repos/sheet-counts';

export interface SheetGlance {
  lastExchange?: Interaction;
  nextTask?: Task;
  counts: {
    exchanges: number;
    tasks: number;
    opportunities: number;
    tickets: number;
    sales: number;
    documents: number;
  };
}

export async function sheetGlance(companyId: string, now = Date.now()): Promise<SheetGlance> {
  const [recent, tasks, counts] = await Promise.all([
    // Newest first; a few future items (meetings to come) may precede the last past one.
    db.interactions
      .where('[companyId+happensAt]')
      .between([companyId, MIN_KEY], [companyId, now], true, true)
      .reverse()
      .limit(1)
      .toArray(),
    db.tasks.where('companyId').equals(companyId).toArray(),
    sheetCounts(companyId, ['interactions', 'opportunities', 'tickets', 'quotes', 'orders', 'invoices', 'documents']),
  ]);
  return {
    lastExchange: recent[0],
    nextTask: partitionTasks(tasks).open[0],
    counts: {
      exchanges: counts.interactions,
      tasks: tasks.length,
      opportunities: counts.opportunities,
      tickets: counts.tickets,
      sales: counts.quotes + counts.orders + counts.invoices,
      documents: counts.documents,
    },
  };
}
