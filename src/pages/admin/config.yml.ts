import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { getVisibleNews } from '../../astro/collections.ts';
import { OTHER_LANGUAGES, absolute, paths } from '../../astro/site.ts';
import { makeCmsConfig } from '../../lib/cms/make-cms-config.ts';
import { countTopics } from '../../lib/cms/count-topics.ts';

/**
 * The web editor's configuration, made from the content schemas on every build. The
 * repository and branch it commits to come from `CMS_REPO` and `CMS_BRANCH` (the deploy
 * workflow sets them to the repository it runs in), the sign-in service from `CMS_AUTH_URL`.
 */
export const GET: APIRoute = async () => {
  const config = makeCmsConfig({
    repo: process.env.CMS_REPO || 'OWNER/REPOSITORY',
    branch: process.env.CMS_BRANCH || 'main',
    siteUrl: absolute(paths.home()),
    topics: countTopics(await getVisibleNews()),
    translationLanguages: OTHER_LANGUAGES,
    ...(process.env.CMS_AUTH_URL ? { authUrl: process.env.CMS_AUTH_URL } : {}),
  });
  return new Response(stringify(config, { lineWidth: 0 }), { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
};
