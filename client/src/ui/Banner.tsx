import type { ReactNode } from 'react';

interface BannerProps {
  tone: 'info' | 'warning' | 'danger';
  title?: ReactNode;
  children?: ReactNode;
  /** `alert` for what must be heard now (errors, warnings on a record), `status` for quiet news. */
  role?: 'alert' | 'status';
}

export function Banner({ tone, title, children, role }: BannerProps) {
  return (
    <div className={`banner banner--${tone}`} role={role}>
      {title ? <p className="banner__title">{title}</p> : null}
      {children ? <div className="banner__body">{children}</div> : null}
    </div>
  );
}
