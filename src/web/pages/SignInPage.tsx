import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type ReactElement, type SyntheticEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError, describeFailure } from '../api/api-error';
import { apiSend, rememberCsrfToken } from '../api/api-client';
import { usePageTitle } from './use-page-title';

/**
 * Sign-in: posts to POST /api/session, then returns to the page the person
 * was on (`returnTo`, same-origin paths only).
 */
export function SignInPage(): ReactElement {
  usePageTitle('Sign in');
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get('returnTo'));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: SyntheticEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setFailure(null);
    try {
      const session = await apiSend<{ csrfToken: string }>('POST', '/api/session', { username, password });
      rememberCsrfToken(session.data.csrfToken);
      window.location.assign(returnTo);
    } catch (error) {
      setFailure(error instanceof ApiError && error.code === 'unauthenticated' ? 'The username or password is not right.' : describeFailure(error));
      setPending(false);
    }
  };

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder p="xl" w={380} maw="100%">
        <form onSubmit={(event) => void submit(event)} aria-labelledby="sign-in-heading">
          <Stack>
            <Title order={1} size="h2" id="sign-in-heading">Sign in to Waypoint</Title>
            <TextInput label="Username" autoComplete="username" required value={username} onChange={(event) => setUsername(event.currentTarget.value)} />
            <PasswordInput label="Password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.currentTarget.value)} />
            {failure !== null && <Alert color="red" role="alert" title="Not signed in"><Text size="sm" c="red.9">{failure}</Text></Alert>}
            <Button type="submit" loading={pending} disabled={pending}>Sign in</Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}

/** Only a path on this site: "//evil.example" or "https://…" would be an open redirect. */
export function safeReturnPath(value: string | null): string {
  return value !== null && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}
