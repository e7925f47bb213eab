/** The customer timeline as other features see it: the section, its cache, the channel glyphs. */
export { TimelineSection } from './TimelineSection';
export { flattenTimeline, insertTimelineEvent } from './timeline-cache';
export { CHANNEL_GLYPHS } from './channel-glyphs';
