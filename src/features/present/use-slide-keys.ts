import { useEffect } from 'react';
import { keyAction } from './slide-keys';

/** Whether a key press belongs to a focused control (Space presses a button). */
const isOnControl = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('button, a[href], input, select, textarea') !== null;

/**
 * Listens on the whole window, so the keys work wherever focus is: ←/→, Space, PageUp/PageDown,
 * Home/End move to a step, Esc calls `onExit`. Shortcuts with Alt, Ctrl or Meta (Alt+← is Back)
 * are left to the browser.
 */
export const useSlideKeys = (
  step: number,
  total: number,
  onStep: (step: number) => void,
  onExit: () => void,
): void => {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === ' ' && isOnControl(e.target)) return;
      const action = keyAction(e, step, total);
      if (!action) return;
      e.preventDefault();
      if (action.kind === 'exit') onExit();
      else onStep(action.step);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [step, total, onStep, onExit]);
};
