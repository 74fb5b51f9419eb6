import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';

export const caseKey = (id: string) => ['case', id] as const;

/**
 * A change to a case that, once done, refreshes the case (its status and version: the next change is made
 * against the case as it now is), the queue, and any other views the change touched (`alsoRefresh`).
 */
export function useCaseMutation<TInput, TOutput>(
  caseId: string,
  fn: (input: TInput) => Promise<TOutput>,
  alsoRefresh: readonly QueryKey[] = [],
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all(
        [caseKey(caseId), ['cases'], ...alsoRefresh].map((queryKey) =>
          client.invalidateQueries({ queryKey }),
        ),
      );
    },
  });
}
