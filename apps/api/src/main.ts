import './register-paths';
import 'reflect-metadata';
import { logger } from '@rapor/platform';
import { ConfigError, loadConfig } from './config/config';
import { serve } from './server';

// Production entry point: configuration comes from the environment only.
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  await serve(config);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else logger().fatal({ err: error }, 'failed to start');
  process.exit(1);
});
