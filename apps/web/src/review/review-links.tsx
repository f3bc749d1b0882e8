import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { reviewPaths } from './periods-page';

/** The reviewer's way from the province page to its periods and to targets and peer groups. */
export function ReviewLinks({ provinceCode }: { provinceCode: string }) {
  const { t } = useI18n();
  return (
    <nav className="review-links" aria-label={t('reviewNav')}>
      <Link to={reviewPaths.periods(provinceCode)} data-testid="link-periods">
        {t('reviewNav')}
      </Link>
      <Link to={reviewPaths.setup(provinceCode)}>{t('setupTitle')}</Link>
    </nav>
  );
}
