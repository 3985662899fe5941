import type { ReactNode } from 'react';

export const metadata = { title: 'door-help in Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>{children}</body>
    </html>
  );
}
