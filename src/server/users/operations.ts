import { defineOperation, type Operations } from '../admin/operation.ts';
import { CreateUserInput, createUser } from './create-user.ts';

export const userOperations: Operations = {
  'user.create': defineOperation({
    args: CreateUserInput,
    run: (deps, args) => createUser(deps, args, { type: 'cli' }),
  }),
};
