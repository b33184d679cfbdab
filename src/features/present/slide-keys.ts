/**
 * Presentation steps and the keys that move between them. Pure: the component turns the answer
 * into a URL change. Steps are 1-based, as in `?step=3` and the "3 / 7" counter.
 */

/** `step` within 1…total, e.g. step 9 of 7 → 7; 1 when there is nothing to show. */
export const clampStep = (step: number, total: number): number =>
  Math.min(Math.max(1, step), Math.max(1, total));

export type KeyAction = { kind: 'go'; step: number } | { kind: 'exit' };

/** The parts of a KeyboardEvent that decide what it does. */
export interface KeyPress {
  key: string;
  shiftKey?: boolean;
}

/**
 * What a key does on step `step` of `total`, or null when it is not a presentation key, e.g.
 * "ArrowRight" on 2 of 7 → go to 3, "End" → go to 7, "Escape" → exit. PageUp/PageDown are what
 * presentation clickers send; Shift+Space goes back as in slide software.
 */
export const keyAction = (
  { key, shiftKey = false }: KeyPress,
  step: number,
  total: number,
): KeyAction | null => {
  const go = (target: number): KeyAction => ({ kind: 'go', step: clampStep(target, total) });
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return go(step + 1);
    case ' ':
      return go(shiftKey ? step - 1 : step + 1);
    case 'ArrowLeft':
    case 'PageUp':
      return go(step - 1);
    case 'Home':
      return go(1);
    case 'End':
      return go(total);
    case 'Escape':
      return { kind: 'exit' };
    default:
      return null;
  }
};
