// Real-browser checks of Communiqué's public pages.
//
// Starts `communique serve` on a free loopback port with a fresh temporary data
// dir, drives Debian's Chromium through playwright-core, runs axe-core on every
// page at a phone and a desktop width, saves full-page screenshots to
// e2e/artifacts/, and ends with a line `N passed, M failed`.
//
// Environment:
//   COMMUNIQUE_BIN  server binary (default: target/debug/communique; a relative
//                   path is tried against the working directory, then the repo root)
//   CHROMIUM_BIN    browser executable (default: /usr/bin/chromium)

import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const E2E_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.dirname(E2E_DIR);
const ARTIFACTS = path.join(E2E_DIR, 'artifacts');

const HEALTH_TIMEOUT_MS = 60_000;
const NAV_TIMEOUT_MS = 30_000;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];

// The WCAG 2.x A/AA rules, and axe-core's experimental rules on top.
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'experimental'];

const RU_ITEM_TITLE =
  'Представитель ОБСЕ призывает Беларусь теснее сотрудничать с НПО в борьбе с торговлей людьми';

const ITEM_TITLE =
  'OSCE representative encourages Belarus to work closer with NGOs to combat human trafficking';

// `path` is either a string or a function of the run state (for the item page,
// whose address is taken from the newsroom at the same width).
const PAGES = [
  {
    name: 'home',
    path: '/',
    content: async (page) => expectText(page, 'OSCE Chairpersonship'),
  },
  {
    name: 'newsroom',
    path: '/press-releases',
    after: async (page, state) => {
      const link = page.locator('a[href^="/items/"]').first();
      if ((await link.count()) === 0) {
        state.itemPath = null;
        return ['no link matching a[href^="/items/"] in the newsroom'];
      }
      state.itemPath = await link.getAttribute('href');
      return [];
    },
  },
  {
    name: 'item',
    path: (state) => state.itemPath,
    content: async (page) => {
      const problems = [];
      for (const text of [
        'Press release',
        ITEM_TITLE,
        '8 April 2008',
        'MINSK',
        'OSCE Office in Minsk (closed)',
      ]) {
        problems.push(...(await expectText(page, text)));
      }
      const h1 = normalize(await page.locator('h1').first().textContent().catch(() => ''));
      if (!h1.includes(ITEM_TITLE)) {
        problems.push(`h1 is ${JSON.stringify(h1)}, expected it to contain the item title`);
      }
      const abbrs = await page
        .locator('abbr[title="non-governmental organization"]')
        .allTextContents();
      if (!abbrs.some((t) => t.trim() === 'NGO')) {
        problems.push(
          'no abbr[title="non-governmental organization"] with text "NGO"' +
            (abbrs.length ? ` (found texts: ${JSON.stringify(abbrs)})` : ''),
        );
      }
      // A tap shows the expansion where no pointer hovers.
      const abbr = page.locator('.body abbr[title="non-governmental organization"]').first();
      const expansion = page.locator('.body .abbr-expansion').first();
      // Hidden from the eye but not from screen readers: a box of one pixel until a tap.
      const shown = async () => ((await expansion.boundingBox())?.width ?? 0) > 2;
      if (await shown()) {
        problems.push('the expansion of NGO is shown before a tap');
      }
      await abbr.click();
      if (!(await shown())) {
        problems.push('a tap on NGO does not show its expansion');
      }
      await abbr.click();
      // The sharing card and the article's data.
      const ogTitle = await page.locator('meta[property="og:title"]').getAttribute('content');
      if (!ogTitle || !ogTitle.includes('Belarus')) {
        problems.push(`og:title is ${JSON.stringify(ogTitle)}`);
      }
      const ld = await page.locator('script[type="application/ld+json"]').textContent();
      try {
        const data = JSON.parse(ld);
        if (data['@type'] !== 'NewsArticle' || data.headline !== ITEM_TITLE) {
          problems.push(`JSON-LD is ${ld}`);
        }
      } catch (e) {
        problems.push(`JSON-LD does not parse: ${e}`);
      }
      // Share links, and the copy button where a script can copy.
      if (!(await page.getByRole('button', { name: 'Copy link' }).isVisible())) {
        problems.push('no visible "Copy link" button');
      }
      for (const name of ['E-mail', 'LinkedIn']) {
        if ((await page.getByRole('link', { name, exact: true }).count()) !== 1) {
          problems.push(`no share link "${name}"`);
        }
      }
      return problems;
    },
  },
  {
    name: 'field-of-work',
    path: '/fields-of-work/combating-trafficking-in-human-beings',
  },
  {
    name: 'closed-structure',
    path: '/structures/office-in-minsk',
    content: async (page) => expectText(page, '31 March 2011'),
  },
  {
    name: 'api-docs',
    path: '/api',
    content: async (page) => expectText(page, 'OpenAPI 3.1 document'),
  },
  {
    name: 'admin-login',
    path: '/admin/login',
    content: async (page) => expectText(page, 'Log in'),
  },
  {
    name: 'search',
    path: '/search?q=trafficking+children',
    content: async (page) => {
      const problems = [...(await expectText(page, ITEM_TITLE))];
      const marks = await page.locator('.card-excerpt mark').allTextContents();
      if (!marks.some((t) => t.trim().toLowerCase() === 'trafficking')) {
        problems.push(`no marked word "trafficking" in the results (found ${JSON.stringify(marks)})`);
      }
      return problems;
    },
  },
  {
    name: 'home-ru',
    path: '/ru/',
    content: async (page) => {
      const problems = [...(await expectText(page, 'председательство в ОБСЕ'))];
      const lang = await page.locator('html').getAttribute('lang');
      if (lang !== 'ru') problems.push(`<html lang> is ${lang}, expected ru`);
      return problems;
    },
  },
  {
    name: 'newsroom-ru',
    path: '/ru/press-releases',
    content: async (page) => expectText(page, RU_ITEM_TITLE),
    after: async (page, state) => {
      const link = page.locator('a[href^="/ru/items/"]').first();
      if ((await link.count()) === 0) {
        state.ruItemPath = null;
        return ['no link matching a[href^="/ru/items/"] in the Russian newsroom'];
      }
      state.ruItemPath = await link.getAttribute('href');
      return [];
    },
  },
  {
    name: 'item-ru',
    path: (state) => state.ruItemPath,
    content: async (page) => {
      const problems = [];
      for (const text of ['Пресс-релиз', RU_ITEM_TITLE, 'МИНСК', 'Офис ОБСЕ в Минске (не действует)']) {
        problems.push(...(await expectText(page, text)));
      }
      // ICU4X writes the Russian date with a narrow no-break space before "г.".
      const date = normalize(await page.locator('time').first().textContent().catch(() => ''));
      if (!/^8 апреля 2008\s?г\.$/u.test(date)) problems.push(`date is ${JSON.stringify(date)}`);
      return problems;
    },
  },
  {
    name: 'closed-structure-ru',
    path: '/ru/structures/office-in-minsk',
    content: async (page) => expectText(page, 'Офис ОБСЕ в Минске (не действует)'),
  },
];

// The account the workspace check logs in with (created before the server starts).
const EDITOR = { email: 'editor@example.org', password: 'a long password for the checks' };
const ADMIN = { email: 'admin@example.org', password: 'another long password for the checks' };

// One check per page and width, plus the 404 check, the two workspace checks, the
// organization check, the two language switches, the newsroom's controls at each width and
// the newsroom without a script, and the pictures.
const TOTAL_CHECKS = PAGES.length * VIEWPORTS.length + 10;

// ---------------------------------------------------------------------------
// Server lifecycle

let server = null; // { child, pid, exited: Promise, exitInfo, logTail, dataDir }

function resolveBinary() {
  const given = process.env.COMMUNIQUE_BIN || 'target/debug/communique';
  if (path.isAbsolute(given)) return given;
  const fromCwd = path.resolve(process.cwd(), given);
  if (existsSync(fromCwd)) return fromCwd;
  return path.resolve(REPO_ROOT, given);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function startServer() {
  const bin = resolveBinary();
  if (!existsSync(bin)) {
    throw new Error(`server binary not found: ${bin} (build it with \`cargo build\` or set COMMUNIQUE_BIN)`);
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'communique-e2e-'));
  const port = await freePort();
  const listen = `127.0.0.1:${port}`;
  const log = createWriteStream(path.join(ARTIFACTS, 'server.log'));
  console.log(`# starting ${bin} serve --data-dir ${dataDir} --listen ${listen}`);

  const added = spawnSync(
    bin,
    ['user', 'add', '--data-dir', dataDir, '--email', EDITOR.email, '--role', 'editor'],
    { cwd: REPO_ROOT, env: { ...process.env, COMMUNIQUE_PASSWORD: EDITOR.password }, encoding: 'utf8' },
  );
  if (added.status !== 0) {
    throw new Error(`communique user add failed: ${added.stderr || added.error?.message}`);
  }
  const addedAdmin = spawnSync(
    bin,
    ['user', 'add', '--data-dir', dataDir, '--email', ADMIN.email, '--role', 'admin'],
    { cwd: REPO_ROOT, env: { ...process.env, COMMUNIQUE_PASSWORD: ADMIN.password }, encoding: 'utf8' },
  );
  if (addedAdmin.status !== 0) {
    throw new Error(`communique user add failed: ${addedAdmin.stderr || addedAdmin.error?.message}`);
  }
  const child = spawn(bin, ['serve', '--data-dir', dataDir, '--listen', listen], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so the whole group can be killed
  });
  const logTail = [];
  const onData = (chunk) => {
    log.write(chunk);
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      logTail.push(line);
      if (logTail.length > 40) logTail.shift();
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);

  server = { child, pid: child.pid, exitInfo: null, logTail, dataDir, log };
  server.exited = new Promise((resolve) => {
    child.on('error', (err) => {
      server.exitInfo = `failed to start: ${err.message}`;
      resolve();
    });
    child.on('exit', (code, signal) => {
      server.exitInfo = signal ? `killed by ${signal}` : `exited with code ${code}`;
      resolve();
    });
  });

  const base = `http://${listen}`;
  await waitForHealth(base);
  console.log(`# server ready at ${base}`);
  return base;
}

async function waitForHealth(base) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (server.exitInfo) {
      throw new Error(`server ${server.exitInfo} before becoming healthy\n${tail()}`);
    }
    try {
      const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = err.cause?.code ?? err.message;
    }
    await sleep(250);
  }
  throw new Error(
    `server not healthy after ${HEALTH_TIMEOUT_MS / 1000} s (last: ${last})\n${tail()}`,
  );
}

function tail() {
  if (!server || server.logTail.length === 0) return '  (server printed nothing)';
  return server.logTail.map((l) => `  | ${l}`).join('\n');
}

function signalServer(sig) {
  if (!server || server.exitInfo) return;
  try {
    process.kill(-server.pid, sig); // the process group
  } catch {
    try {
      server.child.kill(sig);
    } catch {
      // already gone
    }
  }
}

async function stopServer() {
  if (!server) return;
  if (!server.exitInfo) {
    signalServer('SIGTERM');
    if (!(await within(server.exited, 5_000))) {
      signalServer('SIGKILL');
      await within(server.exited, 2_000);
    }
  }
  server.log.end();
  await rm(server.dataDir, { recursive: true, force: true }).catch(() => {});
  server = null;
}

// Last resort for exit paths that skip `finally` (process.exit, uncaught errors).
process.on('exit', () => {
  signalServer('SIGKILL');
  if (server) rmSync(server.dataDir, { recursive: true, force: true });
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    console.error(`# received ${sig}, stopping the server`);
    signalServer('SIGKILL');
    process.exit(128 + os.constants.signals[sig]);
  });
}

// ---------------------------------------------------------------------------
// Helpers

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// Resolves to true if `promise` settles within `ms`, false otherwise; the timer
// is cleared so it does not keep the process alive.
async function within(promise, ms) {
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function normalize(s) {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// The text must be in the DOM (case-sensitive, whitespace-normalized, not part
// of a longer word: "Press release" is not matched by "Press releases") inside
// an element that is visible.
async function expectText(page, text) {
  const pattern = `(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`;
  const matches = page.getByText(new RegExp(pattern, 'u'));
  const total = await matches.count();
  if (total === 0) return [`text ${JSON.stringify(text)} not found`];
  const visible = await matches.filter({ visible: true }).count();
  if (visible === 0) return [`text ${JSON.stringify(text)} is present but not visible`];
  return [];
}

async function structureProblems(page) {
  const problems = [];

  const h1s = await page.locator('h1').count();
  if (h1s !== 1) problems.push(`expected exactly one <h1>, found ${h1s}`);

  const lang = normalize(await page.locator('html').getAttribute('lang'));
  if (!lang) problems.push('<html> has no (or an empty) lang attribute');

  if ((await page.locator('main').count()) === 0) problems.push('no <main> element');

  const navs = await page.locator('nav').evaluateAll((els) =>
    els.map((nav) => {
      const label = (nav.getAttribute('aria-label') || '').trim();
      const ids = (nav.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
      const labelledBy = ids
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
      return label || labelledBy;
    }),
  );
  if (navs.length === 0) problems.push('no <nav> element');
  else if (!navs.some(Boolean)) {
    problems.push(`none of the ${navs.length} <nav> elements has an accessible name (aria-label / aria-labelledby)`);
  }

  // Skip link: the first element reached with Tab is an in-page link whose
  // target exists.
  await page.evaluate(() => {
    document.activeElement?.blur?.();
    window.getSelection()?.removeAllRanges();
  });
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const href = el.getAttribute('href');
    const id = href && href.startsWith('#') ? decodeURIComponent(href.slice(1)) : null;
    return {
      tag: el.tagName.toLowerCase(),
      href,
      text: (el.textContent || '').trim(),
      targetExists: id ? document.getElementById(id) !== null : false,
    };
  });
  if (!first) {
    problems.push('Tab focuses nothing: no skip link');
  } else if (first.tag !== 'a' || !first.href || !first.href.startsWith('#')) {
    problems.push(
      `first focusable element is <${first.tag}${first.href ? ` href="${first.href}"` : ''}> ` +
        `(${JSON.stringify(first.text)}), not a skip link a[href^="#"]`,
    );
  } else if (!first.targetExists) {
    problems.push(`skip link ${JSON.stringify(first.text)} points to ${first.href}, which has no element`);
  }
  await page.evaluate(() => document.activeElement?.blur?.());

  return problems;
}

async function axeProblems(page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => {
    const targets = v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(' >>> '))
      .join(' | ');
    const more = v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : '';
    return `axe ${v.id} [${v.impact}] ${v.help} — ${targets}${more}`;
  });
}

// What the browser is told it may load and frame, and whether it had to refuse anything:
// a page that only works with an inline script or style would show up here.
function securityProblems(response, notes, { framed }) {
  const problems = [];
  const h = response ? response.headers() : {};
  const csp = h['content-security-policy'] || '';
  if (!csp.includes("script-src 'self'") || csp.includes('unsafe-inline')) {
    problems.push(`Content-Security-Policy without script-src 'self' or with unsafe-inline: "${csp}"`);
  }
  const ancestors = framed ? "frame-ancestors 'self'" : "frame-ancestors 'none'";
  if (!csp.includes(ancestors)) problems.push(`Content-Security-Policy without ${ancestors}`);
  if (h['x-content-type-options'] !== 'nosniff') problems.push('no X-Content-Type-Options: nosniff');
  if (h['x-frame-options'] !== (framed ? 'SAMEORIGIN' : 'DENY')) {
    problems.push(`X-Frame-Options is ${h['x-frame-options']}`);
  }
  for (const n of notes) {
    if (/Content Security Policy|Content-Security-Policy/i.test(n)) problems.push(`refused by the policy: ${n}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Checks

async function newPage(browser, base, viewport) {
  const context = await browser.newContext({ viewport, baseURL: base });
  const page = await context.newPage();
  page.setDefaultTimeout(NAV_TIMEOUT_MS);
  const notes = [];
  const origin = new URL(base).origin;
  // Nothing outside the server under test is fetched (there is no network
  // here anyway); such requests are reported, not waited for.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    notes.push(`blocked request to ${url}`);
    return route.abort();
  });
  page.on('pageerror', (err) => notes.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location()?.url;
    notes.push(`console error: ${msg.text()}${where ? ` (${where})` : ''}`);
  });
  return { context, page, notes };
}

async function checkPage(browser, base, spec, viewport, state) {
  const label = `${spec.name}@${viewport.width}`;
  const problems = [];
  const { context, page, notes } = await newPage(browser, base, viewport);
  try {
    const target = typeof spec.path === 'function' ? spec.path(state) : spec.path;
    if (!target) {
      problems.push('no address to visit (see the newsroom check)');
      return { label, problems, notes };
    }
    const response = await page.goto(target, { waitUntil: 'load', timeout: NAV_TIMEOUT_MS });
    const status = response ? response.status() : 'no response';
    if (status !== 200) problems.push(`GET ${target} returned ${status}, expected 200`);

    await page.screenshot({
      path: path.join(ARTIFACTS, `${spec.name}-${viewport.width}.png`),
      fullPage: true,
    });

    problems.push(...(await structureProblems(page)));
    if (spec.content) problems.push(...(await spec.content(page)));
    if (spec.after) problems.push(...(await spec.after(page, state)));
    problems.push(...(await axeProblems(page)));
    problems.push(...securityProblems(response, notes, { framed: !target.startsWith('/admin') }));
  } catch (err) {
    problems.push(`error: ${err.message.split('\n')[0]}`);
  } finally {
    await context.close().catch(() => {});
  }
  return { label, problems, notes };
}

async function checkNotFound(browser, base) {
  const label = 'not-found';
  const problems = [];
  const { context, page, notes } = await newPage(browser, base, VIEWPORTS[1]);
  try {
    const response = await page.goto('/no-such-page', { waitUntil: 'load' });
    const status = response ? response.status() : 'no response';
    if (status !== 404) problems.push(`GET /no-such-page returned ${status}, expected 404`);
    const h1s = await page.locator('h1').count();
    if (h1s < 1) problems.push('the 404 page has no <h1>');
    await page.screenshot({ path: path.join(ARTIFACTS, 'not-found-1280.png'), fullPage: true });
  } catch (err) {
    problems.push(`error: ${err.message.split('\n')[0]}`);
  } finally {
    await context.close().catch(() => {});
  }
  // The browser logs the expected 404 of the page itself as a console error.
  const expected = (n) => n.startsWith('console error:') && n.includes('/no-such-page');
  return { label, problems, notes: notes.filter((n) => !expected(n)) };
}

// The editorial workspace in a real browser: the login redirect, logging in, the item list,
// logging out.
async function checkWorkspace(browser, base) {
  const label = 'workspace';
  const problems = [];
  const { context, page, notes } = await newPage(browser, base, VIEWPORTS[1]);
  try {
    const login = await page.goto('/admin', { waitUntil: 'load' });
    if (!new URL(page.url()).pathname.startsWith('/admin/login')) {
      problems.push(`/admin without a session went to ${page.url()}, not the login page`);
    }
    problems.push(...securityProblems(login, notes, { framed: false }));
    await page.getByLabel('Email').fill(EDITOR.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForLoadState('load');
    problems.push(...(await expectText(page, 'The email or the password is wrong.')));
    await page.getByLabel('Password').fill(EDITOR.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((url) => url.pathname === '/admin');
    problems.push(...(await expectText(page, 'All items')));
    problems.push(...(await expectText(page, ITEM_TITLE)));
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'communique_session');
    if (!session) problems.push('no session cookie after login');
    else if (!session.httpOnly || session.sameSite !== 'Lax') {
      problems.push(`session cookie is not HttpOnly + SameSite=Lax: ${JSON.stringify(session)}`);
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'workspace-1280.png'), fullPage: true });
    problems.push(...(await structureProblems(page)));
    problems.push(...(await axeProblems(page)));
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/login');
    problems.push(...(await expectText(page, 'You are logged out.')));
    const again = await page.goto('/admin', { waitUntil: 'load' });
    if (!new URL(page.url()).pathname.startsWith('/admin/login')) {
      problems.push(`after logout /admin answered ${again?.status()} at ${page.url()}`);
    }
  } catch (err) {
    problems.push(`error: ${err.message.split('\n')[0]}`);
  } finally {
    await context.close().catch(() => {});
  }
  // The refused login answers 401, which the browser logs as a console error.
  const expected = (n) => n.startsWith('console error:') && n.includes('401');
  return { label, problems, notes: notes.filter((n) => !expected(n)) };
}

// Writing in the workspace: a new item, submitted, published and seen on the public site;
// two tabs saving the same revision (the second is refused with both versions); restoring
// an earlier revision.
async function checkEditorialFlow(browser, base) {
  const label = 'editorial-flow';
  const problems = [];
  const { context, page, notes } = await newPage(browser, base, VIEWPORTS[1]);
  const title = 'Browser-written press release on border management';
  try {
    await page.goto('/admin/login', { waitUntil: 'load' });
    await page.getByLabel('Email').fill(EDITOR.email);
    await page.getByLabel('Password').fill(EDITOR.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((url) => url.pathname === '/admin');

    await page.getByRole('link', { name: 'New item' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/items/new');
    await page.locator('#title').fill(title);
    // The body's editor: paste from a word processor comes out clean.
    const editor = page.locator('.rich-editor');
    if ((await page.getByRole('toolbar', { name: 'Formatting of the body' }).count()) !== 1) {
      problems.push('the body has no formatting toolbar');
    }
    await editor.click();
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.setData(
        'text/html',
        '<style><!-- p.MsoNormal { margin: 0 } --></style>' +
          '<p class=MsoNormal style="margin:0"><span style="font-family:Calibri">Officers from five <b>States</b> trained together.</span><o:p></o:p></p>' +
          '<p class=MsoNormal><o:p>&nbsp;</o:p></p><script>alert(1)</script>',
      );
      document
        .querySelector('.rich-editor')
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    const pasted = await page.locator('#body').inputValue();
    if (!pasted.includes('<strong>States</strong>') || /Mso|style=|o:p|script|font-family/.test(pasted)) {
      problems.push(`pasted Word HTML was not cleaned: ${JSON.stringify(pasted)}`);
    }
    await page.locator('#place').fill('Vienna');
    // Type-ahead: typing filters the sources, Enter chooses the first one shown.
    await page.locator('#sources-filter').fill('secretar');
    const shown = await page.locator('#sources option:not([hidden])').allTextContents();
    if (!shown.length || !shown.every((t) => t.toLowerCase().includes('secretar'))) {
      problems.push(`the sources filter shows ${JSON.stringify(shown.slice(0, 5))}`);
    }
    await page.locator('#sources-filter').press('Enter');
    problems.push(...(await expectText(page, 'Chosen: Secretariat')));
    await page.locator('#fields_of_work').selectOption(['border-management']);
    problems.push(...(await axeProblems(page)));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL((url) => /^\/admin\/items\/\d+$/.test(url.pathname));
    const itemPath = new URL(page.url()).pathname;
    if (!(await page.locator('.kicker').textContent()).includes('revision 1 · Draft')) {
      problems.push(`new item is not a draft at revision 1: ${await page.locator('.kicker').textContent()}`);
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'item-form-1280.png'), fullPage: true });
    problems.push(...(await structureProblems(page)));
    problems.push(...(await axeProblems(page)));

    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.waitForLoadState('load');
    if (!(await page.locator('.kicker').textContent()).includes('In review')) {
      problems.push('submitting did not put the item in review');
    }
    // Scheduled for a future time: not public yet.
    await page.locator('#at-schedule').fill('2030-01-01T10:00');
    await page.getByRole('button', { name: 'Schedule' }).click();
    await page.waitForLoadState('load');
    if (!(await page.locator('.kicker').textContent()).includes('Scheduled')) {
      problems.push('scheduling did not schedule the item');
    }
    const itemId = new URL(page.url()).pathname.split('/').pop();
    const early = await page.request.get(`/items/${itemId}`, { maxRedirects: 0 });
    if (early.status() !== 404) problems.push(`a scheduled item answered ${early.status()} before its time`);
    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.waitForLoadState('load');
    if (!(await page.locator('.kicker').textContent()).includes('Published')) {
      problems.push('publishing did not publish the item');
    }
    await page.getByRole('link', { name: 'See it on the public site' }).click();
    await page.waitForLoadState('load');
    problems.push(...(await expectText(page, title)));
    if ((await page.content()).includes('<script>alert(1)')) problems.push('the script in the body reached the public page');

    // Two tabs on the same revision: the second save is refused with both versions.
    const tabA = page;
    const tabB = await context.newPage();
    await tabA.goto(itemPath, { waitUntil: 'load' });
    await tabB.goto(itemPath, { waitUntil: 'load' });
    await tabA.locator('#title').fill(`${title} (A)`);
    await tabA.getByRole('button', { name: 'Save', exact: true }).click();
    await tabA.waitForLoadState('load');
    await tabB.locator('#title').fill(`${title} (B)`);
    await tabB.getByRole('button', { name: 'Save', exact: true }).click();
    await tabB.waitForLoadState('load');
    problems.push(...(await expectText(tabB, 'Someone saved this item while you were editing it')));
    await tabB.close();

    // Restore revision 1 (the title without the suffix).
    await tabA.goto(`${itemPath}/revisions/1`, { waitUntil: 'load' });
    if ((await tabA.locator('ins').count()) === 0) problems.push('the revision page marks no difference');
    await tabA.getByRole('button', { name: 'Restore this revision' }).click();
    await tabA.waitForURL((url) => url.pathname === itemPath);
    const restored = await tabA.locator('#title').inputValue();
    if (restored !== title) problems.push(`restoring revision 1 gave the title ${JSON.stringify(restored)}`);
  } catch (err) {
    problems.push(`error: ${err.message.split('\n')[0]}`);
  } finally {
    await context.close().catch(() => {});
  }
  // The editor (paste, toolbar, preview) runs under the workspace's policy.
  for (const n of notes) {
    if (/Content Security Policy|Content-Security-Policy/i.test(n)) problems.push(`refused by the policy: ${n}`);
  }
  // The refused second save answers 409, which the browser logs as a console error.
  const expected = (n) => n.startsWith('console error:') && n.includes('409');
  return { label, problems, notes: notes.filter((n) => !expected(n)) };
}

// An administrator changes the organization: adds a field of work (with its Russian name)
// and renames a field operation from a date; the public site follows at once.
async function checkOrganization(browser, base) {
  const label = 'organization';
  const problems = [];
  const { context, page, notes } = await newPage(browser, base, VIEWPORTS[1]);
  try {
    await page.goto('/admin/login?next=%2Fadmin%2Fsite', { waitUntil: 'load' });
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/site');
    problems.push(...(await expectText(page, 'Add a field of work')));
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Add a field of work' }) });
    await form.getByLabel('Name', { exact: true }).fill('Climate and security');
    await form.getByLabel('Русский').fill('Климат и безопасность');
    await form.getByRole('button', { name: 'Add the field of work' }).click();
    await page.waitForLoadState('load');
    problems.push(...(await expectText(page, 'added the field of work “Climate and security” (climate-and-security)')));
    // The answer lands on the list it changed (#fields); the page's own checks start at its top.
    await page.goto('/admin/site', { waitUntil: 'load' });
    await page.screenshot({ path: path.join(ARTIFACTS, 'organization-1280.png'), fullPage: false });
    problems.push(...(await structureProblems(page)));
    problems.push(...(await axeProblems(page)));

    await page.goto('/fields-of-work', { waitUntil: 'load' });
    problems.push(...(await expectText(page, 'Climate and security')));

    await page.goto('/admin/site/structures/presence-in-albania', { waitUntil: 'load' });
    await page.getByLabel('New name').fill('Tirana Office');
    await page.getByLabel('From', { exact: true }).fill('2026-01-01');
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.waitForLoadState('load');
    problems.push(...(await expectText(page, 'renamed presence-in-albania “Tirana Office” from 2026-01-01')));
    await page.screenshot({ path: path.join(ARTIFACTS, 'structure-1280.png'), fullPage: true });
    problems.push(...(await structureProblems(page)));
    problems.push(...(await axeProblems(page)));

    // A date before the current name is refused with its reason.
    await page.getByLabel('New name').fill('Albania Office');
    await page.getByLabel('From', { exact: true }).fill('1990');
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.waitForLoadState('load');
    problems.push(...(await expectText(page, 'This change was not made')));

    await page.goto('/structures/presence-in-albania', { waitUntil: 'load' });
    problems.push(...(await expectText(page, 'Tirana Office')));
  } catch (err) {
    problems.push(`error: ${err.message.split('\n')[0]}`);
  } finally {
    await context.close().catch(() => {});
  }
  // The refused rename answers 422, which the browser logs as a console error.
  const expected = (n) => n.startsWith('console error:') && n.includes('422');
  return { label, problems, notes: notes.filter((n) => !expected(n)) };
}

function report(result) {
  const ok = result.problems.length === 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${result.label}`);
  for (const p of result.problems) console.log(`       - ${p}`);
  for (const n of result.notes) console.log(`       note: ${n}`);
  if (server?.exitInfo) console.log(`       the server ${server.exitInfo}\n${tail()}`);
  return ok;
}

// A reader switches an item from Russian to English with the switcher, then widens the
// Russian newsroom to every language: each page is in its language, and axe finds nothing.
async function checkLanguageSwitch(browser, base, viewport) {
  const label = `language-switch@${viewport.width}`;
  const problems = [];
  const { context, page, notes } = await newPage(browser, base, viewport);
  try {
    await page.goto('/ru/press-releases', { waitUntil: 'load' });
    await page.locator('a[href^="/ru/items/"]').first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/ru/items/'));
    if ((await page.locator('html').getAttribute('lang')) !== 'ru') problems.push('the Russian item is not lang=ru');
    const english = page.locator('nav.languages a[hreflang="en"]');
    if ((await english.count()) !== 1) {
      problems.push('the switcher of the Russian item offers no English version');
    } else {
      if (!(await english.isVisible())) problems.push('the English link of the switcher is not visible');
      await english.click();
      await page.waitForURL((url) => url.pathname.startsWith('/items/'));
      if ((await page.locator('html').getAttribute('lang')) !== 'en') problems.push('the English item is not lang=en');
      problems.push(...(await expectText(page, ITEM_TITLE)));
      problems.push(...(await axeProblems(page)));
      const back = page.locator('nav.languages a[hreflang="ru"]');
      if ((await back.count()) !== 1) problems.push('the English item offers no Russian version');
    }
    await page.goto('/ru/press-releases', { waitUntil: 'load' });
    await page.locator('p.widen a').click();
    await page.waitForURL((url) => url.search.includes('language=all'));
    problems.push(...(await expectText(page, ITEM_TITLE)));
    problems.push(...(await expectText(page, RU_ITEM_TITLE)));
    const cardLang = await page.locator('li.card[lang="en"]').count();
    if (cardLang === 0) problems.push('the English card on the Russian listing carries no lang="en"');
    problems.push(...(await axeProblems(page)));
    await page.screenshot({ path: path.join(ARTIFACTS, `language-switch-${viewport.width}.png`), fullPage: true });
  } catch (err) {
    problems.push(`error: ${err.message.split('\n')[0]}`);
  } finally {
    await context.close().catch(() => {});
  }
  return { label, problems, notes };
}

// The top of an element in the page (not the viewport), or null when it is not there.
async function topOf(locator) {
  if ((await locator.count()) === 0) return null;
  return locator.first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
}

// The newsroom on a phone and on a desktop: the Filter button above the results opens the
// filters (the count of results stays in view), the menu button opens the menus, an opened
// menu covers the page instead of pushing it down, the Structures panel needs no scrolling of
// its own; the panel's form narrows the listing.
async function checkNewsroomControls(browser, base, viewport) {
  const label = `newsroom-controls@${viewport.width}`;
  const problems = [];
  const narrow = viewport.width < 960;
  const { context, page, notes } = await newPage(browser, base, viewport);
  try {
    await page.goto('/press-releases', { waitUntil: 'load' });
    const filterButton = page.locator('.filter-button');
    const menuButton = page.locator('.menu-button');
    const from = page.locator('#filter-from');
    const structures = page.locator('.nav-section > summary', { hasText: 'Structures and institutions' });
    const mainTop = await topOf(page.locator('main'));
    if (narrow) {
      if (!(await filterButton.isVisible())) problems.push('no visible Filter button');
      const buttonTop = await topOf(filterButton);
      const cardTop = await topOf(page.locator('li.card'));
      if (buttonTop === null || cardTop === null || buttonTop >= cardTop) {
        problems.push(`the Filter button (top ${buttonTop}) is not above the first result (top ${cardTop})`);
      }
      if (buttonTop !== null && buttonTop > viewport.height) {
        problems.push(`the Filter button is below the first screen (top ${buttonTop})`);
      }
      if (await from.isVisible()) problems.push('the filters are open before the Filter button is used');
      await filterButton.click();
      if (!(await from.isVisible())) problems.push('the Filter button does not open the filters');
      const count = page.locator('.result-count');
      const box = await count.boundingBox();
      if (!(await count.isVisible()) || !box || box.y < 0 || box.y + box.height > viewport.height) {
        problems.push('the count of results is not in view with the filters open');
      }
      await page.screenshot({ path: '/tmp/newsroom-filters-390.png' });
      problems.push(...(await axeProblems(page)));
      await filterButton.click();
      if (await from.isVisible()) problems.push('the Filter button does not close the filters');

      // The menus, behind one button; opened, they cover the page and do not push it.
      if (!(await menuButton.isVisible())) problems.push('no visible menu button');
      if (await structures.isVisible()) problems.push('the menus show before the menu button is used');
      await menuButton.click();
      if (!(await structures.isVisible())) {
        problems.push('the menu button does not open the menus');
      } else {
        await structures.click();
        const link = page.locator('.nav-section[open] .nav-panel').getByRole('link', { name: 'Secretary General', exact: true });
        if (!(await link.isVisible())) problems.push('the Structures menu does not open');
      }
      const moved = (await topOf(page.locator('main'))) - mainTop;
      if (moved !== 0) problems.push(`opening the menus moved the page down by ${moved}px`);
      await page.screenshot({ path: '/tmp/newsroom-menu-390.png' });
      problems.push(...(await axeProblems(page)));
      // Escape closes the open menu, then the menus.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      if (await structures.isVisible()) problems.push('Escape does not close the menus');
      // From the keyboard: Enter on the focused Filter button opens the filters.
      await filterButton.focus();
      await page.keyboard.press('Enter');
      if (!(await from.isVisible())) problems.push('Enter on the Filter button does not open the filters');
      await page.keyboard.press('Enter');
    } else {
      if (await filterButton.isVisible()) problems.push('the Filter button shows on a wide screen');
      if (await menuButton.isVisible()) problems.push('the menu button shows on a wide screen');
      if (!(await from.isVisible())) problems.push('the filters are not beside the results');
      if (!(await structures.isVisible())) problems.push('the menus are not in the bar');
      await structures.click();
      const panel = page.locator('.nav-section[open] .nav-panel');
      const size = await panel.evaluate((el) => ({
        scroll: el.scrollHeight,
        client: el.clientHeight,
        height: el.getBoundingClientRect().height,
      }));
      if (size.scroll > size.client) {
        problems.push(`the Structures panel scrolls inside itself (${size.scroll} > ${size.client})`);
      }
      if (size.height >= viewport.height) {
        problems.push(`the Structures panel is ${size.height}px high, not less than the viewport`);
      }
      for (const text of ['Secretary General', 'Mission to Skopje', 'Closed field activities', 'About us']) {
        const link = panel.locator('a', { hasText: text });
        if (!(await link.first().isVisible())) problems.push(`"${text}" is not shown in the Structures panel`);
      }
      const moved = (await topOf(page.locator('main'))) - mainTop;
      if (moved !== 0) problems.push(`opening a menu moved the page down by ${moved}px`);
      await page.screenshot({ path: '/tmp/newsroom-menu-1280.png' });
      problems.push(...(await axeProblems(page)));
      await page.keyboard.press('Escape');
      if (await panel.isVisible()) problems.push('Escape does not close the menu');
    }
    await page.screenshot({ path: `/tmp/newsroom-${viewport.width}.png`, fullPage: true });
    await page.screenshot({ path: path.join(ARTIFACTS, `newsroom-controls-${viewport.width}.png`), fullPage: true });

    // The form of the panel: a range, the oldest first, ten a page.
    if (narrow && !(await from.isVisible())) await filterButton.click();
    await from.fill('2008-01-01');
    await page.locator('#filter-to').fill('2008-12-31');
    await page.locator('#filter-sort').selectOption('oldest');
    await page.locator('#filter-per-page').selectOption('10');
    await page.locator('.listing-controls button[type="submit"]').click();
    await page.waitForURL((url) => url.search.includes('from=2008-01-01'));
    const search = new URL(page.url()).search;
    for (const part of ['to=2008-12-31', 'sort=oldest', 'per_page=10']) {
      if (!search.includes(part)) problems.push(`the form sent ${search}, without ${part}`);
    }
    problems.push(...(await expectText(page, ITEM_TITLE)));
    problems.push(...(await expectText(page, 'Dates: 1 January 2008 – 31 December 2008')));
    // The screen-reader label of a facet count.
    const yearLabel = await page.locator(".facet a", { hasText: "2008" }).first().textContent();
    if (!normalize(yearLabel).endsWith("1 item")) problems.push(`the count of 2008 reads ${JSON.stringify(normalize(yearLabel))}`);
    problems.push(...(await axeProblems(page)));
    await page.screenshot({ path: `/tmp/newsroom-range-${viewport.width}.png`, fullPage: true });
  } catch (err) {
    problems.push(`error: ${err.message.split('\n')[0]}`);
  } finally {
    await context.close().catch(() => {});
  }
  return { label, problems, notes };
}

// Without a script: the Filter button and the menu button still open what they hold, and on
// a wide screen the filters and the menus are in place.
async function checkWithoutScript(browser, base) {
  const label = 'newsroom-without-script';
  const problems = [];
  const notes = [];
  for (const viewport of VIEWPORTS) {
    const context = await browser.newContext({ viewport, baseURL: base, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto('/press-releases', { waitUntil: 'load' });
      const from = page.locator('#filter-from');
      const structures = page.locator('.nav-section > summary', { hasText: 'Structures and institutions' });
      if (viewport.width < 960) {
        await page.locator('.filter-button').click();
        if (!(await from.isVisible())) problems.push('without a script the Filter button opens nothing');
        await page.locator('.menu-button').click();
        if (!(await structures.isVisible())) problems.push('without a script the menu button opens nothing');
      } else {
        if (!(await from.isVisible())) problems.push('without a script the filters are not beside the results');
        if (!(await structures.isVisible())) problems.push('without a script the menus are not in the bar');
      }
      await structures.click();
      const link = page.locator('.nav-section[open] .nav-panel').getByRole('link', { name: 'Secretary General', exact: true });
      if (!(await link.isVisible())) problems.push(`without a script the Structures menu does not open at ${viewport.width}`);
      // (axe needs a script in the page: it runs on these pages with one, above.)
      await page.screenshot({ path: path.join(ARTIFACTS, `newsroom-no-script-${viewport.width}.png`), fullPage: true });
      await page.screenshot({ path: `/tmp/newsroom-no-script-${viewport.width}.png`, fullPage: true });
    } catch (err) {
      problems.push(`error at ${viewport.width}: ${err.message.split('\n')[0]}`);
    } finally {
      await context.close().catch(() => {});
    }
  }
  return { label, problems, notes };
}

// A picture from the item's form: the editor writes an item, uploads a picture with its
// alternative text as the lead picture, publishes, and the item page shows it at a phone's
// and a desktop's width — loaded, with its size given (no layout shift), axe finding nothing.
// The picture is a PNG drawn here (a sky, hills and a sun), 1,200 × 675 pixels.
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(kind, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(kind, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function drawnPng(width, height) {
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const ridge = height * (0.6 + 0.07 * Math.sin(x / 140) + 0.03 * Math.sin(x / 37));
      const sun = Math.hypot(x - width * 0.72, y - height * 0.28) < height * 0.09;
      let rgb;
      if (sun) rgb = [255, 214, 120];
      else if (y < ridge) rgb = [70 + (y * 110) / height, 130 + (y * 80) / height, 200];
      else rgb = [40 + (x * 40) / width, 90 + ((height - y) * 60) / height, 60];
      row[1 + x * 3] = rgb[0];
      row[2 + x * 3] = rgb[1];
      row[3 + x * 3] = rgb[2];
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

// Checks the item page's lead picture at one width: loaded, its size given, nothing moved.
async function pictureProblems(browser, base, itemPath, viewport, alt) {
  const problems = [];
  const { context, page } = await newPage(browser, base, viewport);
  try {
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const response = await page.goto(itemPath, { waitUntil: 'load' });
    if (response?.status() !== 200) problems.push(`GET ${itemPath} returned ${response?.status()}`);
    const img = page.locator('.lead-picture img');
    if ((await img.count()) !== 1) {
      problems.push('the item page has no lead picture');
      return problems;
    }
    const facts = await img.evaluate((i) => ({
      complete: i.complete,
      natural: i.naturalWidth,
      width: i.getAttribute('width'),
      height: i.getAttribute('height'),
      alt: i.getAttribute('alt'),
      current: i.currentSrc,
      shown: i.getBoundingClientRect().width,
    }));
    if (!facts.complete || facts.natural <= 0) problems.push(`the lead picture did not load: ${JSON.stringify(facts)}`);
    if (!facts.width || !facts.height) problems.push('the lead picture has no width and height attributes');
    if (facts.alt !== alt) problems.push(`the lead picture's alt is ${JSON.stringify(facts.alt)}`);
    if (facts.shown > viewport.width) problems.push(`the lead picture is wider than the screen (${facts.shown} px)`);
    const shift = await page.evaluate(() => window.__shift);
    if (shift > 0.05) problems.push(`the page moved while it loaded (layout shift ${shift.toFixed(3)})`);
    if ((await page.locator('.lead-picture figcaption').textContent()).indexOf('Photo: OSCE/E2E') < 0) {
      problems.push('the caption does not credit the picture');
    }
    for (const dir of [ARTIFACTS, os.tmpdir()]) {
      await page.screenshot({ path: path.join(dir, `item-picture-${viewport.width}.png`), fullPage: true });
    }
    problems.push(...(await axeProblems(page)).map((p) => `${viewport.width} px: ${p}`));
    console.log(`# item picture at ${viewport.width} px: ${facts.current} (${Math.round(facts.shown)} px wide), shift ${shift.toFixed(3)}`);

    // The newsroom's first card is this item's, with its picture small.
    await page.goto('/press-releases', { waitUntil: 'load' });
    const thumb = page.locator('.card-picture img').first();
    if ((await thumb.count()) === 0) {
      problems.push('the newsroom shows no card picture');
    } else {
      await thumb.scrollIntoViewIfNeeded();
      await page.waitForFunction((el) => el.complete, await thumb.elementHandle());
      const natural = await thumb.evaluate((i) => i.naturalWidth);
      if (natural <= 0) problems.push('the card picture did not load');
      await page.screenshot({ path: path.join(ARTIFACTS, `newsroom-picture-${viewport.width}.png`) });
    }
    problems.push(...(await axeProblems(page)).map((p) => `newsroom ${viewport.width} px: ${p}`));
  } catch (err) {
    problems.push(`${viewport.width} px: error: ${err.message.split('\n')[0]}`);
  } finally {
    await context.close().catch(() => {});
  }
  return problems;
}

async function checkPictures(browser, base) {
  const label = 'pictures';
  const problems = [];
  const { context, page, notes } = await newPage(browser, base, VIEWPORTS[1]);
  const alt = 'Green hills under a blue sky with a low sun';
  let itemPath = null;
  try {
    await page.goto('/admin/login', { waitUntil: 'load' });
    await page.getByLabel('Email').fill(EDITOR.email);
    await page.getByLabel('Password').fill(EDITOR.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((url) => url.pathname === '/admin');
    await page.goto('/admin/items/new', { waitUntil: 'load' });
    await page.locator('#title').fill('Field visit to the border crossings, with a picture');
    await page.locator('#place').fill('Vienna');
    await page.locator('#sources').selectOption(['secretariat']);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL((url) => /^\/admin\/items\/\d+$/.test(url.pathname));
    const formPath = new URL(page.url()).pathname;

    await page.locator('#upload-file').setInputFiles({
      name: 'hills.png',
      mimeType: 'image/png',
      buffer: drawnPng(1200, 675),
    });
    await page.locator('#upload-alt').fill(alt);
    await page.locator('#upload-caption').fill('Hills near the crossing.');
    await page.locator('#upload-credit').fill('OSCE/E2E');
    await page.locator('#pictures').getByRole('button', { name: 'Upload', exact: true }).click();
    await page.waitForURL((url) => url.pathname === formPath);
    if ((await page.locator('#pictures img.media-thumb').count()) !== 1) {
      problems.push(`the form shows no lead picture after the upload: ${await page.locator('#pictures').textContent()}`);
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'item-form-picture-1280.png'), fullPage: true });
    problems.push(...(await axeProblems(page)).map((p) => `form: ${p}`));

    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.waitForLoadState('load');
    await page.getByRole('link', { name: 'See it on the public site' }).click();
    await page.waitForLoadState('load');
    itemPath = new URL(page.url()).pathname;

    await page.goto('/admin/media', { waitUntil: 'load' });
    problems.push(...(await expectText(page, alt)));
    await page.screenshot({ path: path.join(ARTIFACTS, 'media-library-1280.png'), fullPage: true });
    problems.push(...(await axeProblems(page)).map((p) => `library: ${p}`));
  } catch (err) {
    problems.push(`error: ${err.message.split('\n')[0]}`);
  } finally {
    await context.close().catch(() => {});
  }
  if (itemPath) {
    for (const viewport of VIEWPORTS) {
      problems.push(...(await pictureProblems(browser, base, itemPath, viewport, alt)));
    }
  }
  return { label, problems, notes };
}

async function main() {
  await mkdir(ARTIFACTS, { recursive: true });
  let passed = 0;
  let failed = 0;
  let browser = null;
  try {
    const base = await startServer();
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    console.log(`# chromium ${browser.version()}`);

    for (const viewport of VIEWPORTS) {
      const state = {};
      for (const spec of PAGES) {
        const result = await checkPage(browser, base, spec, viewport, state);
        if (report(result)) passed++;
        else failed++;
      }
    }
    if (report(await checkNotFound(browser, base))) passed++;
    else failed++;
    if (report(await checkWorkspace(browser, base))) passed++;
    else failed++;
    if (report(await checkEditorialFlow(browser, base))) passed++;
    else failed++;
    if (report(await checkOrganization(browser, base))) passed++;
    else failed++;
    for (const viewport of VIEWPORTS) {
      if (report(await checkLanguageSwitch(browser, base, viewport))) passed++;
      else failed++;
    }
    for (const viewport of VIEWPORTS) {
      if (report(await checkNewsroomControls(browser, base, viewport))) passed++;
      else failed++;
    }
    if (report(await checkWithoutScript(browser, base))) passed++;
    else failed++;
    if (report(await checkPictures(browser, base))) passed++;
    else failed++;
  } catch (err) {
    // Checks that could not run count as failed.
    console.log(`FAIL setup: ${err.message}`);
    failed = Math.max(failed + 1, TOTAL_CHECKS - passed);
  } finally {
    if (browser) await browser.close().catch(() => {});
    await stopServer();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err);
    signalServer('SIGKILL');
    process.exitCode = 1;
  },
);
