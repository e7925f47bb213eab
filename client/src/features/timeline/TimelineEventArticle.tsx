import { useId } from 'react';
import type { TimelineEvent } from '@shared/schemas/timeline';
import { useFormat, useT } from '../../app/i18n/i18n-context';
import { CHANNEL_GLYPHS } from './channel-glyphs';
import { actorLabel, describeTimelineEvent } from './describe-timeline-event';

interface TimelineEventArticleProps {
  event: TimelineEvent;
  now: number;
}

export function TimelineEventArticle({ event, now }: TimelineEventArticleProps) {
  const t = useT();
  const format = useFormat();
  const summaryId = useId();
  const { summary, details } = describeTimelineEvent(event, t, format);
  const absolute = format.dateTime(event.occurredAt);
  const relative = format.relativeTime(event.occurredAt, now);
  const glyph = CHANNEL_GLYPHS[event.channel] ?? '•';

  return (
    <article className="event" data-channel={event.channel} aria-labelledby={summaryId}>
      <div className="event__channel">
        <span className="event__glyph" aria-hidden="true">
          {glyph}
        </span>
        <span className="event__channel-label">{t(`channel.${event.channel}`)}</span>
      </div>
      <div className="event__content">
        <div className="event__header">
          <p className="event__summary" id={summaryId}>
            {summary}
          </p>
          <p className="event__actor">{t('timeline.by', { name: actorLabel(event.actor, t) })}</p>
          <p className="event__time">
            <time dateTime={event.occurredAt}>{absolute}</time>
            {relative ? <span className="event__relative"> · {relative}</span> : null}
          </p>
        </div>
        {details.length > 0 ? (
          <ul className="event__details">
            {details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        ) : null}
        {event.body ? <p className="event__body">{event.body}</p> : null}
      </div>
    </article>
  );
}
