import { Fragment } from 'react';
import { parseHighlight } from '../utils/highlight';

/**
 * A search snippet with the matched words in <mark>: built from text nodes and <mark> elements (see
 * parseHighlight), never from the snippet as HTML.
 */
export function Highlight({ snippet }: { snippet: string }) {
  return (
    <>
      {parseHighlight(snippet).map(({ text, marked }, index) =>
        marked ? <mark key={index}>{text}</mark> : <Fragment key={index}>{text}</Fragment>,
      )}
    </>
  );
}
