import { describe, expect, it } from 'vitest';
import type { Opportunity, Pipeline, Task, Ticket } from './domain';
import {
  amountInputText,
  checkStep,
  defaultPipeline,
  findStep,
  isTaskOverdue,
  moveItem,
  parseAmountCents,
  parseProbability,
  partitionOpportunities,
  partitionTasks,
  partitionTickets,
  sortPipelines,
  stepUsage,
  weightedTotals,
} from './pipelines';

const ts = { createdAt: 0, updatedAt: 0 };
const pipe = (id: string, position: number, steps: string[] = ['a'], name = id): Pipeline => ({
  id,
  name,
  position,
  steps: steps.map((s, i) => ({ id: `${id}-${s}`, name: s, probability: (i + 1) * 10 })),
  ...ts,
});
const opp = (p: Partial<Opportunity>): Opportunity => ({
  id: 'o',
  companyId: 'c',
  pipelineId: 'p',
  stepId: 's',
  title: 'T',
  amount: 10000,
  currency: 'EUR',
  probability: 50,
  status: 'open',
  ...ts,
  ...p,
});

describe('parseAmountCents', () => {
  it.each([
    ['1 234,56', 123456],
    ['1,234.56', 123456],
    ['1.234,56', 123456],
    ['1\u202f234,56', 123456],
    ['1\u00a0234,5', 123450],
    ["1'234.50", 123450],
    ['1234.5', 123450],
    ['1234', 123400],
    ['1,234', 123400],
    ['1.234', 123400],
    ['1 234 567', 123456700],
    ['1,234,567.89', 123456789],
    ['0,99', 99],
    [',5', 50],
    ['12 €', 1200],
    ['€12.30', 1230],
    ['12 EUR', 1200],
    ['0', 0],
  ])('%j → %i', (text, cents) => expect(parseAmountCents(text)).toBe(cents));

  it.each(['', '  ', 'abc', '-5', '1,234,56', '12,3456', '1..2', '1.2.3', '12a', '1 23,4,5', '1.234.5'])(
    'refuses %j',
    (text) => expect(parseAmountCents(text)).toBeNull(),
  );
});

describe('amountInputText', () => {
  it.each([
    [123456, '.', '1234.56'],
    [123456, ',', '1234,56'],
    [123400, '.', '1234'],
    [5, ',', '0,05'],
  ] as const)('%i with %s → %s', (cents, mark, text) => expect(amountInputText(cents, mark)).toBe(text));

  it('round-trips through parseAmountCents', () => {
    for (const c of [0, 1, 99, 100, 123456, 987654321]) expect(parseAmountCents(amountInputText(c, ','))).toBe(c);
  });
});

describe('parseProbability', () => {
  it.each([
    ['40', 40],
    [' 40 % ', 40],
    ['0', 0],
    ['100', 100],
    ['101', null],
    ['4.5', null],
    ['', null],
    ['-1', null],
  ])('%j → %j', (text, value) => expect(parseProbability(text)).toBe(value));
});

describe('checkStep', () => {
  it.each([
    [{ name: ' Qualification ', probability: 10 }, [], { ok: true, value: { name: 'Qualification', probability: 10 } }],
    [{ name: '', probability: 10 }, [], { ok: false, errors: { name: 'required' } }],
    [{ name: 'x', probability: 101 }, [], { ok: false, errors: { probability: 'probability' } }],
    [{ name: 'x', probability: 2.5 }, [], { ok: false, errors: { probability: 'probability' } }],
    [{ name: 'Signature', probability: 90 }, ['signature'], { ok: false, errors: { name: 'name-taken' } }],
    [{ name: 'y'.repeat(201), probability: 1 }, [], { ok: false, errors: { name: 'too-long' } }],
  ])('%j', (draft, others, expected) => expect(checkStep(draft, others)).toEqual(expected));
});

describe('pipelines ordering', () => {
  it('sorts by position, then name', () => {
    expect(sortPipelines([pipe('b', 1), pipe('c', 0, ['a'], 'Z'), pipe('a', 0, ['a'], 'A')]).map((p) => p.id)).toEqual([
      'a',
      'c',
      'b',
    ]);
  });
  it.each([
    [[pipe('a', 1), pipe('b', 0)], 'b'],
    [[pipe('a', 1), pipe('b', 0, [])], 'a'],
    [[pipe('b', 0, [])], undefined],
    [[], undefined],
  ] as const)('default pipeline of %#', (list, id) => expect(defaultPipeline(list)?.id).toBe(id));

  it.each([
    [['a', 'b', 'c'], 0, 1, ['b', 'a', 'c']],
    [['a', 'b', 'c'], 2, -1, ['a', 'c', 'b']],
    [['a', 'b', 'c'], 0, -1, ['a', 'b', 'c']],
    [['a', 'b', 'c'], 2, 5, ['a', 'b', 'c']],
    [['a', 'b', 'c'], 0, 2, ['b', 'c', 'a']],
    [['a'], 3, 1, ['a']],
  ])('moveItem(%j, %i, %i)', (items, index, delta, expected) =>
    expect(moveItem(items, index, delta)).toEqual(expected),
  );

  it('finds a step across pipelines', () => {
    const list = [pipe('a', 0, ['x']), pipe('b', 1, ['y', 'z'])];
    expect(findStep(list, 'b-z')).toMatchObject({
      pipeline: { id: 'b' },
      step: { name: 'z', probability: 20 },
      index: 1,
    });
    expect(findStep(list, 'nope')).toBeUndefined();
  });

  it('counts opportunities per step of one pipeline', () => {
    const list = [
      opp({ id: '1', stepId: 's1' }),
      opp({ id: '2', stepId: 's1', status: 'won' }),
      opp({ id: '3', stepId: 's2' }),
      opp({ id: '4', pipelineId: 'q', stepId: 's1' }),
    ];
    expect(stepUsage(list, 'p')).toEqual({ s1: 2, s2: 1 });
  });
});

describe('opportunities', () => {
  it('partitions open and closed, open by expected date (undated last), closed newest first', () => {
    const list = [
      opp({ id: 'undated' }),
      opp({ id: 'late', expectedDate: '2025-06-01' }),
      opp({ id: 'soon', expectedDate: '2025-01-01' }),
      opp({ id: 'won-old', status: 'won', closedAt: 1 }),
      opp({ id: 'lost-new', status: 'lost', closedAt: 2 }),
    ];
    const { open, closed } = partitionOpportunities(list);
    expect(open.map((o) => o.id)).toEqual(['soon', 'late', 'undated']);
    expect(closed.map((o) => o.id)).toEqual(['lost-new', 'won-old']);
  });

  it.each([
    [
      'one currency',
      [opp({ amount: 100000, probability: 40 }), opp({ amount: 50000, probability: 10 })],
      [{ currency: 'EUR', total: 150000, weighted: 45000 }],
    ],
    [
      'closed ones ignored',
      [opp({ amount: 100000 }), opp({ amount: 999, status: 'won' })],
      [{ currency: 'EUR', total: 100000, weighted: 50000 }],
    ],
    [
      'never summed across currencies',
      [opp({ currency: 'USD', amount: 1000, probability: 100 }), opp({ amount: 1000, probability: 0 })],
      [
        { currency: 'EUR', total: 1000, weighted: 0 },
        { currency: 'USD', total: 1000, weighted: 1000 },
      ],
    ],
    ['rounded to the cent', [opp({ amount: 333, probability: 33 })], [{ currency: 'EUR', total: 333, weighted: 110 }]],
    ['nothing open', [], []],
  ] as const)('weighted totals: %s', (_name, list, expected) => expect(weightedTotals(list)).toEqual(expected));
});

describe('tasks', () => {
  const task = (p: Partial<Task>): Task => ({ id: 't', title: 'T', done: false, ...ts, ...p });
  it.each([
    [{ dueDate: '2025-03-09' }, '2025-03-10', true],
    [{ dueDate: '2025-03-10' }, '2025-03-10', false],
    [{ dueDate: '2025-03-11' }, '2025-03-10', false],
    [{}, '2025-03-10', false],
    [{ dueDate: '2025-03-01', done: true }, '2025-03-10', false],
  ])('overdue %j on %s → %s', (p, today, expected) => expect(isTaskOverdue(task(p), today)).toBe(expected));

  it('partitions open by due date and done ones last done first', () => {
    const list = [
      task({ id: 'nodate' }),
      task({ id: 'b', dueDate: '2025-02-01' }),
      task({ id: 'a', dueDate: '2025-01-01' }),
      task({ id: 'd1', done: true, doneAt: 5 }),
      task({ id: 'd2', done: true, doneAt: 9 }),
    ];
    const { open, closed } = partitionTasks(list);
    expect(open.map((x) => x.id)).toEqual(['a', 'b', 'nodate']);
    expect(closed.map((x) => x.id)).toEqual(['d2', 'd1']);
  });
});

describe('tickets', () => {
  const ticket = (p: Partial<Ticket>): Ticket => ({
    id: 'k',
    companyId: 'c',
    subject: 'S',
    status: 'open',
    priority: 'normal',
    comments: [],
    ...ts,
    ...p,
  });
  it('open and pending first by priority then recency; closed apart', () => {
    const list = [
      ticket({ id: 'low', priority: 'low' }),
      ticket({ id: 'urgent', priority: 'urgent', status: 'pending' }),
      ticket({ id: 'normal-old', updatedAt: 1 }),
      ticket({ id: 'normal-new', updatedAt: 2 }),
      ticket({ id: 'closed', status: 'closed', priority: 'urgent' }),
    ];
    const { open, closed } = partitionTickets(list);
    expect(open.map((x) => x.id)).toEqual(['urgent', 'normal-new', 'normal-old', 'low']);
    expect(closed.map((x) => x.id)).toEqual(['closed']);
  });
});
