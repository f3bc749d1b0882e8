import { INNOVATION_STEPS, stepRefusal, type InnovationStatusValue, type InnovationStep } from './innovation-steps';

describe('innovation steps', () => {
  const statuses: InnovationStatusValue[] = ['draft', 'submitted', 'forwarded'];

  it.each([
    ['update', 'draft'],
    ['submit', 'draft'],
    ['forward', 'submitted'],
    ['record_stage', 'forwarded'],
  ] as [InnovationStep, InnovationStatusValue][])('allows %s from %s only', (step, allowed) => {
    for (const status of statuses) {
      const refusal = stepRefusal(status, step);
      if (status === allowed) expect(refusal).toBeNull();
      else
        expect(refusal).toBe(`The innovation is ${status}: only a ${allowed} innovation can be ${INNOVATION_STEPS[step].verb}`);
    }
  });

  it('moves forward only: draft → submitted → forwarded', () => {
    expect(Object.values(INNOVATION_STEPS).map((s) => `${s.from}>${s.to}`)).toEqual([
      'draft>draft',
      'draft>submitted',
      'submitted>forwarded',
      'forwarded>forwarded',
    ]);
  });
});
