// tests/browser/sessions.mjs — a controller's and a committee member's day in a real browser
// (Debian's chromium, driven by playwright-core): log in, read the portfolio and a project,
// enter a cost, import a file with its preview and confirm, download the workbook; the
// committee member reads and downloads but cannot write. Prints one line per failed check
// and exits 1 if there was any. Usage: node sessions.mjs URL WORKDIR
// Environment: CHROMIUM (path), PW_ANNA, PW_BO (passwords), IMPORT_CSV (a file to import).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

const [url, work] = process.argv.slice(2);
const failures = [];
function check(ok, msg) {
  if (!ok) {
    failures.push(msg);
    console.log('FAIL: ' + msg);
  }
  return ok;
}

async function browser(name) {
  const profile = fs.mkdtempSync(path.join(work, `profile-${name}-`));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const page = ctx.pages()[0] || await ctx.newPage();
  page.on('console', (m) => {
    // the refused entry (400) and the forbidden page (403) are expected; anything else,
    // a CSP violation above all, is not
    if (m.type() === 'error' && !/status of (400|403) /.test(m.text()))
      check(false, `${name}: console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => check(false, `${name}: page error: ${e}`));
  return { ctx, page };
}

async function login(page, user, password) {
  await page.goto(url + '/');
  check(page.url().endsWith('/login'), `${user}: not sent to the login page but to ${page.url()}`);
  await page.fill('#user', user);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(url + '/'), page.click('form.entry button[type=submit]')]);
  check(await page.locator('#portfolio').count() === 1, `${user}: no portfolio after login`);
  check((await page.textContent('header')).includes(user), `${user}: the header does not name the user`);
}

async function download(page, selector, file) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  await dl.saveAs(file);
  const head = fs.readFileSync(file).subarray(0, 2).toString('latin1');
  return head;
}

async function controller() {
  const { ctx, page } = await browser('controller');
  await login(page, 'anna', process.env.PW_ANNA);
  // the portfolio lists the projects; the XSS project's name is text
  const names = await page.locator('#portfolio tbody tr td:nth-child(2)').allTextContents();
  check(names.includes('<script>alert(1)</script>'), 'the project named like a script is not shown as text');
  await Promise.all([page.waitForURL(url + '/projects/HFO'), page.click('a[href="/projects/HFO"]')]);
  check(await page.locator('#investment').count() === 1, 'no investment table on the project page');
  check(await page.locator('#result').count() === 1, 'no result on the project page');
  check(await page.locator('#scenarios').count() === 1, 'no scenarios on the project page');

  // enter a cost: first a bad amount (the CLI's message), then the right one
  await Promise.all([page.waitForURL(url + '/projects/HFO/costs/new'), page.click('#new-cost')]);
  await page.selectOption('#role', 'FS');
  await page.fill('#year', '2016');
  await page.fill('#amount', '1 05O 679');
  await page.fill('#note', 'webbtest');
  await page.click('form.entry button[type=submit]');
  check((await page.textContent('#error') || '').includes('beloppet "1 05O 679" är inte ett tal'),
        'a bad amount does not show the message of sif cost add');
  await page.fill('#amount', '407 716');
  await Promise.all([page.waitForURL(/\/projects\/HFO\?saved=\d+/), page.click('form.entry button[type=submit]')]);
  check(await page.locator('#saved').count() === 1, 'no confirmation of the saved cost');
  check((await page.textContent('#investment')).includes('407 716'), 'the cost is not in the investment table');

  // import with preview and confirm
  await Promise.all([page.waitForURL(url + '/projects/HFO/import'), page.click('#import')]);
  await page.setInputFiles('#file', process.env.IMPORT_CSV);
  await page.click('#preview');
  check((await page.textContent('#rows')) === '2', 'the preview does not show 2 rows');
  check(await page.locator('#confirm').count() === 1, 'no confirm button after a good preview');
  await Promise.all([page.waitForURL(/\/projects\/HFO\?imported=\d+/), page.click('#confirm')]);
  check(await page.locator('#imported').count() === 1, 'no confirmation of the import');

  // download the workbook and the XML
  check(await download(page, '#report-xlsx', path.join(work, 'anna.xlsx')) === 'PK', 'the workbook is not a zip');
  check(await download(page, '#report-xml', path.join(work, 'anna.xml')) === '<?', 'the XML is not XML');

  // print view: the page prints without its header and forms
  await page.emulateMedia({ media: 'print' });
  check(!(await page.locator('header').isVisible()), 'the header is printed');
  await page.emulateMedia({ media: 'screen' });

  await Promise.all([page.waitForURL(url + '/login'), page.click('form.logout button')]);
  await page.goto(url + '/projects/HFO');
  check(page.url().endsWith('/login'), 'still logged in after logout');
  await ctx.close();
}

async function committee() {
  const { ctx, page } = await browser('committee');
  await login(page, 'bo', process.env.PW_BO);
  await page.goto(url + '/projects/HFO');
  check(await page.locator('#investment').count() === 1, 'committee: no investment table');
  check(await page.locator('#new-cost').count() === 0, 'committee: offered cost entry');
  check(await page.locator('#import').count() === 0, 'committee: offered the import');
  check(await download(page, '#report-xlsx', path.join(work, 'bo.xlsx')) === 'PK', 'committee: no workbook');
  const csrf = await page.getAttribute('input[name=csrf]', 'value');
  const resp = await page.goto(url + '/projects/HFO/costs/new');
  check(resp.status() === 403, `committee: the cost form answered ${resp.status()}`);
  const post = await page.request.post(url + '/projects/HFO/costs/new', {
    form: { role: 'OV', year: '2016', amount: '1', funding: 'fund', note: 'bo', csrf },
  });
  check(post.status() === 403, `committee: a cost POST answered ${post.status()}`);
  await page.goto(url + '/');
  await Promise.all([page.waitForURL(url + '/login'), page.click('form.logout button')]);
  await ctx.close();
}

try {
  await controller();
  await committee();
} catch (e) {
  check(false, 'exception: ' + (e && e.stack || e));
}
console.log(failures.length ? `${failures.length} failure(s)` : 'ok');
process.exit(failures.length ? 1 : 0);
