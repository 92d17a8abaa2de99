import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { errorInfo } from '../../../app/graphql-errors';
import { useT } from '../../../app/i18n';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { ErrorSummary, type ErrorItem } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { TextField } from '../../../components/TextField';
import { SET_PASSWORD_MUTATION } from '../graphql/set-password.mutation';
import { useAuth } from '../../../lib/session/useAuth';
import { MIN_PASSWORD_LENGTH, passwordProblems, tokenFromHash } from '../utils/password-form';

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

  const title = <title>{`${t('setPassword.title')} – ${t('app.name')}`}</title>;
  if (!token || tokenRefused) {
    return (
      <div className="narrow">
        {title}
        <PageHeading>{t('setPassword.title')}</PageHeading>
        <div role="alert" className="error-summary">
          <p className="error-summary__title">{tokenRefused ? t('error.INVALID_TOKEN') : t('setPassword.noToken')}</p>
        </div>
        <p>
          <Link to="/forgot-password">{t('setPassword.requestNew')}</Link>
        </p>
      </div>
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
    <div className="narrow">
      {title}
      <PageHeading>{t('setPassword.title')}</PageHeading>
      <p>{t('setPassword.intro', { min: MIN_PASSWORD_LENGTH })}</p>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit} className="form" aria-busy={loading}>
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
        <div className="form__actions">
          <button type="submit" disabled={loading}>
            {t('setPassword.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
