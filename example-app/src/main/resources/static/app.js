// The front-end half of a social login: send the user to the provider, then post the code it
// returns to one of the login endpoints, then use the credential on GET /api/user/.
const KINDS = ['session', 'token', 'token_user', 'jwt-pair', 'jwt-pair-user', 'jwt-sliding',
  'jwt-sliding-user', 'opaque', 'opaque_user'];
const redirectUri = window.location.origin + '/';

function show(id, value, failed) {
  const element = document.getElementById(id);
  element.textContent = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  element.className = failed ? 'error' : '';
}

async function listProviders() {
  const providers = await (await fetch('/api/config')).json();
  const container = document.getElementById('providers');
  container.textContent = providers.length ? '' : 'No provider is configured.';
  for (const provider of providers) {
    const row = document.createElement('div');
    row.append(provider.name + ': ');
    for (const kind of KINDS) {
      const button = document.createElement('button');
      button.id = `login-${provider.name}-${kind}`;
      button.textContent = kind;
      button.onclick = () => startLogin(provider, kind);
      row.append(button);
    }
    container.append(row);
  }
}

async function startLogin(provider, kind) {
  // A signed, single-use state from the server (with a nonce and a PKCE challenge where the
  // provider uses them), bound to this browser by an HttpOnly cookie that same-origin fetches
  // send back; the server checks both when the code comes back.
  const issued = await (await fetch(`/api/login/social/state/${provider.name}/`, { method: 'POST' })).json();
  sessionStorage.setItem('login', JSON.stringify({ provider: provider.name, kind, state: issued.state }));
  const url = new URL(provider.authorization_uri, window.location.origin);
  url.searchParams.set('client_id', provider.client_id);
  url.searchParams.set('redirect_uri', redirectUri);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('state', issued.state);
  if (issued.nonce) {
    url.searchParams.set('nonce', issued.nonce);
  }
  if (issued.code_challenge) {
    url.searchParams.set('code_challenge', issued.code_challenge);
    url.searchParams.set('code_challenge_method', issued.code_challenge_method);
  }
  if (provider.scope) {
    url.searchParams.set('scope', provider.scope);
  }
  window.location.assign(url.toString());
}

async function finishLogin(code, state) {
  const pending = JSON.parse(sessionStorage.getItem('login') || 'null');
  sessionStorage.removeItem('login');
  window.history.replaceState({}, '', '/');
  if (!pending || pending.state !== state) {
    show('login-result', 'The state does not match the login this page started.', true);
    return;
  }
  // The CSRF token (the call also sets the XSRF-TOKEN cookie): the session endpoint needs it, and
  // so does any login while this browser is logged in by session, which links the new account.
  const csrf = await (await fetch('/api/login/social/csrf/')).json();
  const headers = { 'Content-Type': 'application/json', [csrf.header]: csrf.token };
  const response = await fetch(`/api/login/social/${pending.kind}/${pending.provider}/`, {
    method: 'POST', headers, body: JSON.stringify({ code, state, redirect_uri: redirectUri }),
  });
  const answer = await response.json();
  show('login-result', answer, !response.ok);
  if (!response.ok) {
    return;
  }
  // JWTs go as Bearer; stored and opaque tokens as Token; the session needs only its cookie.
  const scheme = pending.kind.startsWith('jwt-') ? 'Bearer' : 'Token';
  const userHeaders = answer.token ? { Authorization: `${scheme} ${answer.token}` } : {};
  const user = await fetch('/api/user/', { headers: userHeaders });
  show('user-result', await user.json(), !user.ok);
}

const params = new URLSearchParams(window.location.search);
listProviders();
if (params.get('code')) {
  finishLogin(params.get('code'), params.get('state'));
} else if (params.get('error')) {
  show('login-result', `The provider answered: ${params.get('error')}`, true);
}
