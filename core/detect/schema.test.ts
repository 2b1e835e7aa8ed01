import { describe, expect, it } from 'vitest';
import { detectionSchema } from './schema';

/** A LinkedIn profile's detection as its script sends it, with the texts where the page shows phones. */
const detection = (person: object, company: object = { name: 'Quill Logistique' }) => ({
  url: 'https://www.linkedin.com/in/ada-quill/',
  kind: 'linkedin-profile',
  emails: [],
  people: [{ name: 'Ada Quill', ...person }],
  companies: [company],
});

describe('detectionSchema: the raw texts of phones (phoneTexts), bounded as phones are', () => {
  it('takes up to 500 pieces of up to 2,000 characters, on a person and on a company', () => {
    const pieces = Array.from({ length: 500 }, () => 'x'.repeat(2000));
    const d = detection({ phoneTexts: pieces }, { name: 'Quill Logistique', phoneTexts: ['Téléphone 04 72 00 18 42'] });
    const got = detectionSchema.safeParse(d);
    expect(got.success).toBe(true);
    expect(got.data).toEqual(d);
  });

  it.each([
    ['a piece too long', detection({ phoneTexts: ['x'.repeat(2001)] }), 'people.0.phoneTexts.0', /2000/],
    ['too many pieces', detection({ phoneTexts: Array(501).fill('06 12 34 56 78') }), 'people.0.phoneTexts', /500/],
    ['a text, not a list', detection({ phoneTexts: 'Mobile 06 12 34 56 78' }), 'people.0.phoneTexts', /array/],
    ['a piece not a text', detection({ phoneTexts: [612345678] }), 'people.0.phoneTexts.0', /string/],
    [
      'a company’s piece too long',
      detection({}, { name: 'Quill Logistique', phoneTexts: ['x'.repeat(2001)] }),
      'companies.0.phoneTexts.0',
      /2000/,
    ],
    ['a misspelt field', detection({ phoneText: ['Mobile 06 12 34 56 78'] }), 'people.0', /phoneText\b/],
  ])('refuses %s, naming where', (_, d, path, message) => {
    const got = detectionSchema.safeParse(d);
    expect(got.success).toBe(false);
    const issue = got.error!.issues[0]!;
    expect(issue.path.join('.')).toBe(path);
    expect(issue.message).toMatch(message);
  });
});
