import { describe, expect, it } from 'vitest';
import { filtersFromForm, filtersToSave, queueQuery } from './filters.ts';

describe('queue filters in the console', () => {
  it('read a form into filters, keeping "any status" as an explicit choice', () => {
    const form = new FormData();
    form.set('status', '');
    form.set('tactic', 'doxxing');
    form.set('language', ' bo ');
    form.set('risk', '');
    expect(filtersFromForm(form)).toEqual({ status: '', tactic: 'doxxing', language: 'bo' });
  });

  it('write the query string the queue API reads, with held reports and the page', () => {
    expect(queueQuery({ status: 'open', overdue: 'yes', community: 'uyghur' }, 2, true)).toBe(
      'status=open&overdue=yes&community=uyghur&held=only&page=2',
    );
    expect(queueQuery({ status: '' }, 1, false)).toBe('page=1');
  });

  it('save only the filters that are set', () => {
    expect(filtersToSave({ status: '', risk: 'high', tag: undefined })).toEqual({ risk: 'high' });
  });
});
