import { Button, Group, Text } from '@mantine/core';
import { useState, type ReactElement } from 'react';
import { useNavigate } from 'react-router';
import { apiSend, rememberCsrfToken } from '../api/api-client';

/**
 * Who is signed in, and the control that ends the session on the server
 * (DELETE /api/session), not only in this tab: the cookie is cleared and the
 * session row revoked, so a deep link afterwards goes back to sign-in.
 */
export function SignOutButton({ displayName }: { readonly displayName: string | null }): ReactElement {
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);
  const signOut = async (): Promise<void> => {
    if (pending) return;
    setPending(true);
    try {
      await apiSend('DELETE', '/api/session', undefined);
    } finally {
      rememberCsrfToken(null);
      setPending(false);
      void navigate('/sign-in');
    }
  };
  return (
    <Group gap="xs" wrap="nowrap" ml="auto">
      {displayName !== null && <Text size="sm" visibleFrom="sm" data-signed-in-as="">{displayName}</Text>}
      <Button size="xs" variant="outline" loading={pending} disabled={pending} onClick={() => void signOut()}>Sign out</Button>
    </Group>
  );
}
