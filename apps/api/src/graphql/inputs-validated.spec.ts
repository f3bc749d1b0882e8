import { TypeMetadataStorage } from '@nestjs/graphql';
import { LazyMetadataStorage } from '@nestjs/graphql/dist/schema-builder/storages/lazy-metadata.storage';
import { getMetadataStorage } from 'class-validator';
import { AppModule } from '../app.module';

// The global ValidationPipe runs with `whitelist: true`: an input field without any
// class-validator decorator is silently stripped, so the resolver sees it as undefined.
// Every field of every GraphQL input and args class must therefore carry one.
describe('GraphQL inputs', () => {
  it('declare a validation rule on every field', () => {
    expect(AppModule).toBeDefined(); // loads every feature module's input classes
    // Field metadata is registered lazily; the schema builder does this before building.
    LazyMetadataStorage.load();
    TypeMetadataStorage.compile();
    const storage = getMetadataStorage();
    const classes = [...TypeMetadataStorage.getInputTypesMetadata(), ...TypeMetadataStorage.getArgumentsMetadata()];
    expect(classes.length).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const meta of classes) {
      const validated = new Set(storage.getTargetValidationMetadatas(meta.target, '', true, false).map((m) => m.propertyName));
      for (const property of meta.properties ?? []) {
        if (!validated.has(property.name)) missing.push(`${meta.target.name}.${property.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
