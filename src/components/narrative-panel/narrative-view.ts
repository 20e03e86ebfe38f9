/** Pure helpers of <stroomop-narrative-panel>: which narratives to show and the safe URLs of their media. No DOM. */
import type { Narrative } from '../../format/types.generated.js';
import type { Lang } from '../../format/text.js';
import { gateUrl, hostOf } from '../../format/url.js';

export type VideoProvider = 'youtube' | 'vimeo';

export const PROVIDER_NAMES: Record<VideoProvider, string> = { youtube: 'YouTube', vimeo: 'Vimeo' };

/** Hosts of the video platforms: nothing is requested from them before the viewer agrees, not even a poster. Matched against hostOf(). */
const PROVIDER_HOSTS = /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|googlevideo\.com|ggpht\.com|vimeo\.com|vimeocdn\.com)$/;

export interface NarrativeFilter {
  /** One narrative by id. */
  narrative?: string | undefined;
  /** Only narratives about this topic. */
  topic?: string | undefined;
  /** Only narratives related to this indicator. */
  indicator?: string | undefined;
}

/** The narratives that pass the filter, in document order. */
export function selectNarratives(narratives: readonly Narrative[], filter: NarrativeFilter = {}): Narrative[] {
  return narratives.filter(
    (narrative) =>
      (!filter.narrative || narrative.id === filter.narrative) &&
      (!filter.topic || narrative.topic === filter.topic) &&
      (!filter.indicator || (narrative.indicators ?? []).includes(filter.indicator)),
  );
}

/**
 * A poster or other image from the document, unless the URL gate refuses it or it lives on a video platform's
 * servers (the host as it will be asked: lower case, no trailing dot, so `i.ytimg.com.` is YouTube's too).
 */
export function imageUrl(url: string | undefined): string | undefined {
  const safe = gateUrl(url);
  return safe && !PROVIDER_HOSTS.test(hostOf(safe)) ? safe : undefined;
}

/** The privacy-friendly player URL of a YouTube or Vimeo video, to load only after the viewer agrees. */
export function embedUrl(provider: VideoProvider, id: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return undefined;
  return provider === 'youtube' ? `https://www.youtube-nocookie.com/embed/${id}?autoplay=1` : `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1`;
}

export interface CaptionTrack {
  src: string;
  srclang: string;
  label: string;
  isDefault: boolean;
}

/** The caption tracks with a safe URL; the first one in the viewer's language (else the first) is the default. */
export function captionTracks(captions: readonly { src: string; lang: string; label: string }[], lang: Lang): CaptionTrack[] {
  const tracks = captions.flatMap((track) => {
    const src = gateUrl(track.src);
    return src ? [{ src, srclang: track.lang, label: track.label, isDefault: false }] : [];
  });
  const preferred = tracks.find((track) => track.srclang.toLowerCase().startsWith(lang)) ?? tracks[0];
  if (preferred) preferred.isDefault = true;
  return tracks;
}

/** Whether any URL is on another origin than the page (then the video needs `crossorigin` for its captions to load). */
export function crossOrigin(urls: readonly string[], origin: string): boolean {
  return urls.some((url) => {
    try {
      return new URL(url, origin).origin !== origin;
    } catch {
      return false;
    }
  });
}

/** An ISO 8601 duration (PT4M30S) in words that read well: `4 min 30 s`, `1 u 5 min` / `1 h 5 min`. */
export function formatDuration(duration: string | undefined, lang: Lang): string | undefined {
  const match = duration ? /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(duration) : null;
  if (!match || (!match[1] && !match[2] && !match[3])) return undefined;
  const parts: string[] = [];
  if (match[1] && Number(match[1])) parts.push(`${Number(match[1])} ${lang === 'en' ? 'h' : 'u'}`);
  if (match[2] && Number(match[2])) parts.push(`${Number(match[2])} min`);
  if (match[3] && Number(match[3])) parts.push(`${Number(match[3])} s`);
  return parts.length ? parts.join(' ') : undefined;
}

export { formatDate } from '../../format/period.js';
