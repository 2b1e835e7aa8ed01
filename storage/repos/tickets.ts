/**
 * After-sales tickets of a sheet (SPEC §2.5): subject, status (open, pending, closed), priority,
 * contact and a comment thread. A comment's author is the "me" user when there is one, read in the
 * same transaction as the write. Every record is parsed by its zod schema before it is written.
 */
import { newId, ticket as ticketSchema, type Ticket } from '../../core/domain';
import { db as defaultDb, type FicheDB } from '../db';
import { deleteForUndo } from './delete-for-undo';

export interface TicketInput {
  subject: string;
  priority: Ticket['priority'];
  status?: Ticket['status'] | undefined;
  personId?: string | undefined;
  /** The question as asked: the thread's first comment, when creating. */
  firstComment?: string | undefined;
}

export function listTickets(companyId: string, db: FicheDB = defaultDb): Promise<Ticket[]> {
  return db.tickets.where('companyId').equals(companyId).toArray();
}

async function meId(db: FicheDB): Promise<string | undefined> {
  return (await db.users.filter((u) => u.isMe).first())?.id;
}

/** Creates (no id) or updates a ticket; comments are kept on update. */
export async function saveTicket(
  companyId: string,
  input: TicketInput,
  id?: string,
  db: FicheDB = defaultDb,
  now = Date.now(),
): Promise<string> {
  return db.transaction('rw', db.tickets, db.users, async () => {
    const current = id ? await db.tickets.get(id) : undefined;
    if (id && !current) throw new Error(`no ticket ${id}`);
    const first = input.firstComment?.trim();
    const author = first && !current ? await meId(db) : undefined;
    const record = ticketSchema.parse({
      id: current?.id ?? newId(),
      companyId,
      subject: input.subject.trim(),
      status: input.status ?? current?.status ?? 'open',
      priority: input.priority,
      ...(input.personId ? { personId: input.personId } : {}),
      comments: current
        ? current.comments
        : first
          ? [{ at: now, ...(author ? { authorId: author } : {}), text: first }]
          : [],
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    });
    await db.tickets.put(record);
    return record.id;
  });
}

export type CommentResult = { ok: true } | { ok: false; error: 'required' };

/** Appends a comment by "me" (if a user is marked so). */
export async function addTicketComment(
  id: string,
  text: string,
  db: FicheDB = defaultDb,
  now = Date.now(),
): Promise<CommentResult> {
  const body = text.trim();
  if (body === '') return { ok: false, error: 'required' };
  return db.transaction('rw', db.tickets, db.users, async (): Promise<CommentResult> => {
    const current = await db.tickets.get(id);
    if (!current) throw new Error(`no ticket ${id}`);
    const author = await meId(db);
    const comment = { at: now, ...(author ? { authorId: author } : {}), text: body };
    await db.tickets.put(ticketSchema.parse({ ...current, comments: [...current.comments, comment], updatedAt: now }));
    return { ok: true };
  });
}

export async function setTicketStatus(
  id: string,
  status: Ticket['status'],
  db: FicheDB = defaultDb,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.tickets, async () => {
    const current = await db.tickets.get(id);
    if (!current) throw new Error(`no ticket ${id}`);
    await db.tickets.put(ticketSchema.parse({ ...current, status, updatedAt: now }));
  });
}

export function deleteTicket(id: string, db: FicheDB = defaultDb): Promise<Ticket | undefined> {
  return deleteForUndo(db, db.tickets, id);
}

export async function restoreTicket(ticket: Ticket, db: FicheDB = defaultDb): Promise<void> {
  await db.tickets.put(ticketSchema.parse(ticket));
}
