import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  printSchema,
  type GraphQLSchema,
} from 'graphql';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/config';

/** Where the committed schema lives, relative to the workspace root. */
export const SCHEMA_PATH = 'apps/api/schema.graphql';

const HEADER = '# The Rapor API schema, generated from the code by `npm run schema`: do not edit by hand.\n\n';

/** The committed form of a schema: a header line, then the SDL (the schema is sorted already). */
export function schemaSdl(schema: GraphQLSchema): string {
  return `${HEADER}${printSchema(schema)}\n`;
}

/**
 * Builds the API's schema without a database or an HTTP server: Nest's preview mode
 * instantiates no provider (no connection is made) except the GraphQL module, which builds
 * the code-first schema from the resolvers' metadata, exactly as at boot.
 */
export async function buildSchema(): Promise<GraphQLSchema> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: 'postgres://unused:unused@127.0.0.1:1/unused',
    JWT_SECRET: 'schema-generation-only-not-a-real-secret',
  });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { preview: true, logger: false });
  try {
    await app.init();
    return app.get(GraphQLSchemaHost).schema;
  } finally {
    await app.close();
  }
}

/**
 * Every type, field, argument, input field and enum value of the schema without a
 * description (built-in scalars and introspection types aside), as "Type.field(arg)" paths.
 */
export function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const need = (description: string | null | undefined, path: string) => {
    if (!description?.trim()) missing.push(path);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    need(type.description, type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(field.description, `${type.name}.${field.name}`);
        for (const arg of field.args) need(arg.description, `${type.name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) need(field.description, `${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) need(value.description, `${type.name}.${value.name}`);
    }
  }
  return missing.sort();
}
