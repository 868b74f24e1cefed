// A choice of files over the limits of one batch (shared/ports/openBatch.ts) is refused whole, in web mode
// as in the desktop app, with a message naming the batch's size, the cap and what to do; nothing is read.
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addProject, createEvaluation, FIXTURES, nav } from './helpers';

const MiB = 1024 * 1024;

test('five reports of 1,1 GB together are refused with the batch size and the cap; fewer open', async ({ page }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sparbar-batch-'));
  try {
    // Sparse files: their size without their disk.
    const files = [250, 250, 250, 250, 126.4].map((mib, i) => {
      const file = path.join(dir, `slutrapport-${i + 1}.pdf`);
      writeFileSync(file, '');
      truncateSync(file, Math.round(mib * MiB));
      return file;
    });
    await page.goto('/');
    await createEvaluation(page, 'Stora filer');
    await addProject(page, 'Projekt X');
    await nav(page, 'Dokument').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importera dokument' }).click();
    await (await chooser).setFiles(files);

    const dialog = page.getByRole('dialog', { name: 'Filerna öppnades inte' });
    await expect(dialog.getByRole('alert')).toHaveText(
      'De 5 filerna du valde är 1,1 GB tillsammans, och högst 1 GB kan öppnas på en gång. Välj färre filer och öppna resten i en ny omgång.',
    );
    await page.screenshot({ path: '/tmp/shell-batch-refused.png' });
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await expect(dialog).toBeHidden();
    // Nothing was opened: no import dialog.
    await expect(page.getByRole('dialog', { name: 'Importera dokument' })).toBeHidden();

    // A choice within the limits opens as ever.
    const again = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importera dokument' }).click();
    await (await again).setFiles([path.join(FIXTURES, 'pdf/generated/report.pdf')]);
    await expect(page.getByRole('dialog', { name: 'Importera dokument' })).toBeVisible();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
