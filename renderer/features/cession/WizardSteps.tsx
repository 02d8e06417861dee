import { t } from './messages';

/** A wizard's steps in order, each done, under way or to do; the current one is where the register stands. */
export function WizardSteps({ label, steps, current }: { label: string; steps: readonly string[]; current: number }) {
  return (
    <ol className="wizard-steps" aria-label={t.stepsLabel(label)}>
      {steps.map((name, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'todo';
        return (
          <li key={name} className={`wizard-step wizard-step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="wizard-step__name">{`${index + 1}. ${name}`}</span>
            <span className="wizard-step__state">{t[state]}</span>
          </li>
        );
      })}
    </ol>
  );
}
