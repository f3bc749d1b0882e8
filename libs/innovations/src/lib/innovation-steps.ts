/** Where an innovation is on its way from the OPD to the national competition (KIPP). */
export type InnovationStatusValue = 'draft' | 'submitted' | 'forwarded';

/** What can be done to an innovation. */
export type InnovationStep = 'update' | 'submit' | 'forward' | 'record_stage';

/**
 * The status an innovation must be in for each step, and the status it has after: the OPD edits
 * and submits its draft to the region's Bagian Organisasi, which forwards it to the ministry; the
 * stage reached (Top 99, Top 45...) is then recorded, and may be recorded again as it advances.
 */
export const INNOVATION_STEPS: Readonly<
  Record<InnovationStep, { from: InnovationStatusValue; to: InnovationStatusValue; verb: string }>
> = {
  update: { from: 'draft', to: 'draft', verb: 'edited' },
  submit: { from: 'draft', to: 'submitted', verb: 'submitted' },
  forward: { from: 'submitted', to: 'forwarded', verb: 'forwarded' },
  record_stage: { from: 'forwarded', to: 'forwarded', verb: 'given a KIPP stage' },
};

/** Why a step cannot be taken from a status, or null when it can. */
export function stepRefusal(status: InnovationStatusValue, step: InnovationStep): string | null {
  const { from, verb } = INNOVATION_STEPS[step];
  return status === from ? null : `The innovation is ${status}: only a ${from} innovation can be ${verb}`;
}
