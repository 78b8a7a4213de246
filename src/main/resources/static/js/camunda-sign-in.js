// Loaded by Tasklist, Cockpit, Admin and the welcome page (customScripts in their config.js).
// Årshjul signs people in and out for all of them: the webapps' own login form is never shown.
// It would appear after "Log ud" (which ends the shared session) or once the session has timed
// out; the visitor goes to Årshjul's sign-in page instead, with the matching explanation.
const base = document.querySelector('base');
const appRoot = base ? base.getAttribute('app-root') : '/camunda';
const aarshjul = document.location.pathname.substring(0, document.location.pathname.indexOf(appRoot));
const signedOutKey = 'aarshjul.signedOut';

document.addEventListener('click', (event) => {
  if (event.target.closest && event.target.closest('li.logout')) {
    sessionStorage.setItem(signedOutKey, 'yes');
  }
}, true);

function leaveTheWebappsLogin() {
  if (window.location.hash.indexOf('#/login') === 0) {
    const signedOut = sessionStorage.getItem(signedOutKey);
    sessionStorage.removeItem(signedOutKey);
    window.location.replace(aarshjul + '/login?' + (signedOut ? 'logout' : 'expired'));
  }
}

window.addEventListener('hashchange', leaveTheWebappsLogin);
leaveTheWebappsLogin();
