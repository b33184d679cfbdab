import { useId } from 'react';
import type { Theme } from '../../app/url-state';
import { useDisplayState } from '../../app/use-view-state';
import './theme-picker.css';

const OPTIONS: ReadonlyArray<{ value: string; theme: Theme | null; label: string }> = [
  { value: '', theme: null, label: 'Auto' },
  { value: 'light', theme: 'light', label: 'Light' },
  { value: 'dark', theme: 'dark', label: 'Dark' },
  { value: 'contrast', theme: 'contrast', label: 'High contrast' },
];

/**
 * The "Theme" select of the toolbar: Auto (the system's light or dark), Light, Dark or High
 * contrast. Writes `?theme=` with replace — a colour change is not a step worth going Back to.
 */
export const ThemePicker = () => {
  const [display, setDisplay] = useDisplayState();
  const id = useId();
  const choose = (value: string) => {
    const theme = OPTIONS.find((option) => option.value === value)?.theme ?? null;
    setDisplay({ ...display, theme }, true);
  };
  return (
    <div className="theme-picker">
      <label htmlFor={id}>Theme</label>
      <select id={id} value={display.theme ?? ''} onChange={(e) => choose(e.target.value)}>
        {OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
};
