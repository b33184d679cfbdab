/**
 * The toolbar's "Export" menu: the current view as a slide PNG (1× or 2×) or its topic chart as
 * SVG. The export code and its capture library load only when a choice is made; progress and
 * errors are announced in a live status beside the button.
 */
import { useState } from 'react';
import { useDashboard } from '../../app/dashboard-context';
import type { ExportInput } from './export-input';
import { ExportMenu, type MenuChoice } from './export-menu';
import './export.css';

type ExportId = 'slide' | 'slide-2x' | 'chart-svg';

const CHOICES: readonly MenuChoice<ExportId>[] = [
  { id: 'slide', label: 'Slide PNG (1920×1080)' },
  { id: 'slide-2x', label: 'Slide PNG at 2× (3840×2160)' },
  { id: 'chart-svg', label: 'Chart as SVG' },
];

/** Runs one export and returns the name of the downloaded file. */
const runExport = async (id: ExportId, input: ExportInput): Promise<string> => {
  const exports = await import('./exports');
  if (id === 'chart-svg') {
    await exports.exportChartSvg(input);
    return exports.CHART_FILE_NAME;
  }
  await exports.exportSlidePng(input, id === 'slide-2x' ? 2 : 1);
  return exports.SLIDE_FILE_NAME;
};

export const ExportButton = () => {
  const { index, view, result } = useDashboard();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const choose = async (id: ExportId) => {
    if (busy) return;
    setBusy(true);
    setStatus('Exporting…');
    try {
      setStatus(`Downloaded ${await runExport(id, { index, view, result })}`);
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export" aria-busy={busy}>
      <ExportMenu choices={CHOICES} onChoose={(id) => void choose(id)} />
      <p className="export-status" role="status">
        {status}
      </p>
    </div>
  );
};
