import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { errorInfo } from '../../../app/graphql-errors';
import { useT } from '../../../app/i18n';
import { useErrorMessage } from '../../../app/useErrorMessage';
import type { ErrorItem } from '../../../components/ErrorSummary';
import { LoadingState } from '../../../components/LoadingState';
import { Notice } from '../../../components/Notice';
import { TextField } from '../../../components/TextField';
import { LOGIN_MUTATION } from '../graphql/login.mutation';
import { useAuth } from '../../../lib/session/useAuth';
import { safeNextPath } from '../utils/safe-next-path';
import { AuthForm, AuthPage, EmailField } from './AuthForm';

export function LoginPage() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { status, user, notice, signIn } = useAuth();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [login, { loading }] = useMutation(LOGIN_MUTATION);

  if (user) return <Navigate to={next} replace />;
  if (status === 'loading') return <LoadingState />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = {
      ...(email.trim() ? {} : { email: t('login.emailMissing') }),
      ...(password ? {} : { password: t('login.passwordMissing') }),
    };
    setFieldErrors(missing);
    if (missing.email || missing.password) {
      setErrors(Object.entries(missing).map(([field, text]) => ({ fieldId: `login-${field}`, text })));
      return;
    }
    try {
      await login({ variables: { email: email.trim(), password } });
      // The redirect to `next` follows from the signed-in user; without one the cookie was refused.
      if (!(await signIn())) setErrors([{ text: t('login.cookieRefused') }]);
    } catch (error) {
      // A refused log-in clears the password; a server that was away for a moment never judged it.
      if (errorInfo(error).code !== 'SERVICE_UNAVAILABLE') setPassword('');
      setErrors([{ text: errorMessage(error) }]);
    }
  }

  return (
    <AuthPage title={t('login.title')}>
      {notice === 'sessionExpired' && <Notice>{t('login.sessionExpired')}</Notice>}
      {notice === 'signedOut' && <Notice>{t('login.signedOut')}</Notice>}
      <AuthForm
        errors={errors}
        busy={loading}
        onSubmit={submit}
        submitLabel={loading ? t('login.submitting') : t('login.submit')}
        otherAction={<Link to="/forgot-password">{t('login.forgotPassword')}</Link>}
      >
        <EmailField id="login-email" value={email} onChange={setEmail} error={fieldErrors.email} />
        <TextField
          id="login-password"
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
        />
      </AuthForm>
    </AuthPage>
  );
}
