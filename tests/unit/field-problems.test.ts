import { z } from 'zod';
import { fieldProblems } from '../../shared/utils/field-problems';
import { formFieldOf, setServerFieldErrors } from '../../client/src/ui/form/server-field-errors';

describe('zod issues as field problems (server 400s and client forms alike)', () => {
  const schema = z.strictObject({
    name: z.string().min(1, 'required'),
    addresses: z.array(z.object({ city: z.string().min(1, 'required') })),
  });

  it('names each offending field by its dotted path, nested ones included', () => {
    const result = schema.safeParse({ name: '', addresses: [{ city: 'Lyon' }, { city: '' }] });
    expect(fieldProblems(result.error!)).toEqual([
      { path: 'name', message: 'required' },
      { path: 'addresses.1.city', message: 'required' },
    ]);
  });

  it('names unknown keys one by one, under a prefix when given', () => {
    const result = schema.safeParse({ name: 'x', addresses: [], colour: 'red', size: 2 });
    expect(fieldProblems(result.error!, ['body'])).toEqual([
      { path: 'body.colour', message: 'unknown field' },
      { path: 'body.size', message: 'unknown field' },
    ]);
  });
});

describe('server field problems on form fields', () => {
  const fields = ['name', 'capacity.chat', 'businessHours'] as const;

  it('finds the exact field first, else the field of the first segment', () => {
    expect(formFieldOf('capacity.chat', fields)).toBe('capacity.chat');
    expect(formFieldOf('businessHours.mon.0.1', fields)).toBe('businessHours');
    expect(formFieldOf('capacity.voice', fields)).toBeUndefined();
  });

  it('sets one error per field, the first problem winning, and says whether any was placed', () => {
    const calls: [string, { type?: string; message?: string }][] = [];
    const setError = (name: string, error: { type?: string; message?: string }) => void calls.push([name, error]);
    const placed = setServerFieldErrors(
      [
        { path: 'name', message: 'taken' },
        { path: 'name', message: 'too long' },
        { path: 'businessHours.tue.0', message: 'bad time' },
        { path: 'colour', message: 'unknown field' },
      ],
      setError,
      fields,
      (field, problem) => `${field}:${problem.message}`,
    );
    expect(placed).toBe(true);
    expect(calls).toEqual([
      ['name', { type: 'server', message: 'name:taken' }],
      ['businessHours', { type: 'server', message: 'businessHours:bad time' }],
    ]);
    expect(setServerFieldErrors([{ path: 'colour', message: 'unknown field' }], setError, fields, () => 'x')).toBe(
      false,
    );
  });
});
