import type { NewsData } from '../schemas/news.ts';

/** A news entry as the site handles it: its slug and its parsed front matter (images of any form). */
export interface NewsPost {
  id: string;
  data: NewsData<unknown>;
}
