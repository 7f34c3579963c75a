import { Anchor, AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef, type ReactElement } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { getSession } from '../api/endpoints';
import { useResource } from '../api/use-resource';
import { navigationFor } from './navigation';
import { SignOutButton } from './SignOutButton';

/**
 * The frame of every page: a skip link, the header, the sidebar (a drawer
 * below 768 px) and the page in <main>. Focus moves to <main> on navigation
 * so keyboard and screen-reader users land on the new page.
 */
export function AppLayout(): ReactElement {
  const [navigationOpen, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // The server's program-wide abilities decide which pages the sidebar offers.
  const session = useResource(async (signal) => (await getSession(signal)).data, []);
  const navigation = navigationFor(session.status === 'ready' ? (session.data.abilities ?? []) : []);

  useEffect(() => {
    close();
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname, close]);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navigationOpen } }} padding="md">
      <a className="skip-link" href="#main">Skip to main content</a>
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm">
          <Burger opened={navigationOpen} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={navigationOpen ? 'Close navigation' : 'Open navigation'} />
          <Anchor component={Link} to="/" underline="never" c="dark.9">
            <Text component="span" size="xl" fw={700}>Waypoint</Text>
          </Anchor>
          <Text size="sm" c="gray.8" visibleFrom="sm">Third-country relocation cases</Text>
          <SignOutButton displayName={session.status === 'ready' ? session.data.user.displayName : null} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        {navigation.map((item) =>
          item.external ? (
            <NavLink key={item.to} href={item.to} label={item.label} />
          ) : (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              active={item.to === '/' ? location.pathname === '/' : location.pathname.startsWith(item.to)}
              aria-current={(item.to === '/' ? location.pathname === '/' : location.pathname.startsWith(item.to)) ? 'page' : undefined}
            />
          ),
        )}
      </AppShell.Navbar>
      <AppShell.Main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
