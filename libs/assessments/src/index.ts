export * from './lib/assessments.module';
export * from './lib/assessments.service';
export * from './lib/assessments.repository';
export * from './lib/official-results';
export * from './lib/results';
export * from './lib/models/assessment.model';
