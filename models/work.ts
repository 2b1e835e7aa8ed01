/**
 * Data access for a sheet's opportunities, tasks and tickets (SPEC §2.5) and for the options page's
 * pipelines tab: live queries the components subscribe to, and the actions they call. Components
 * never import `storage/` themselves (STYLE.md import rules).
 */
import type { Opportunity, Pipeline, Project, Task, Ticket, User } from '../core/domain';
import { db } from '../storage/db';
import * as opportunities from '../storage/repos/opportunities';
import * as pipelines from '../storage/repos/pipelines';
import * as tasks from '../storage/repos/tasks';
import * as tickets from '../storage/repos/tickets';
import { sendMessage } from './messaging';

/** A task's due day or state changed: the background re-derives its reminder (entrypoints/background/reminders.ts). */
function syncingReminders<T>(p: Promise<T>): Promise<T> {
  return p.then((value) => {
    void sendMessage({ type: 'reminders/sync' });
    return value;
  });
}

export interface SheetWork {
  pipelines: Pipeline[];
  opportunities: Opportunity[];
  tasks: Task[];
  projects: Project[];
  tickets: Ticket[];
  users: User[];
}

export const workQueries = {
  async sheet(companyId: string): Promise<SheetWork> {
    const [p, o, t, pr, tk, u] = await Promise.all([
      pipelines.listPipelines(),
      opportunities.listOpportunities(companyId),
      tasks.listTasks(companyId),
      tasks.listProjects(companyId),
      tickets.listTickets(companyId),
      db.users.toArray(),
    ]);
    u.sort((a, b) => Number(b.isMe) - Number(a.isMe) || a.name.localeCompare(b.name));
    return { pipelines: p, opportunities: o, tasks: t, projects: pr, tickets: tk, users: u };
  },
  /** Every pipeline, with how many opportunities sit at each step (for the options tab). */
  async pipelinesWithUsage(): Promise<Array<{ pipeline: Pipeline; usage: Record<string, number>; total: number }>> {
    const list = await pipelines.listPipelines();
    return Promise.all(
      list.map(async (pipeline) => {
        const usage = await pipelines.countByStep(pipeline.id);
        return { pipeline, usage, total: Object.values(usage).reduce((a, b) => a + b, 0) };
      }),
    );
  },
};

export const workActions = {
  ensureDefaultPipeline: (names: { name: string; steps: readonly string[] }) => pipelines.ensureDefaultPipeline(names),
  createPipeline: (name: string) => pipelines.createPipeline(name),
  renamePipeline: (id: string, name: string) => pipelines.renamePipeline(id, name),
  makeDefaultPipeline: (id: string) => pipelines.makeDefaultPipeline(id),
  deletePipeline: (id: string) => pipelines.deletePipeline(id),
  restorePipeline: (p: Pipeline) => pipelines.restorePipeline(p),
  addStep: (pipelineId: string, draft: { name: string; probability: number }) => pipelines.addStep(pipelineId, draft),
  updateStep: (pipelineId: string, stepId: string, draft: { name: string; probability: number }) =>
    pipelines.updateStep(pipelineId, stepId, draft),
  moveStep: (pipelineId: string, stepId: string, delta: number) => pipelines.moveStep(pipelineId, stepId, delta),
  deleteStep: (pipelineId: string, stepId: string, moveTo?: string) =>
    pipelines.deleteStep(pipelineId, stepId, moveTo ? { moveTo } : {}),

  saveOpportunity: (companyId: string, input: opportunities.OpportunityInput, id?: string) =>
    opportunities.saveOpportunity(companyId, input, id),
  moveOpportunity: (id: string, stepId: string) => opportunities.moveOpportunity(id, stepId),
  setOpportunityStatus: (id: string, status: Opportunity['status']) => opportunities.setOpportunityStatus(id, status),
  deleteOpportunity: (id: string) => opportunities.deleteOpportunity(id),
  restoreOpportunity: (o: Opportunity) => opportunities.restoreOpportunity(o),

  saveTask: (companyId: string, input: tasks.TaskInput, id?: string) =>
    syncingReminders(tasks.saveTask(companyId, input, id)),
  setTaskDone: (id: string, done: boolean) => syncingReminders(tasks.setTaskDone(id, done)),
  deleteTask: (id: string) => syncingReminders(tasks.deleteTask(id)),
  restoreTask: (task: Task) => syncingReminders(tasks.restoreTask(task)),

  saveTicket: (companyId: string, input: tickets.TicketInput, id?: string) => tickets.saveTicket(companyId, input, id),
  addTicketComment: (id: string, text: string) => tickets.addTicketComment(id, text),
  setTicketStatus: (id: string, status: Ticket['status']) => tickets.setTicketStatus(id, status),
  deleteTicket: (id: string) => tickets.deleteTicket(id),
  restoreTicket: (ticket: Ticket) => tickets.restoreTicket(ticket),
};
