import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { errorInfo } from '../../../app/graphql-errors';
import { useT } from '../../../app/i18n';
import { useErrorMessage } from '../../../app/useErrorMessage';
import type { ErrorItem } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/TextField';
import { SET_PASSWORD_MUTATION } from '../graphql/set-password.mutation';
import { useAuth } from '../../../lib/session/useAuth';
import { MIN_PASSWORD_LENGTH, passwordProblems, tokenFromHash } from '../utils/password-form';
import { AuthForm, AuthPage } from './AuthForm';

export function SetPasswordPage() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const { signIn } = useAuth();
  const { hash } = useLocation();
  const token = tokenFromHash(hash);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ password?: string; repeat?: string }>({});
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [tokenRefused, setTokenRefused] = useState(false);
  const [setPasswordMutation, { loading }] = useMutation(SET_PASSWORD_MUTATION);

  if (!token || tokenRefused) {
    return (
      <AuthPage title={t('setPassword.title')}>
        <div role="alert" className="error-summary">
          <p className="error-summary__title">{tokenRefused ? t('error.INVALID_TOKEN') : t('setPassword.noToken')}</p>
        </div>
        <p>
          <Link to="/forgot-password">{t('setPassword.requestNew')}</Link>
        </p>
      </AuthPage>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!token) return;
    const problems = passwordProblems(password, repeat);
    const texts = {
      ...(problems.password ? { password: t(`setPassword.${problems.password}`, { min: MIN_PASSWORD_LENGTH }) } : {}),
      ...(problems.repeat ? { repeat: t(`setPassword.${problems.repeat}`) } : {}),
    };
    setFieldErrors(texts);
    if (texts.password || texts.repeat) {
      setErrors(Object.entries(texts).map(([field, text]) => ({ fieldId: `set-password-${field}`, text })));
      return;
    }
    try {
      await setPasswordMutation({ variables: { token, password } });
      if (await signIn()) navigate('/', { replace: true });
      else setErrors([{ text: t('login.cookieRefused') }]);
    } catch (error) {
      if (errorInfo(error).code === 'INVALID_TOKEN') setTokenRefused(true);
      else setErrors([{ text: errorMessage(error) }]);
    }
  }

  return (
    <AuthPage title={t('setPassword.title')}>
      <p>{t('setPassword.intro', { min: MIN_PASSWORD_LENGTH })}</p>
      <AuthForm errors={errors} busy={loading} onSubmit={submit} submitLabel={t('setPassword.submit')}>
        <TextField
          id="set-password-password"
          label={t('setPassword.password')}
          hint={t('setPassword.hint', { min: MIN_PASSWORD_LENGTH })}
          type="password"
          autoComplete="new-password"
          minLength={MIN_PASSWORD_LENGTH}
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
        />
        <TextField
          id="set-password-repeat"
          label={t('setPassword.repeat')}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          error={fieldErrors.repeat}
        />
      </AuthForm>
    </AuthPage>
  );
}
