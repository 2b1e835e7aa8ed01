import { describe, expect, it } from 'vitest';
import type { CustomFieldDef, CustomFieldType } from './domain';
import { customFieldsFromForm, validateCustomField, validateCustomFields } from './custom-fields';

const def = (type: CustomFieldType, options: string[] = []): CustomFieldDef => ({
  id: `f-${type}`,
  entity: 'company',
  label: type,
  type,
  options,
  position: 0,
  createdAt: 0,
  updatedAt: 0,
});
const sizes = ['Petite', 'Moyenne', 'Grande'];

describe('validateCustomField', () => {
  it.each([
    ['text', 'hello', 'hello'],
    ['text', 42, '42'],
    ['text', '', null],
    ['number', 12, 12],
    ['number', '1 234,5', 1234.5],
    ['number', '-3.25', -3.25],
    ['number', '  ', null],
    ['date', '2025-02-28', '2025-02-28'],
    ['date', '28/02/2025', '2025-02-28'],
    ['date', '1/3/2025', '2025-03-01'],
    ['date', '2024-02-29', '2024-02-29'],
    ['single', 'Moyenne', 'Moyenne'],
    ['single', 'grande', 'Grande'],
    ['multiple', ['Grande', 'Petite'], ['Petite', 'Grande']],
    ['multiple', 'petite; grande', ['Petite', 'Grande']],
    ['multiple', ['Petite', 'Petite'], ['Petite']],
    ['multiple', [], null],
    ['checkbox', true, true],
    ['checkbox', 'oui', true],
    ['checkbox', 'false', false],
    ['checkbox', '', false],
    ['checkbox', null, false],
    ['url', 'acme.fr', 'https://acme.fr/'],
    ['url', 'https://acme.fr/x', 'https://acme.fr/x'],
  ] as Array<[CustomFieldType, unknown, unknown]>)('%s %j → %j', (type, raw, value) => {
    expect(validateCustomField(def(type, sizes), raw)).toEqual({ ok: true, value });
  });
  it.each([
    ['text', 'x'.repeat(10_001), 'too-long'],
    ['text', { a: 1 }, 'type'],
    ['number', 'douze', 'number'],
    ['number', '1,2,3', 'number'],
    ['number', Number.NaN, 'number'],
    ['number', Infinity, 'number'],
    ['date', '2025-02-30', 'date'],
    ['date', '2023-02-29', 'date'],
    ['date', '31/04/2025', 'date'],
    ['date', 'demain', 'date'],
    ['single', 'Énorme', 'choice'],
    ['single', ['Petite'], 'type'],
    ['multiple', ['Petite', 'Énorme'], 'choice'],
    ['multiple', [1], 'type'],
    ['checkbox', 'peut-être', 'type'],
    ['url', 'javascript:alert(1)', 'url'],
    ['url', 'pas une url', 'url'],
  ] as Array<[CustomFieldType, unknown, string]>)('%s %j → %s', (type, raw, reason) => {
    expect(validateCustomField(def(type, sizes), raw)).toEqual({ ok: false, reason });
  });
});

describe('validateCustomFields', () => {
  it('coerces known fields, drops cleared ones, keeps unknown ones, reports errors', () => {
    const defs = [def('number'), def('date'), def('single', sizes)];
    const r = validateCustomFields(defs, { 'f-number': '12', 'f-date': '', 'f-single': 'Énorme', 'f-gone': 'kept' });
    expect(r.values).toEqual({ 'f-number': 12, 'f-gone': 'kept' });
    expect(r.errors).toEqual({ 'f-single': 'choice' });
  });
});

describe('customFieldsFromForm', () => {
  const defs = [def('number'), def('date'), def('multiple', sizes), def('checkbox')];
  it.each([
    [{}, {}, {}],
    [{ 'f-number': '', 'f-date': null, 'f-multiple': [] }, {}, {}],
    [{ 'f-number': '12', 'f-checkbox': true }, { 'f-number': 12, 'f-checkbox': true }, {}],
    [{ 'f-number': 'douze', 'f-gone': 'x' }, {}, { 'f-number': 'number' }],
  ] as Array<[Record<string, unknown>, Record<string, unknown>, Record<string, string>]>)(
    '%j → %j, errors %j',
    (inputs, values, errors) => {
      expect(customFieldsFromForm(defs, inputs)).toEqual({ values, errors });
    },
  );
});
