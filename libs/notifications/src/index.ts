export * from './lib/notifications.module';
export * from './lib/notifications.options';
export * from './lib/notification-events';
export * from './lib/notifications.worker';
export * from './lib/notifications.service';
export * from './lib/notification-text';
export { addressProblem, assertSafeTarget, signature, verifySignature, UnsafeTargetError } from './lib/webhook-target';
