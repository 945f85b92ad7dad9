import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { createZodValidationPipe } from 'nestjs-zod';

const StrictZodPipe = createZodValidationPipe({ strictSchemaDeclaration: true });

/**
 * Every body, query and route parameter must be declared with a zod DTO from the contracts: one
 * declared with a plain type fails loudly instead of reaching a service unchecked. Values produced by
 * the app itself (the authenticated user, headers) are passed through.
 */
@Injectable()
export class ContractValidationPipe implements PipeTransform {
  private readonly zod = new StrictZodPipe();

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    return this.zod.transform(value, metadata);
  }
}
