/** One way to share a post: a plain link, with no script or tracking from the other site. */
export interface ShareLink {
  /** What the link says, in the page's language. */
  label: string;
  href: string;
}

/**
 * Plain links that hand a post's address (and title, where the service takes one) to
 * e-mail, LinkedIn, Facebook and X. Nothing of theirs loads until the reader follows one.
 */
export function makeShareLinks(url: string, title: string, emailLabel: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { label: emailLabel, href: `mailto:?subject=${t}&body=${u}` },
    { label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { label: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
  ];
}
