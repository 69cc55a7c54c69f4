// The language and provenance core, shared by the feed pipeline and the renderer.

export { annotateArticle, annotateArticleInDetail } from './annotate';
export type { AnnotatedArticle, DeclaredSource, FeedContext } from './annotate';
export { detectLanguage } from './detect';
export type { DetectedLanguage } from './detect';
export { resolveArticleLanguage } from './resolve';
export type { LanguageEvidence, LanguageSource, ResolvedLanguage } from './resolve';
export { areNeighbourLanguages, normaliseLanguageTag } from './tags';
export { extractProvenance } from './provenance';
export type { Provenance } from './provenance';
export { parseCreditLine, splitOutlets } from './credits';
export { parseSourceLine } from './sourceLinks';
export { isJunkLine } from './junk';
export { findTranslation } from './originLanguage';
export { languageFromUrl } from './urlLanguage';
export { storyKey } from './storyKey';
export type { StoryEvidence } from './storyKey';
export { urlIdentity } from './urls';
export { htmlToText, decodeEntities } from './htmlText';
