/** Test set-up for component tests (jsdom); a no-op for the Node tests of the data module. */
import { afterEach } from 'vitest';

if (typeof window !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => {
    cleanup();
    window.history.replaceState(null, '', '/');
  });
  // recharts measures its container with ResizeObserver, which jsdom lacks.
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  window.ResizeObserver ??= ResizeObserverStub;
  // jsdom does not lay out or scroll.
  window.HTMLElement.prototype.scrollIntoView ??= function scrollIntoView() {};
}
