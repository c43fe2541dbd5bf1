import { chromium } from "playwright-core";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (const [w, h] of [[1280, 800], [1920, 1080]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto("http://localhost:4180/");
  await page.waitForSelector(".react-flow__node", { timeout: 60000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/shots/start-${w}.png` });
  const nodes = page.locator(".react-flow__node");
  await nodes.nth(1).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/shots/selected-${w}.png` });
  await nodes.nth(2).click({ modifiers: ["Shift"] });
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/shots/two-selected-${w}.png` });
  await page.keyboard.press("Control+c");
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/shots/copied-${w}.png` });
  console.log(w, "selected:", await page.locator(".react-flow__node.selected").count(), "toast:", await page.locator(".edit-toast").allInnerTexts(), "errors:", errors);
  await page.close();
}
await browser.close();
