export type MessageParams = Readonly<Record<string, string | number>>;

/** Replaces `{name}` placeholders with the given values; unknown placeholders stay as they are. */
export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : placeholder,
  );
}
