import type { z } from '@hono/zod-openapi';
import { ErrorSchema } from '../schemas/responses.js';

export function jsonBody<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

export const errors = {
  400: jsonBody(ErrorSchema, 'Invalid input: the field and the reason'),
  404: jsonBody(ErrorSchema, 'No such item'),
};
