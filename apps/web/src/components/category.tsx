import { bandOf, type FrameworkVersion } from '../api/frameworks';
import { useI18n } from '../i18n/i18n';

// Colour-blind-safe steps from best (blue) to worst (vermillion), each with text that keeps
// WCAG AA contrast; the label is always written, so colour is never the only signal.
const STEPS = [
  { bg: '#08519c', fg: '#ffffff' },
  { bg: '#4f8fc0', fg: '#0b1b2b' },
  { bg: '#a6cbe3', fg: '#0b1b2b' },
  { bg: '#f2e2a0', fg: '#2b2100' },
  { bg: '#f4a259', fg: '#2b1300' },
  { bg: '#c8553d', fg: '#ffffff' },
];

export function bandColour(position: number): { bg: string; fg: string } {
  return STEPS[Math.min(STEPS.length - 1, Math.round(position * (STEPS.length - 1)))];
}

export function useCategoryLabel(framework: FrameworkVersion | null) {
  const { lang } = useI18n();
  return (code: string | null | undefined): string => {
    if (!code) return '';
    const band = bandOf(framework, code);
    if (!band) return code;
    const label = lang === 'en' ? band.labelEn : band.labelId;
    return label && label.toUpperCase() !== band.code.toUpperCase() ? `${band.code} — ${label}` : band.code;
  };
}

export function CategoryBadge({ framework, code }: { framework: FrameworkVersion | null; code: string | null | undefined }) {
  const label = useCategoryLabel(framework);
  if (!code) return <span className="muted">–</span>;
  const band = bandOf(framework, code);
  const colour = band ? bandColour(band.position) : { bg: '#e5e7eb', fg: '#111827' };
  return (
    <span className="badge" style={{ background: colour.bg, color: colour.fg }}>
      {label(code)}
    </span>
  );
}
