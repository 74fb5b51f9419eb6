import { useMutation, useQueryClient } from '@tanstack/react-query';

export const caseKey = (id: string) => ['case', id] as const;

/** A change to a case that, once done, refreshes the case and the queue. */
export function useCaseMutation<TInput, TOutput>(caseId: string, fn: (input: TInput) => Promise<TOutput>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: caseKey(caseId) });
      await client.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}
