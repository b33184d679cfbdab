import { useCallback, useEffect, useRef } from 'react';
import { useDashboard } from '../../app/dashboard-context';

/**
 * A callback that opens the source reader on an event. It keeps one identity across view changes
 * (it reads the latest view from a ref) so that memoised timeline items do not all re-render
 * when one of them opens the reader.
 */
export const useOpenReader = (): ((eventId: string) => void) => {
  const { view, setView } = useDashboard();
  const latestView = useRef(view);
  useEffect(() => {
    latestView.current = view;
  }, [view]);
  return useCallback(
    (eventId: string) => setView({ ...latestView.current, event: eventId }),
    [setView],
  );
};
