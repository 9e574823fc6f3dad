// The front-end half of a social login, with no framework: open the provider's page in a popup,
// take the code (or OAuth 1.0a's oauth_token and oauth_verifier) it sends back, post it to the
// login endpoint of the chosen credential kind, then use that credential on the app's endpoints.
// Whatever a provider or a user chose (names, emails) is written with textContent, never as HTML.
'use strict';

const API = '/api/login';
// The provider sends the user back to this page; in the popup it hands the answer to its opener.
const REDIRECT_URI = window.location.origin + '/';
const CALLBACK = 'rest-social-auth-callback';

// Each credential kind: the login endpoint that answers it with the user, the Authorization
// scheme it is sent with (none: the session cookie), and what it can do afterwards.
const KINDS = {
  session: { endpoint: 'session', label: 'Session cookie' },
  token: { endpoint: 'token_user', scheme: 'Token', label: 'Stored token' },
  'jwt-pair': { endpoint: 'jwt-pair-user', scheme: 'Bearer', label: 'JWT pair', refresh: 'refresh' },
  'jwt-sliding': { endpoint: 'jwt-sliding-user', scheme: 'Bearer', label: 'Sliding JWT', refresh: 'sliding-refresh' },
  opaque: { endpoint: 'opaque_user', scheme: 'Token', label: 'Opaque (knox) token', logoutAll: true },
};

const LABELS = {
  demo: 'Demo (OAuth 2.0)', 'demo-oauth1': 'Demo (OAuth 1.0a)', github: 'GitHub', 'google-oauth2': 'Google',
  facebook: 'Facebook', twitter: 'X (Twitter)',
};

const $ = (id) => document.getElementById(id);
let providers = [];
let pending = null;
let popup = null;

// ---- small helpers ------------------------------------------------------------------------

function say(text, kind) {
  $('message').textContent = text;
  $('message').className = kind || '';
}

function showAnswer(value) {
  $('last-response').textContent = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

function credential() {
  return JSON.parse(sessionStorage.getItem('credential') || 'null');
}

function keep(value) {
  if (value) {
    sessionStorage.setItem('credential', JSON.stringify(value));
  } else {
    sessionStorage.removeItem('credential');
  }
}

// The session endpoint, and any state-changing call a session makes, needs the CSRF token; the
// call also (re)sets the XSRF-TOKEN cookie it is checked against.
async function csrfHeaders() {
  const csrf = await (await fetch(`${API}/social/csrf/`)).json();
  return { [csrf.header]: csrf.token };
}

// How the current credential proves who the caller is: its Authorization header, or the
// session cookie with a CSRF token (a session cookie alone never links nor disconnects).
async function authHeaders(current) {
  if (!current) {
    return {};
  }
  const kind = KINDS[current.kind];
  return kind.scheme ? { Authorization: `${kind.scheme} ${current.token}` } : csrfHeaders();
}

async function call(method, path, { headers = {}, body } = {}) {
  const init = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (ignored) {
    json = text;
  }
  if (method !== 'GET' || !response.ok) {
    showAnswer(json === null ? `${response.status} (no body)` : json);
  }
  if (!response.ok) {
    const reason = json && (json.error || json.detail || json.title);
    throw new Error(`${method} ${path}: ${response.status}${reason ? ` (${reason})` : ''}`);
  }
  return json;
}

function label(name) {
  return LABELS[name] || name;
}

function button(id, text, onClick, className) {
  const element = document.createElement('button');
  element.type = 'button';
  element.id = id;
  element.textContent = text;
  if (className) {
    element.className = className;
  }
  element.addEventListener('click', () => onClick().catch((error) => say(error.message, 'error')));
  return element;
}

function jwtClaims(token) {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(part));
  } catch (ignored) {
    return null;
  }
}

// ---- the popup login ------------------------------------------------------------------------

// mode 'login' signs in with the chosen kind; 'connect' links another account to the current user.
async function start(provider, mode) {
  const current = credential();
  const kind = mode === 'connect' ? current.kind : $('kind').value;
  // Opened now, while the click still counts as the user's, then sent on once the URL is known.
  popup = window.open('', 'social-login', 'popup,width=520,height=640');
  try {
    let url;
    if (provider.protocol === 'oauth1') {
      // OAuth 1.0a step one: the server gets a request token (its secret stays there, bound to
      // this browser by the state cookie) and answers the token for the provider's page.
      const headers = { ...(await authHeaders(current)), ...(kind === 'session' ? await csrfHeaders() : {}) };
      const step = await call('POST', `${API}/social/${KINDS[kind].endpoint}/${provider.name}/`,
        { headers, body: { redirect_uri: REDIRECT_URI } });
      url = new URL(provider.authorization_uri, window.location.origin);
      url.searchParams.set('oauth_token', step.oauth_token);
      pending = { provider: provider.name, kind, mode, oauthToken: step.oauth_token };
    } else {
      // A signed, single-use state, bound to this browser by an HttpOnly cookie; the server keeps
      // the PKCE verifier and answers the authorization URL with the challenge in it.
      const issued = await call('POST',
        `${API}/social/state/${provider.name}/?redirect_uri=${encodeURIComponent(REDIRECT_URI)}`);
      url = issued.authorization_url ? new URL(issued.authorization_url, window.location.origin)
        : fallbackAuthorizationUrl(provider, issued);
      pending = { provider: provider.name, kind, mode, state: issued.state };
    }
    sessionStorage.setItem('pending', JSON.stringify(pending));
    if (popup && !popup.closed) {
      popup.location.assign(url.toString());
      say(`Waiting for ${label(provider.name)} in the popup...`);
    } else {
      // No popup (blocked): the provider sends this page back to itself, which finishes there.
      window.location.assign(url.toString());
    }
  } catch (error) {
    if (popup) {
      popup.close();
    }
    throw error;
  }
}

function fallbackAuthorizationUrl(provider, issued) {
  const url = new URL(provider.authorization_uri, window.location.origin);
  url.searchParams.set('client_id', provider.client_id);
  url.searchParams.set('redirect_uri', REDIRECT_URI);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('state', issued.state);
  if (provider.scope) {
    url.searchParams.set('scope', provider.scope);
  }
  for (const name of ['nonce', 'code_challenge', 'code_challenge_method']) {
    if (issued[name]) {
      url.searchParams.set(name, issued[name]);
    }
  }
  return url;
}

// Only this page's own popup, on this origin, may hand back a code.
window.addEventListener('message', (event) => {
  if (event.origin !== window.location.origin || event.source !== popup || !event.data
      || event.data.type !== CALLBACK) {
    return;
  }
  popup = null;
  finish(event.data.params).catch((error) => say(error.message, 'error'));
});

async function finish(params) {
  const started = pending || JSON.parse(sessionStorage.getItem('pending') || 'null');
  pending = null;
  sessionStorage.removeItem('pending');
  if (params.error) {
    throw new Error(`The provider answered: ${params.error}`);
  }
  if (!started) {
    throw new Error('No login was started on this page.');
  }
  const body = { redirect_uri: REDIRECT_URI };
  if (started.oauthToken) {
    if (params.oauth_token !== started.oauthToken) {
      throw new Error('The oauth_token does not match the login this page started.');
    }
    body.oauth_token = params.oauth_token;
    body.oauth_verifier = params.oauth_verifier;
  } else {
    if (params.state !== started.state) {
      throw new Error('The state does not match the login this page started.');
    }
    body.code = params.code;
    body.state = params.state;
  }
  // Connecting sends the current credential: the login then links the account to this user.
  const current = started.mode === 'connect' ? credential() : null;
  const headers = { ...(await authHeaders(current)), ...(started.kind === 'session' ? await csrfHeaders() : {}) };
  const answer = await call('POST', `${API}/social/${KINDS[started.kind].endpoint}/${started.provider}/`,
    { headers, body });
  if (started.mode === 'connect' && current && current.token && answer.token !== current.token) {
    // The link answered a new credential; the one it replaces is given up where that is possible.
    await giveUp(current).catch(() => {});
    showAnswer(answer);
  }
  keep({ kind: started.kind, token: answer.token, refresh: answer.refresh, expiry: answer.expiry });
  await render();
  say(started.mode === 'connect' ? `Linked a ${label(started.provider)} account.`
    : `Signed in with ${label(started.provider)} as ${answer.username}.`, 'ok');
}

// ---- what the credential can do --------------------------------------------------------------

async function refresh() {
  const current = credential();
  const answer = await call('POST', `${API}/token/refresh/`, { body: { refresh: current.refresh } });
  keep({ ...current, token: answer.token, refresh: answer.refresh || current.refresh });
  await render();
  say('Access token refreshed.', 'ok');
}

async function slidingRefresh() {
  const current = credential();
  const answer = await call('POST', `${API}/token/sliding/refresh/`, { body: { token: current.token } });
  keep({ ...current, token: answer.token });
  await render();
  say('Sliding token refreshed.', 'ok');
}

// Revoke what the server can revoke for this kind: an opaque token, a refresh or sliding JWT, a
// session; a stored token (DRF authtoken's kind) has no logout, the page only forgets it.
async function giveUp(current) {
  switch (current.kind) {
    case 'opaque':
      return call('POST', `${API}/logout/`, { headers: await authHeaders(current) });
    case 'jwt-pair':
      return call('POST', `${API}/token/blacklist/`, { body: { refresh: current.refresh } });
    case 'jwt-sliding':
      return call('POST', `${API}/token/blacklist/`, { body: { token: current.token } });
    case 'session':
      return sessionLogout();
    default:
      return null;
  }
}

async function logout() {
  await giveUp(credential());
  keep(null);
  await render();
  say('Signed out.', 'ok');
}

async function logoutAll() {
  await call('POST', `${API}/logoutall/`, { headers: await authHeaders(credential()) });
  keep(null);
  await render();
  say('Signed out on every device.', 'ok');
}

// Spring Security's logout of the app's own filter chain, with that chain's CSRF token; it
// answers a redirect to a login page this API does not have, so the redirect is not followed.
async function sessionLogout() {
  const csrf = await call('GET', '/api/config/csrf');
  const response = await fetch('/logout', { method: 'POST', headers: { [csrf.header]: csrf.token },
    redirect: 'manual' });
  if (response.type !== 'opaqueredirect' && !response.ok) {
    throw new Error(`POST /logout: ${response.status}`);
  }
  showAnswer(`POST /logout: ${response.type === 'opaqueredirect' ? 'redirected (session ended)' : response.status}`);
}

async function disconnect(account) {
  await call('DELETE', `${API}/social/accounts/${encodeURIComponent(account.provider)}/${account.id}/`,
    { headers: await authHeaders(credential()) });
  await render();
  say(`Disconnected the ${label(account.provider)} account ${account.uid}.`, 'ok');
}

// ---- rendering ------------------------------------------------------------------------------

async function render() {
  const current = credential();
  let user = null;
  if (current) {
    const kind = KINDS[current.kind];
    const response = await fetch('/api/user/',
      { headers: kind.scheme ? { Authorization: `${kind.scheme} ${current.token}` } : {} });
    if (response.ok) {
      user = await response.json();
    } else {
      keep(null);
    }
  }
  $('signed-out').hidden = !!user;
  $('signed-in').hidden = !user;
  $('linked').hidden = !user;
  if (!user) {
    return;
  }
  renderUser(user, credential());
  await renderAccounts();
}

function renderUser(user, current) {
  const kind = KINDS[current.kind];
  const fullName = [user.first_name, user.last_name].filter(Boolean).join(' ');
  $('user-name').textContent = fullName ? `${fullName} (${user.username})` : user.username;
  $('user-email').textContent = user.email || '';
  const avatar = $('user-avatar');
  if (typeof user.social_thumb === 'string' && user.social_thumb.startsWith('https://')) {
    avatar.onerror = () => { avatar.hidden = true; };
    avatar.src = user.social_thumb;
    avatar.hidden = false;
  } else {
    avatar.hidden = true;
  }
  $('credential-kind').textContent = `${kind.label} (${kind.endpoint})`;
  $('credential-token').textContent = current.token ? `${current.token.slice(0, 12)}...${current.token.slice(-12)}`
    : 'HttpOnly session cookie';
  const claims = current.token ? jwtClaims(current.token) : null;
  $('credential-expiry').textContent = claims && claims.exp ? new Date(claims.exp * 1000).toISOString()
    : current.expiry || '-';
  $('refresh').hidden = kind.refresh !== 'refresh';
  $('sliding-refresh').hidden = kind.refresh !== 'sliding-refresh';
  $('logout-all').hidden = !kind.logoutAll;
  $('logout').textContent = current.kind === 'token' ? 'Forget token' : 'Log out';
}

async function renderAccounts() {
  const current = credential();
  const kind = KINDS[current.kind];
  const accounts = await call('GET', `${API}/social/accounts/`,
    { headers: kind.scheme ? { Authorization: `${kind.scheme} ${current.token}` } : {} });
  const list = $('accounts');
  list.replaceChildren();
  for (const account of accounts) {
    const item = document.createElement('li');
    item.dataset.provider = account.provider;
    item.dataset.uid = account.uid;
    const name = document.createElement('span');
    const strong = document.createElement('strong');
    strong.textContent = label(account.provider);
    const since = document.createElement('span');
    since.className = 'muted';
    since.textContent = ` since ${new Date(account.created).toLocaleString()}`;
    name.append(strong, ` ${account.uid}`, since);
    item.append(name, button(`disconnect-${account.provider}-${account.id}`, 'Disconnect',
      () => disconnect(account), 'danger'));
    list.append(item);
  }
  const connect = $('connect');
  connect.replaceChildren();
  for (const provider of providers) {
    connect.append(button(`connect-${provider.name}`, `Connect ${label(provider.name)}`,
      () => start(provider, 'connect')));
  }
}

async function listProviders() {
  providers = await (await fetch('/api/config')).json();
  const container = $('providers');
  container.replaceChildren();
  if (!providers.length) {
    container.textContent = 'No provider is configured.';
  }
  for (const provider of providers) {
    container.append(button(`login-${provider.name}`, `Continue with ${label(provider.name)}`,
      () => start(provider, 'login'), 'primary'));
  }
}

// ---- start ----------------------------------------------------------------------------------

async function main() {
  const params = Object.fromEntries(new URLSearchParams(window.location.search));
  const isCallback = 'code' in params || 'oauth_token' in params || 'error' in params;
  if (isCallback) {
    window.history.replaceState({}, '', '/');
    if (window.opener && !window.opener.closed) {
      // In the popup: hand the answer to the page that opened it (only if it is on this origin).
      window.opener.postMessage({ type: CALLBACK, params }, window.location.origin);
      window.close();
      return;
    }
  }
  $('refresh').addEventListener('click', () => refresh().catch((error) => say(error.message, 'error')));
  $('sliding-refresh').addEventListener('click', () => slidingRefresh().catch((error) => say(error.message, 'error')));
  $('logout').addEventListener('click', () => logout().catch((error) => say(error.message, 'error')));
  $('logout-all').addEventListener('click', () => logoutAll().catch((error) => say(error.message, 'error')));
  await listProviders();
  await render();
  say(credential() ? 'Signed in.' : 'Signed out: pick a credential kind and a provider.');
  if (isCallback) {
    // The redirect flow (no popup): this page started the login and finishes it itself.
    await finish(params);
  }
}

main().catch((error) => say(error.message, 'error'));
