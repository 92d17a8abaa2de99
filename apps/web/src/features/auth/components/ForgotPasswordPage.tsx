import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { ErrorSummary, type ErrorItem } from '../../../components/ErrorSummary';
import { Notice } from '../../../components/Notice';
import { PageHeading } from '../../../components/PageHeading';
import { TextField } from '../../../components/TextField';
import { REQUEST_PASSWORD_RESET_MUTATION } from '../graphql/request-password-reset.mutation';

export function ForgotPasswordPage() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string>();
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [sent, setSent] = useState(false);
  const [requestReset, { loading }] = useMutation(REQUEST_PASSWORD_RESET_MUTATION);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim()) {
      setEmailError(t('login.emailMissing'));
      setErrors([{ fieldId: 'forgot-email', text: t('login.emailMissing') }]);
      return;
    }
    setEmailError(undefined);
    try {
      await requestReset({ variables: { email: email.trim() } });
      setErrors([]);
      setSent(true);
    } catch (error) {
      setErrors([{ text: errorMessage(error) }]);
    }
  }

  return (
    <div className="narrow">
      <title>{`${t('forgot.title')} – ${t('app.name')}`}</title>
      <PageHeading>{t('forgot.title')}</PageHeading>
      {sent ? (
        <Notice>
          <p>{t('forgot.sent')}</p>
        </Notice>
      ) : (
        <>
          <p>{t('forgot.intro')}</p>
          <ErrorSummary errors={errors} />
          <form noValidate onSubmit={submit} className="form" aria-busy={loading}>
            <TextField
              id="forgot-email"
              label={t('login.email')}
              type="email"
              autoComplete="username"
              spellCheck={false}
              value={email}
              onChange={setEmail}
              error={emailError}
            />
            <div className="form__actions">
              <button type="submit" disabled={loading}>
                {t('forgot.submit')}
              </button>
            </div>
          </form>
        </>
      )}
      <p>
        <Link to="/login">{t('forgot.backToLogin')}</Link>
      </p>
    </div>
  );
}
