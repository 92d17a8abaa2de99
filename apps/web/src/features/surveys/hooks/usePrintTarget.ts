import { useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Which part of the page a print shows (surveys.css hides the rest in print): set, rendered, then the
 * browser's print dialog. The mark stays until the next print; it changes nothing on screen.
 */
export function usePrintTarget<T extends string>(): [T | null, (target: T) => void] {
  const [target, setTarget] = useState<T | null>(null);
  const print = (next: T) => {
    flushSync(() => setTarget(next));
    window.print();
  };
  return [target, print];
}
