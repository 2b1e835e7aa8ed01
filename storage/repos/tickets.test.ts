import { describe, expect, it } from 'vitest';
import { FicheDB } from '../db';
import { addTicketComment, deleteTicket, listTickets, restoreTicket, saveTicket, setTicketStatus } from './tickets';
import { saveUser } from './users';

const fresh = () => new FicheDB('test-' + crypto.randomUUID());

describe('tickets repo', () => {
  it('opens a ticket with its question as first comment, authored by "me" when there is one', async () => {
    const db = fresh();
    const noMe = await saveTicket('c1', { subject: 'A', priority: 'high', firstComment: 'Cassé' }, undefined, db, 10);
    expect((await db.tickets.get(noMe))!.comments).toEqual([{ at: 10, text: 'Cassé' }]);
    const me = await saveUser({ name: 'Ana', email: '', isMe: true }, undefined, db);
    if (!me.ok) throw new Error('user');
    const id = await saveTicket(
      'c1',
      { subject: ' Câble abîmé ', priority: 'urgent', personId: 'p1', firstComment: '  ' },
      undefined,
      db,
    );
    expect(await db.tickets.get(id)).toMatchObject({
      subject: 'Câble abîmé',
      status: 'open',
      priority: 'urgent',
      personId: 'p1',
      comments: [],
    });
    await addTicketComment(id, 'Remplacement expédié', db, 20);
    expect((await db.tickets.get(id))!.comments).toEqual([{ at: 20, authorId: me.id, text: 'Remplacement expédié' }]);
    expect((await listTickets('c1', db)).length).toBe(2);
  });

  it('refuses an empty comment as a value, and an empty subject (zod)', async () => {
    const db = fresh();
    const id = await saveTicket('c1', { subject: 'S', priority: 'normal' }, undefined, db);
    expect(await addTicketComment(id, '   ', db)).toEqual({ ok: false, error: 'required' });
    await expect(saveTicket('c1', { subject: ' ', priority: 'normal' }, undefined, db)).rejects.toThrow();
  });

  it('an edit keeps the comments and the status unless given', async () => {
    const db = fresh();
    const id = await saveTicket('c1', { subject: 'S', priority: 'normal', firstComment: 'Q' }, undefined, db);
    await setTicketStatus(id, 'pending', db);
    await saveTicket('c1', { subject: 'S2', priority: 'low' }, id, db);
    expect(await db.tickets.get(id)).toMatchObject({
      subject: 'S2',
      priority: 'low',
      status: 'pending',
      comments: [{ text: 'Q' }],
    });
  });

  it.each(['pending', 'closed', 'open'] as const)('sets the status %s', async (status) => {
    const db = fresh();
    const id = await saveTicket('c1', { subject: 'S', priority: 'normal' }, undefined, db);
    await setTicketStatus(id, status, db, 99);
    expect(await db.tickets.get(id)).toMatchObject({ status, updatedAt: 99 });
  });

  it('deletes and restores (undo)', async () => {
    const db = fresh();
    const id = await saveTicket('c1', { subject: 'S', priority: 'normal', firstComment: 'Q' }, undefined, db);
    const gone = await deleteTicket(id, db);
    expect(await db.tickets.count()).toBe(0);
    await restoreTicket(gone!, db);
    expect((await db.tickets.get(id))!.comments).toHaveLength(1);
  });
});
