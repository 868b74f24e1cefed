import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportLogo } from '../../../shared/domain/reportSettings';
import { imageInfo } from '../../../shared/formats/image/imageInfo';
import { bytesToBase64 } from '../../../shared/base/base64';
import { useServices } from '../../services/AppContext';
import type { ReportSettingsEdit } from './useReportSettingsEdit';
import { ChooseFileActions } from '../../ui/ChooseFileActions';

/** The largest logo kept in the report's settings (it travels in every evaluation file and backup). */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/** The title page's logo: picked through the platform's open dialog (PNG or JPEG), shown, removed. */
export function LogoChooser({ logo, edit }: { logo: ReportLogo | null; edit: ReportSettingsEdit }) {
  const { t } = useTranslation();
  const { platform } = useServices();
  const [problem, setProblem] = useState<string | null>(null);

  const choose = async () => {
    const picked = await platform.openFiles({ title: t('dialog.openTitle'), filters: [{ name: t('ui.report.titlePage.logoFilter'), extensions: ['png', 'jpg', 'jpeg'] }], multiple: false });
    if (picked.cancelled) return;
    const tooLarge = picked.tooLarge[0];
    if (tooLarge !== undefined) return setProblem(t('ui.report.titlePage.logoTooLarge', { fileName: tooLarge }));
    const file = picked.files[0];
    if (!file) return;
    if (file.bytes.byteLength > MAX_LOGO_BYTES) return setProblem(t('ui.report.titlePage.logoTooLarge', { fileName: file.name }));
    const info = imageInfo(file.bytes);
    if (!info) return setProblem(t('ui.report.titlePage.badLogo', { fileName: file.name }));
    setProblem(null);
    await edit({ logo: { fileName: file.name, mimeType: info.mimeType, base64: bytesToBase64(file.bytes), width: info.width, height: info.height } }, t('ui.report.log.logo'));
  };

  return (
    <div className="report-logo">
      <h3>{t('ui.report.titlePage.logo')}</h3>
      {logo ? (
        <img src={`data:${logo.mimeType};base64,${logo.base64}`} alt={t('ui.report.titlePage.logoAlt', { fileName: logo.fileName })} />
      ) : (
        <p className="muted">{t('ui.report.titlePage.noLogo')}</p>
      )}
      <ChooseFileActions
        chooseLabel={t('ui.report.titlePage.chooseLogo')}
        removeLabel={t('ui.report.titlePage.removeLogo')}
        onChoose={() => void choose()}
        onRemove={logo ? () => void edit({ logo: null }, t('ui.report.log.logo')) : null}
        problem={problem}
      />
    </div>
  );
}
