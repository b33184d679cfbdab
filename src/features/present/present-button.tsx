import { useDisplayState } from '../../app/use-view-state';
import { enterFullscreen } from './fullscreen';

/** The toolbar's "Present" button: presentation mode from the first event, in full screen. */
export const PresentButton = () => {
  const [display, setDisplay] = useDisplayState();
  const present = () => {
    // Within the click: browsers grant full screen only during a user gesture.
    enterFullscreen();
    // A history entry of its own, so that Back leaves the presentation.
    setDisplay({ ...display, present: true, step: 1 });
  };
  return (
    <button type="button" className="button" onClick={present}>
      Present
    </button>
  );
};
