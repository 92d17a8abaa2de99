import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { useErrorMessage } from '../../../app/useErrorMessage';
import type { ErrorItem } from '../../../components/ErrorSummary';
import { Notice } from '../../../components/Notice';
import { REQUEST_PASSWORD_RESET_MUTATION } from '../graphql/request-password-reset.mutation';
import { AuthForm, AuthPage, EmailField } from './AuthForm';

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
    <AuthPage title={t('forgot.title')}>
      {sent ? (
        <Notice>
          <p>{t('forgot.sent')}</p>
        </Notice>
      ) : (
        <>
          <p>{t('forgot.intro')}</p>
          <AuthForm errors={errors} busy={loading} onSubmit={submit} submitLabel={t('forgot.submit')}>
            <EmailField id="forgot-email" value={email} onChange={setEmail} error={emailError} />
          </AuthForm>
        </>
      )}
      <p>
        <Link to="/login">{t('forgot.backToLogin')}</Link>
      </p>
    </AuthPage>
  );
}
