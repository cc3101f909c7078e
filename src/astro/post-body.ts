import { PostBodies, type PostBody } from '../node/content/post-bodies.ts';
import { STORES } from '../node/stores.ts';

const bodies = new PostBodies(STORES.postBodies.path);
const translationBodies = new PostBodies(STORES.translationBodies.path);

/** A post's (or a translation's) rendered body and search keys, as the content loader kept them. */
export function readPostBody(post: { id: string; collection?: string; digest?: string | number | undefined }): PostBody {
  if (post.digest === undefined) throw new Error(`The post „${post.id}" has no digest: it did not come from the content loader.`);
  return (post.collection === 'translations' ? translationBodies : bodies).read(String(post.digest));
}
