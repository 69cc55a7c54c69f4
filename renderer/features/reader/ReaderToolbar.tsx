import { ChevronDown, ChevronUp, ExternalLink, Link, Mail, MailOpen, Star, type LucideIcon } from 'lucide-react';
import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import { displayHost } from '../../../shared/util/url';
import { db } from '../../db/instance';
import { setRead, setStarred } from '../../db/marks';
import type { ArticleRecord } from '../../db/records';
import { useTranslation } from '../../i18n';
import { useListState } from '../articles/listState';
import { neighbourOf } from '../../commands/listSteps';
import { runCommand } from '../../commands/commandHandlers';
import { openExternal } from './openExternal';

type CopyState = 'idle' | 'copied' | 'failed';

/** How long "Copied" stays: long enough to be read, short enough not to linger over the next article. */
const copyNoticeMs = 1800;

/** The reading pane's header: move through the list, star, mark, open or copy the original. */
export function ReaderToolbar({ article }: { article: ArticleRecord }) {
  const order = useListState((state) => state.order);
  // The same moves as j and k: one rule for where previous and next lead (commands/listSteps.ts).
  const hasPrevious = neighbourOf(order, article.key, -1) !== undefined;
  const hasNext = neighbourOf(order, article.key, 1) !== undefined;
  const [copy, setCopy] = useState<{ key: string; state: CopyState }>({ key: article.key, state: 'idle' });
  const copyState = copy.key === article.key ? copy.state : 'idle';
  const { t } = useTranslation();

  useEffect(() => {
    if (copyState === 'idle') return;
    const timer = setTimeout(() => setCopy({ key: article.key, state: 'idle' }), copyNoticeMs);
    return () => clearTimeout(timer);
  }, [copyState, article.key]);

  const { url } = article;
  const host = url ? displayHost(url) : null;
  const copyLink = (address: string) => {
    navigator.clipboard.writeText(address).then(
      () => setCopy({ key: article.key, state: 'copied' }),
      () => setCopy({ key: article.key, state: 'failed' }),
    );
  };

  // `reader-actions` too: the scale benchmark finds the read button by it.
  return (
    <div className="pane-header reader-toolbar reader-actions" role="toolbar" aria-label={t('reader.toolbar')} onKeyDown={moveAlongToolbar}>
      <ToolButton icon={ChevronUp} label={t('reader.previous')} title={t('reader.previousTitle')} disabled={!hasPrevious} onClick={() => runCommand('previous-article')} />
      <ToolButton icon={ChevronDown} label={t('reader.next')} title={t('reader.nextTitle')} disabled={!hasNext} onClick={() => runCommand('next-article')} />
      <span className="toolbar-gap" />
      {/*
        A live region rather than role=status: it is announced, and stays empty (and silent) the rest of the time.
        Before the buttons, so that showing it moves none of them.
      */}
      <span className={`copy-notice${copyState === 'failed' ? ' failed' : ''}`} aria-live="polite">
        {copyState === 'copied' ? t('reader.copied') : copyState === 'failed' ? t('reader.copyFailed') : ''}
      </span>
      <ToolButton
        icon={Star}
        label={t('reader.star')}
        title={article.starred ? t('reader.starredTitle') : t('reader.starTitle')}
        pressed={article.starred === 1}
        className="star"
        onClick={() => void setStarred(db, article.key, article.starred === 0)}
      />
      <ToolButton
        icon={article.read ? Mail : MailOpen}
        label={article.read ? t('common.markUnread') : t('common.markRead')}
        onClick={() => void setRead(db, article.key, article.read === 0)}
      />
      {url && (
        <>
          <ToolButton icon={Link} label={t('reader.copyLink')} title={t('reader.copyLinkTitle', { url })} onClick={() => copyLink(url)} />
          <ToolButton
            icon={ExternalLink}
            label={t('reader.openOriginal')}
            title={host ? t('reader.openOriginalOnTitle', { host }) : t('reader.openOriginalTitle')}
            onClick={() => void openExternal(url)}
          />
        </>
      )}
    </div>
  );
}

function ToolButton({
  icon: Icon,
  label,
  title,
  onClick,
  disabled = false,
  pressed,
  className,
}: {
  icon: LucideIcon;
  label: string;
  title?: string;
  onClick: () => void;
  disabled?: boolean;
  pressed?: boolean;
  className?: string;
}): ReactNode {
  return (
    <button
      type="button"
      className={`icon${className ? ` ${className}` : ''}`}
      title={title ?? label}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
    >
      <Icon size={17} strokeWidth={1.8} aria-hidden="true" fill={pressed ? 'currentColor' : 'none'} />
      <span className="tool-label">{label}</span>
    </button>
  );
}

/** Arrow keys, Home and End move between the toolbar's buttons, as in any toolbar; Tab still visits each. */
function moveAlongToolbar(event: KeyboardEvent<HTMLDivElement>): void {
  const moves: Record<string, (index: number, count: number) => number> = {
    ArrowRight: (index, count) => (index + 1) % count,
    ArrowLeft: (index, count) => (index - 1 + count) % count,
    Home: () => 0,
    End: (_index, count) => count - 1,
  };
  const move = moves[event.key];
  if (!move) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  const index = buttons.indexOf(event.target as HTMLButtonElement);
  if (index < 0 || buttons.length === 0) return;
  event.preventDefault();
  buttons[move(index, buttons.length)]?.focus();
}
