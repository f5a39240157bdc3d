// Browser tests of setting up a workspace from the screen (设置), of nothing being lost
// (IndexedDB, storage full or refused, the backup reminder) and of the 预警 and 部门 panels.
// Run from run.mjs with its page and helpers.

// The inputs of a court-judge officer typed in the add form (the demo's J-002, without its
// occurrences and case review).
const J002 = { an: 210, jian: 231, closedInTime: 238, closed: 244, over12Months: 0, pending: 35, appealReversed: 1, appealed: 28, avgDays: 48, mediationRate: 57, satisfaction: 95 };

export async function setupTests(h) {
  const { page, context, base, test, shot, text, row, eq, assert, hasCjk, savedWorkspace } = h;

  async function addOfficer(id, name, unit, post, inputs) {
    await page.fill('#new-officer-id', id);
    await page.fill('#new-officer-name', name);
    await page.fill('#new-officer-unit', unit);
    await page.fill('#new-officer-post', post);
    for (const [k, v] of Object.entries(inputs)) await page.fill(`#add-officer-form input[data-input="${k}"]`, String(v));
    await page.click('#add-officer');
  }
  const setupRow = (id) => page.locator(`#roster-setup tr[data-officer="${id}"]`);
  const logLength = async () => JSON.parse(await savedWorkspace()).session.log.entries.length;

  await test('set-up: a new empty workspace of a scheme chosen by its title, for a period', async () => {
    await page.click('#tab-setup');
    await page.waitForSelector('#new-workspace-card');
    const options = await page.locator('#new-scheme option').evaluateAll((os) => os.map((o) => ({ value: o.value, label: o.textContent })));
    assert(options.length >= 4, `built-in schemes listed: ${options.length}`);
    for (const o of options) assert(hasCjk(o.label) && !o.label.includes(o.value), `listed by title, not id: ${o.label}`);
    const court = options.find((o) => o.value === 'court-judge');
    await page.selectOption('#new-scheme', { label: court.label });
    await page.fill('#new-label', '2027年度');
    await page.fill('#new-start', '2027-01-01');
    await page.fill('#new-end', '2027-12-31');
    await page.click('#new-workspace');
    // it asks first, saying what it replaces
    assert((await text('#new-ask')).includes('替换当前工作区'), `the question: ${await text('#new-ask')}`);
    await page.click('#confirm-new');
    await page.waitForSelector('#roster-empty');
    assert((await text('#undo-bar')).includes('新建空白工作区'), 'the undo bar says what replaced the workspace');
    eq(await text('#period-now'), '当前期间：2027年度（2027-01-01 – 2027-12-31）', 'the period');
    assert((await text('.scheme-name')).includes(court.label), `the scheme in the header: ${await text('.scheme-name')}`);
    eq(await page.locator('#members-empty').count(), 1, 'no member');
    eq(await logLength(), 0, 'no event in the log');
    await shot('30-setup-new-workspace');
  });

  await test('set-up: officers added with their inputs by title, edited, removed after a question and the removal undone', async () => {
    // the input fields are labelled by their titles, not their keys
    const labels = await page.locator('#add-officer-form .input-grid label').allInnerTexts();
    assert(labels.some((l) => l.includes('公众满意度')) && !labels.some((l) => /satisfaction|closedInTime/.test(l)), `labels: ${labels.join(' | ')}`);
    // an input missing: the core refuses, in Chinese, and nothing is added
    const { satisfaction: _s, ...missing } = J002;
    await addOfficer('J-101', '张明', '民一庭', '员额法官', missing);
    await page.waitForSelector('#add-officer-form #form-notice');
    assert((await text('#form-notice')).includes('公众满意度'), `the missing input by its title: ${await text('#form-notice')}`);
    eq(await page.locator('#notice').count(), 0, 'said at the form, not at the top of the page');
    await shot('31-setup-missing-input');
    await page.click('#form-notice .close');
    eq(await page.locator('#roster-setup').count(), 0, 'nobody added');
    await addOfficer('J-101', '张明', '民一庭', '员额法官', J002);
    await page.waitForSelector('#roster-setup tr[data-officer="J-101"]');
    await addOfficer('J-102', '李华', '刑庭', '员额法官', { ...J002, satisfaction: 80 });
    await addOfficer('J-103', '王芳', '民一庭', '法官助理', { ...J002, satisfaction: 70 });
    await page.waitForSelector('#roster-setup tr[data-officer="J-103"]');
    eq(await page.locator('#roster-setup tbody tr[data-officer]').count(), 3, 'three officers');
    // edit: name and post
    await setupRow('J-102').locator('.edit-name').fill('李华华');
    await setupRow('J-102').locator('.edit-post').fill('审判长');
    await setupRow('J-102').locator('.edit-save').click();
    await page.click('#tab-cohort');
    await page.waitForFunction(() => document.querySelector('#cohort-table tr[data-officer="J-102"] .name')?.textContent === '李华华');
    const total103 = await row('J-103').locator('.total').innerText();
    await page.click('#tab-setup');
    eq(await setupRow('J-102').locator('.edit-post').inputValue(), '审判长', 'the post changed');
    // remove: a question first; cancel keeps the officer
    await setupRow('J-103').locator('.remove-officer').click();
    assert((await text('.remove-ask')).includes('确认移除 J-103 王芳'), `the question: ${await text('.remove-ask')}`);
    await shot('32-setup-remove-ask');
    await page.click('.remove-ask button:not(.danger)');
    eq(await setupRow('J-103').count(), 1, 'cancel keeps the officer');
    await setupRow('J-103').locator('.remove-officer').click();
    await page.click('.remove-ask .confirm-remove');
    await page.waitForSelector('#removed-bar');
    eq(await setupRow('J-103').count(), 0, 'removed');
    assert((await text('#removed-bar')).includes('已移除 J-103 王芳'), 'the bar names who was removed');
    await page.click('#undo-remove');
    await page.waitForSelector('#roster-setup tr[data-officer="J-103"]');
    await page.click('#tab-cohort');
    eq(await row('J-103').locator('.total').innerText(), total103, 'back with the same data and total');
    // the log keeps the removal and the undo, worded by the core
    await page.click('#tab-audit');
    await page.waitForSelector('#audit');
    const audit = await text('#audit');
    assert(audit.includes('移除人员 J-103') && audit.split('添加人员 J-103').length === 3,
      `the removal and the undo (added again) are in the audit log: ${audit.slice(0, 400)}`);
    await page.click('#tab-setup');
    await shot('33-setup-roster');
  });

  await test('set-up: committee members with roles, a removal asked first, and a recusal with its reason by the member', async () => {
    const addMember = async (id, name, role) => {
      await page.fill('#new-member-id', id);
      await page.fill('#new-member-name', name);
      await page.selectOption('#new-member-role', { label: role });
      await page.click('#add-member');
      await page.waitForSelector(`#members tr[data-member="${id}"]`);
    };
    await addMember('R01', '王院长', '主任');
    await addMember('R02', '赵委员', '委员');
    await addMember('R03', '钱庭长', '分管领导');
    eq(await page.locator('#members tr[data-member="R01"] .role').innerText(), '主任', 'role by its title');
    eq(await page.locator('#members tr[data-member="R03"] .role').innerText(), '分管领导', 'role by its title');
    await page.click('#members tr[data-member="R03"] .remove-member');
    assert((await text('#members .replace-ask')).includes('确认移除委员 R03 钱庭长'), 'asked first');
    await page.click('#members .confirm-remove-member');
    await page.waitForFunction(() => !document.querySelector('#members tr[data-member="R03"]'));
    // the clerk cannot record a member's recusal: the form says who must act
    assert((await text('#recusal-actor-hint')).includes('委员本人'), 'the hint');
    await page.selectOption('#actor', 'member:R02');
    await page.waitForSelector('#recusal-form');
    await page.selectOption('#recuse-officer', 'J-101');
    await page.fill('#recuse-reason', '与被考评人系近亲属');
    await page.click('#add-recusal');
    await page.waitForSelector('#recusals tbody tr');
    const recusal = await text('#recusals tbody tr');
    assert(recusal.includes('R02 赵委员') && recusal.includes('J-101 张明') && recusal.includes('与被考评人系近亲属'), `the recusal: ${recusal}`);
    await page.selectOption('#actor', 'user:李静');
    await page.click('#tab-setup');
    await shot('34-setup-committee');
  });

  await test('set-up: the period changes with the log checked again; a period ending before it starts is refused in Chinese', async () => {
    await page.fill('#period-label', '2027年上半年');
    await page.fill('#period-start', '2027-01-01');
    await page.fill('#period-end', '2027-06-30');
    await page.click('#set-period');
    await page.waitForSelector('#period-changed');
    eq(await text('#period-now'), '当前期间：2027年上半年（2027-01-01 – 2027-06-30）', 'the new period');
    eq(await page.locator('#roster-setup tbody tr[data-officer]').count(), 3, 'the roster is kept');
    await page.fill('#period-label', '倒置');
    await page.fill('#period-start', '2027-06-30');
    await page.fill('#period-end', '2027-01-01');
    await page.click('#set-period');
    await page.waitForSelector('#period-card #form-notice');
    const notice = await text('#form-notice');
    assert(hasCjk(notice) && !/E_[A-Z]|period\.|\bstart\b/.test(notice), `said in Chinese, no code or path: ${notice}`);
    eq(await page.locator('#period-changed').count(), 0, 'no longer said to be changed');
    await shot('35-setup-period-refused');
    await page.click('#form-notice .close');
    eq(await text('#period-now'), '当前期间：2027年上半年（2027-01-01 – 2027-06-30）', 'unchanged');
  });

  await test('nothing lost: a reload restores the set-up workspace exactly (table and saved text)', async () => {
    await page.click('#tab-cohort');
    const table = await text('#cohort-table');
    const saved = await savedWorkspace();
    await page.reload();
    await page.waitForSelector('#cohort-table tr[data-officer="J-103"]');
    eq(await text('#cohort-table'), table, 'the same table');
    eq(await savedWorkspace(), saved, 'the same saved text');
    await page.click('#tab-setup');
    eq(await text('#period-now'), '当前期间：2027年上半年（2027-01-01 – 2027-06-30）', 'the period after reload');
    eq(await page.locator('#recusals tbody tr').count(), 1, 'the recusal after reload');
  });

  await test('nothing lost: a full storage is said in Chinese until a save succeeds', async () => {
    await page.evaluate(() => {
      window.__put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function () { throw new DOMException('quota', 'QuotaExceededError'); };
    });
    await setupRow('J-101').locator('.edit-name').fill('张明明');
    await setupRow('J-101').locator('.edit-save').click();
    await page.waitForSelector('#storage-problem[data-kind="full"]');
    assert((await text('#storage-problem')).includes('存储空间已满'), `said: ${await text('#storage-problem')}`);
    eq(await page.getAttribute('#save-state', 'data-state'), 'failed', 'the footer says it is not saved');
    await shot('36-storage-full');
    await page.evaluate(() => { IDBObjectStore.prototype.put = window.__put; });
    await setupRow('J-101').locator('.edit-name').fill('张明');
    await setupRow('J-101').locator('.edit-save').click();
    await page.waitForFunction(() => !document.querySelector('#storage-problem'));
    assert((await savedWorkspace()).includes('张明'), 'saved again');
  });

  await test('nothing lost: a browser that refuses storage is said in Chinese, not lost', async () => {
    const other = await context.newPage();
    await other.addInitScript(() => {
      IDBFactory.prototype.open = function () { throw new DOMException('denied', 'SecurityError'); };
    });
    await other.goto(base);
    await other.waitForSelector('#storage-problem[data-kind="refused"]');
    assert((await other.locator('#storage-problem').innerText()).includes('浏览器拒绝保存'), 'said in Chinese');
    await other.screenshot({ path: h.artifact('37-storage-refused'), fullPage: true });
    await other.close();
  });

  await test('nothing lost: after 20 changes since the last backup the screen reminds to export one; later puts it off, an export resets it', async () => {
    let n = await logLength();
    assert(n < 20, `fewer than 20 changes so far: ${n}`);
    eq(await page.locator('#backup-reminder').count(), 0, 'no reminder yet');
    await page.click('#tab-cohort');
    await page.click('#cohort-table tr[data-officer="J-101"]');
    for (let v = 0; n < 20; v++) {
      const rev = Number(await page.getAttribute('#save-state', 'data-revision'));
      const input = page.locator('input[data-input="satisfaction"]');
      await input.fill(String(80 + (v % 2)));
      await input.press('Enter');
      await page.waitForFunction((r) => Number(document.querySelector('#save-state').dataset.revision) > r, rev);
      n = await logLength();
    }
    await page.waitForSelector('#backup-reminder');
    assert((await text('#backup-reminder')).includes('已有 20 项修改'), `the reminder: ${await text('#backup-reminder')}`);
    await shot('38-backup-reminder');
    await page.click('#backup-later');
    eq(await page.locator('#backup-reminder').count(), 0, 'put off');
    await page.click('#tab-data');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const exported = JSON.parse(h.fs.readFileSync(await dl.path(), 'utf8'));
    eq(exported.backedUp, exported.session.log.entries.length, 'the export records itself as the last backup');
    eq(JSON.parse(await savedWorkspace()).backedUp, exported.session.log.entries.length, 'and so does the saved workspace');
  });

  await test('预警: the warnings the core finds, each linking to its officer', async () => {
    await page.click('#tab-warnings');
    await page.fill('#warn-as-of', '2027-06-01');
    await page.fill('#warn-boundary', '100');
    await page.click('#show-warnings');
    await page.waitForSelector('#warnings tbody tr');
    const rows = await page.locator('#warnings tbody tr[data-kind="NearBoundary"]').count();
    eq(rows, 3, 'with 100 points every officer is near a boundary');
    const first = page.locator('#warnings tbody tr').first();
    const kind = await first.locator('.kind').innerText();
    const words = await first.locator('.text').innerText();
    assert(hasCjk(kind) && hasCjk(words) && !/NearBoundary|E_|W_/.test(kind + words), `in Chinese: ${kind} ${words}`);
    await shot('39-warnings');
    const id = await page.locator('#warnings tbody tr').first().getAttribute('data-officer');
    await page.locator('#warnings tbody tr').first().locator('.open-officer').click();
    await page.waitForSelector('#cohort-table');
    eq(await page.locator('#cohort-table tr.selected').getAttribute('data-officer'), id, 'the link opens the officer');
  });

  await test('部门: an organisation imported, the unit tree with aggregated results, the ranking within a unit', async () => {
    await page.click('#tab-units');
    assert((await text('#no-organisation')).includes('尚未设定组织机构'), 'no organisation yet');
    // the roster's units are ids the organisation declares
    await page.click('#tab-setup');
    for (const [id, unit] of [['J-101', 'civil-1'], ['J-102', 'criminal'], ['J-103', 'civil-1']]) {
      await setupRow(id).locator('.edit-unit').fill(unit);
      await setupRow(id).locator('.edit-save').click();
    }
    const org = { units: [{ id: 'court', title: '示例区人民法院' }, { id: 'civil-1', title: '民事审判第一庭', parent: 'court' }, { id: 'criminal', title: '刑事审判庭', parent: 'court' }] };
    await page.click('#tab-units');
    await page.setInputFiles('#import-organisation', { name: '机构.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(org)) });
    await page.waitForSelector('#unit-tree tr[data-unit="civil-1"]');
    const cell = (u, sel) => page.locator(`#unit-tree tr[data-unit="${u}"] ${sel}`).innerText();
    eq(await cell('court', 'td:nth-child(2)'), '3', 'the court holds all three');
    eq(await cell('civil-1', 'td:nth-child(2)'), '2', 'civil-1 holds two');
    // the unit's result is the mean of its members' totals (the default rule)
    await page.click('#tab-cohort');
    const t1 = Number(await row('J-101').locator('.total').innerText());
    const t3 = Number(await row('J-103').locator('.total').innerText());
    await page.click('#tab-units');
    const mean = Number(await cell('civil-1', '.unit-total'));
    assert(Math.abs(mean - (t1 + t3) / 2) <= 0.005, `mean of ${t1} and ${t3}: ${mean}`);
    await page.click('#unit-tree tr[data-unit="civil-1"]');
    const ranks = await page.locator('#unit-ranking tbody tr').evaluateAll((rs) => rs.map((r) => [r.dataset.officer, r.querySelector('.unit-rank').textContent]));
    const best = t1 >= t3 ? 'J-101' : 'J-103';
    eq(ranks[0][0], best, 'the higher total ranks first in the unit');
    eq(ranks.map((r) => r[1]).join(','), '1,2', 'ranks within the unit');
    assert(hasCjk(await text('#unit-text')), 'the aggregation in words');
    await shot('40-units');
  });

  await test('结果运用: a bonus pool typed here shared to the fen by the core; the publication window in working days of an imported calendar', async () => {
    await page.click('#tab-results');
    await page.fill('#bonus-pool', '1000.00');
    await page.selectOption('#bonus-method', 'coefficient');
    await page.click('#bonus-share');
    await page.waitForSelector('#bonus-shares');
    // the three officers are all 称职 (coefficient 1): 1000.00 ÷ 3 = 333.33 each and 1 fen left,
    // which goes to one of them by the remainder rule
    const amounts = await page.locator('#bonus-shares tbody tr[data-officer] .amount').allInnerTexts();
    eq(amounts.length, 3, 'one share per officer');
    eq(amounts.filter((a) => a === '333.34').length, 1, `one gets the fen left over: ${amounts.join(', ')}`);
    eq(amounts.filter((a) => a === '333.33').length, 2, 'the others 333.33');
    // equal remainders: the higher total first (J-101 and J-102 share 96.39), then the officer id
    const t = async (id) => Number(await page.locator(`#bonus-shares tr[data-officer="${id}"] td:nth-child(3)`).innerText());
    eq(await t('J-101'), await t('J-102'), 'J-101 and J-102 tie on total');
    assert((await t('J-101')) > (await t('J-103')), 'J-103 lower');
    eq(await page.locator('#bonus-shares tr[data-officer="J-101"] .amount').innerText(), '333.34', 'the fen goes to J-101');
    eq(await text('#bonus-total'), '1000.00', 'the shares add up to the pool');
    assert(hasCjk(await text('#bonus-shares tbody tr .lines')), 'each share explained in Chinese');
    await shot('41-bonus-allocation');
    // a pool with a part of a fen is refused in Chinese
    await page.fill('#bonus-pool', '10.005');
    await page.click('#bonus-share');
    await page.waitForSelector('#bonus-card tr[data-path]');
    assert(hasCjk(await text('#bonus-card tr[data-path]')), 'said in Chinese');
    // publication: the calendar of the fixture calendar/001 (2026, Spring Festival)
    const fixture = JSON.parse(h.fs.readFileSync(h.fixture('calendar/001-spring-festival-five-days.json'), 'utf8'));
    await page.setInputFiles('#import-calendar', { name: '节假日.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(fixture.input.calendar)) });
    await page.waitForFunction(() => document.querySelector('#calendar-state')?.textContent.startsWith('已导入节假日安排'));
    await page.fill('#notice-date', '2026-02-13');
    await page.fill('#window-days', '5');
    await page.selectOption('#publication-scope', 'every');
    await page.click('#make-publication');
    await page.waitForSelector('#publication');
    // the fixture's hand count: Sat 02-14 worked (1), 02-15..02-23 off, Tue 02-24 … Fri 02-27 (2–5)
    eq(await text('#window-end'), '异议期截止：2026-02-27', 'the end of the window');
    const doc = await text('#publication');
    assert(doc.includes('张明') && hasCjk(doc), `the document lists the officers: ${doc.slice(0, 300)}`);
    await shot('42-publication');
  });

  await test('the new Chinese screens show no English words, JSON paths or bare codes', async () => {
    const found = await h.latinOnScreen(['#tab-setup', '#tab-warnings', '#tab-units', '#tab-results']);
    eq(found.length, 0, `English words, paths or codes: ${[...new Set(found)].slice(0, 30).join(' | ')}`);
  });
}
