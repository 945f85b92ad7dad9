import { ArgumentsHost, BadRequestException, ForbiddenException, Logger } from '@nestjs/common';
import { ZodValidationException } from 'nestjs-zod';
import { QueryFailedError } from 'typeorm';
import { z } from 'zod';
import { ErrorFilter } from './error.filter';
import { NotFoundError } from './domain-error';
import { EmailTakenError } from '../people/people.errors';

function respond(exception: unknown) {
  const res = { statusCode: 0, body: undefined as unknown };
  const response = {
    status(code: number) {
      res.statusCode = code;
      return this;
    },
    json(body: unknown) {
      res.body = body;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  new ErrorFilter().catch(exception, host);
  return res;
}

describe('ErrorFilter', () => {
  it('maps zod failures to 400 with one entry per field', () => {
    const parsed = z.object({ email: z.email(), age: z.number() }).safeParse({ email: 'x', age: 'y' });
    const sut = respond(new ZodValidationException(parsed.error));
    expect(sut.statusCode).toBe(400);
    expect(sut.body).toMatchObject({
      code: 'validation_failed',
      errors: [expect.objectContaining({ path: 'email' }), expect.objectContaining({ path: 'age' })],
    });
  });

  it('maps domain errors with their own status and code', () => {
    expect(respond(new NotFoundError('Personne'))).toEqual({
      statusCode: 404,
      body: { code: 'not_found', message: 'Personne introuvable.', errors: undefined },
    });
    expect(respond(new EmailTakenError()).statusCode).toBe(409);
  });

  it('maps framework HTTP errors to stable codes', () => {
    expect(respond(new ForbiddenException()).body).toMatchObject({ code: 'forbidden' });
    expect(respond(new BadRequestException()).body).toMatchObject({ code: 'validation_failed' });
  });

  it('turns a unique violation that slipped past a check into 409, and anything unknown into 500', () => {
    const unique = new QueryFailedError('INSERT', [], Object.assign(new Error('dup'), { code: '23505' }));
    expect(respond(unique).statusCode).toBe(409);
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const crash = respond(new Error('boom'));
    expect(crash).toEqual({ statusCode: 500, body: { code: 'internal_error', message: expect.any(String) } });
    expect(JSON.stringify(crash.body)).not.toContain('boom');
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('boom'));
    logged.mockRestore();
  });
});
