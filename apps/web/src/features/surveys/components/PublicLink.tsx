import { SURVEY_TITLES } from '@officebench/domain';
import { useId, useRef, useState } from 'react';
import { useI18n } from '../../../app/i18n';
import type { SurveyKind } from '../../../generated/graphql';
import { useQrCode } from '../hooks/useQrCode';
import { absoluteUrl } from '../utils/links';

interface PublicLinkProps {
  path: string;
  officeName: string;
  kind: SurveyKind;
  /** The poster is what a print shows now. */
  printing: boolean;
  print: () => void;
}

/** The clients' public link to copy, and a poster with its QR code to print (surveys.css shows only the poster then). */
export function PublicLink({ path, officeName, kind, printing, print }: PublicLinkProps) {
  const { t, language } = useI18n();
  const url = absoluteUrl(window.location.origin, path);
  const qr = useQrCode(url);
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      // No clipboard here (e.g. plain http on another host): the link is selected for Ctrl+C.
      input.current?.select();
      setCopied('failed');
    }
  };

  return (
    <>
      <h4>{t('surveys.link.title')}</h4>
      <div className="field copy-field">
        <label htmlFor={inputId}>{t('surveys.link.label')}</label>
        <p id={`${inputId}-hint`} className="field__hint">
          {t('surveys.link.hint')}
        </p>
        <div className="copy-field__row">
          <input
            ref={input}
            id={inputId}
            type="text"
            readOnly
            value={url}
            aria-describedby={`${inputId}-hint`}
            onFocus={(event) => event.target.select()}
          />
          <button type="button" className="secondary" onClick={() => void copy()}>
            {t('surveys.link.copy')}
          </button>
        </div>
        <p role="status" className="copy-field__status">
          {copied === 'yes' ? t('surveys.link.copied') : copied === 'failed' ? t('surveys.link.copyFailed') : ''}
        </p>
      </div>
      <h4>{t('surveys.poster.title')}</h4>
      <p>{t('surveys.poster.intro')}</p>
      {qr.failed ? (
        <p className="field__error">{t('surveys.poster.failed')}</p>
      ) : (
        <>
          <div className={printing ? 'survey-poster print-target' : 'survey-poster'}>
            <p className="survey-poster__office">{officeName}</p>
            <p className="survey-poster__title">{SURVEY_TITLES[kind][language]}</p>
            {qr.src && <img className="survey-poster__qr" src={qr.src} alt={t('surveys.poster.qr', { url })} />}
            <p>{t('surveys.poster.scan')}</p>
            <p className="survey-poster__url">{url}</p>
            <p>{t('surveys.poster.anonymous')}</p>
          </div>
          <p>
            <button type="button" className="secondary" onClick={print} disabled={!qr.src}>
              {t('surveys.poster.print')}
            </button>
          </p>
        </>
      )}
    </>
  );
}
