import type { HTMLAttributes, Ref } from 'react';

export type HeadingLevel = 2 | 3 | 4 | 5;

/** A heading of the given level: the detail of an indicator sits at a different depth alone and in the print view. */
export function Heading({
  level,
  ref,
  ...props
}: { level: HeadingLevel; ref?: Ref<HTMLHeadingElement> } & HTMLAttributes<HTMLHeadingElement>) {
  const Tag = `h${level}` as const;
  return <Tag ref={ref} {...props} />;
}
