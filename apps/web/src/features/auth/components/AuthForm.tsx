import type { FormEvent, ReactNode } from 'react';
import { useT } from '../../../app/i18n';
import { ErrorSummary, type ErrorItem } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { TextField } from '../../../components/TextField';

/** A page of the signed-out journeys (log in, forgotten password, set password): a narrow column under its heading. */
export function AuthPage({ title, children }: { title: string; children: ReactNode }) {
  const t = useT();
  return (
    <div className="narrow">
      <title>{`${title} – ${t('app.name')}`}</title>
      <PageHeading>{title}</PageHeading>
      {children}
    </div>
  );
}

interface AuthFormProps {
  errors: readonly ErrorItem[];
  /** A request is under way: the form says so and its button waits. */
  busy: boolean;
  onSubmit: (event: FormEvent) => void;
  submitLabel: string;
  /** Beside the button (e.g. a link to another journey). */
  otherAction?: ReactNode;
  /** The fields. */
  children: ReactNode;
}

/** The form of such a page, with its error summary above it. */
export function AuthForm({ errors, busy, onSubmit, submitLabel, otherAction, children }: AuthFormProps) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={onSubmit} className="form" aria-busy={busy}>
        {children}
        <div className="form__actions">
          <button type="submit" disabled={busy}>
            {submitLabel}
          </button>
          {otherAction}
        </div>
      </form>
    </>
  );
}

/** The e-mail address one signs in with. */
export function EmailField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const t = useT();
  return (
    <TextField
      id={id}
      label={t('login.email')}
      type="email"
      autoComplete="username"
      spellCheck={false}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
